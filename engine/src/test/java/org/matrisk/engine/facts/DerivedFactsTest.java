package org.matrisk.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matrisk.engine.RiskEngine;
import org.matrisk.engine.pack.Manifest;
import org.matrisk.engine.pack.RulePack;
import org.matrisk.model.Academy;
import org.matrisk.model.Enums.DueDiligenceArea;
import org.matrisk.model.Enums.DueDiligenceStatus;
import org.matrisk.model.Enums.OfstedGrade;
import org.matrisk.model.Enums.ReturnKind;
import org.matrisk.model.Enums.TrustType;
import org.matrisk.model.Finance;
import org.matrisk.model.FinancialReturn;
import org.matrisk.model.Governance;
import org.matrisk.model.Growth;
import org.matrisk.model.OfstedInspection;
import org.matrisk.model.Period;
import org.matrisk.model.Trust;
import org.matrisk.model.TrustDocument;

/**
 * The derived facts of the NOTICES, GROWTH and GOVERNANCE areas and of return lateness, declared and
 * derived in the built-in pack's DRL, observed through the engine: a probe pack extending the
 * built-in one (as a custom-pack author would write it) reports each derived fact as an outcome of
 * its own rule, with the fact's fields as arguments.
 */
class DerivedFactsTest {
    static final String META = "@area(\"NOTICES\") @severity(\"INFO\") @scope(\"item\") @title(\"probe\") @message(\"probe\")"
            + " @condition(\"probe\") @example(\"probe\") @source(\"test\") @edition(\"1\") @paragraph(\"1\") @url(\"https://example.org/probe\")";

    static final String PROBE = """
            package org.matrisk.rules.probe;

            import org.matrisk.model.*;
            import org.matrisk.engine.facts.*;
            import org.matrisk.rules.ReturnStatus;
            import org.matrisk.rules.DueDiligenceGap;
            import org.matrisk.rules.JoinerDepth;
            import org.matrisk.rules.ExpansionWindow;
            import org.matrisk.rules.MemberTrustees;
            import org.matrisk.rules.TrustIncome;
            import org.matrisk.rules.CashPosition;

            rule "X-91 return status"
                @id("X-91") META
            when
                $r : ReturnStatus()
            then
                insertLogical(Outcome.fail(kcontext).subject($r.getKind().name()).arg("pointer", $r.getPointer()).arg("late", $r.getLate())
                    .arg("deadline", $r.getDeadline()).arg("submittedOn", $r.getSubmittedOn()).done());
            end

            rule "X-92 due-diligence gap"
                @id("X-92") META
            when
                $d : DueDiligenceGap()
            then
                insertLogical(Outcome.fail(kcontext).subject($d.getPointer()).arg("status", $d.getStatus()).done());
            end

            rule "X-93 joiner depth"
                @id("X-93") META
            when
                $d : JoinerDepth()
            then
                insertLogical(Outcome.fail(kcontext).subject($d.getJoiner().pointer()).arg("already", urns($d.getAlreadyThere()))
                    .arg("belowGood", urns($d.getBelowGood())).done());
            end

            rule "X-94 expansion window"
                @id("X-94") META
            when
                $w : ExpansionWindow()
            then
                java.util.List joiners = new java.util.ArrayList();
                for (Object g : $w.getJoiners()) joiners.add(((Growth) g).pointer());
                insertLogical(Outcome.fail(kcontext).subject("").arg("start", $w.getWindowStart()).arg("end", $w.getWindowEnd())
                    .arg("joiners", String.join(",", joiners)).arg("already", urns($w.getAlreadyThere())).done());
            end

            rule "X-95 members who are trustees"
                @id("X-95") META
            when
                $m : MemberTrustees()
            then
                insertLogical(Outcome.fail(kcontext).subject("").arg("members", $m.getMembers())
                    .arg("also", String.join(",", $m.getAlsoTrustees())).done());
            end

            rule "X-96 income for the large-trust tests"
                @id("X-96") META
            when
                $i : TrustIncome()
            then
                insertLogical(Outcome.fail(kcontext).subject($i.getPointer()).arg("field", $i.getField()).number("amount", $i.getAmount()).done());
            end

            rule "X-97 cash position"
                @id("X-97") META
            when
                $p : CashPosition()
            then
                insertLogical(Outcome.fail(kcontext).subject($p.getPointer()).arg("day", $p.getDay()).arg("forecast", $p.isForecast())
                    .arg("cash", $p.getCash() == null ? null : $p.getCash().toPlainString()).done());
            end

            function String urns(java.util.List academies) {
                java.util.List out = new java.util.ArrayList();
                for (Object a : academies) out.add(((Academy) a).urn());
                return String.join(",", out);
            }
            """.replace("META", META);

    static RiskEngine engine;

    @BeforeAll
    static void probePack(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pack.json"), "{ \"id\": \"probe\", \"version\": \"1\", \"mode\": \"extend\" }\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("probe.drl"), PROBE, StandardCharsets.UTF_8);
        Manifest.write(dir);
        engine = RiskEngine.of(RulePack.load(dir, false));
    }

    // ---- documents ----------------------------------------------------------------------------

    static final Period PERIOD = new Period(LocalDate.parse("2023-09-01"), LocalDate.parse("2024-08-31"));

    static LocalDate d(String s) { return s == null ? null : LocalDate.parse(s); }

    static BigDecimal m(String s) { return s == null ? null : new BigDecimal(s); }

    static Finance finance(String cash, String lastAudited, List<FinancialReturn> returns) {
        return new Finance(m("1000000"), m("1000000"), m("0"), m("10000"), m(cash), m(lastAudited), null, null, null, List.of(), returns);
    }

    static Governance governance(List<String> members, List<String> trustees) {
        return new Governance(members, trustees, null, null, null, 4, List.of(), null, null, null, null, null);
    }

    static TrustDocument doc(String asOf, Finance f, Governance g, List<Academy> academies, List<Growth> growth) {
        return new TrustDocument("1", new Trust("10079999", "Test Trust", TrustType.MAT, "07819999"), PERIOD, d(asOf), f, g,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), academies, growth, List.of(), null);
    }

    static TrustDocument doc(String asOf, List<Academy> academies, List<Growth> growth) {
        return doc(asOf, finance("1", null, List.of()), governance(List.of(), List.of()), academies, growth);
    }

    static FinancialReturn ret(int i, ReturnKind kind, String on) { return new FinancialReturn(kind, d(on), "/finance/returns/" + i); }

    static Academy academy(int i, String urn, String joinedOn, OfstedInspection... ofsted) {
        return new Academy(urn, "A" + urn, null, null, d(joinedOn), List.of(ofsted), null, null, null, "/academies/" + i);
    }

    static OfstedInspection inspected(String on, OfstedGrade grade) { return new OfstedInspection(d(on), grade); }

    static Growth growth(int i, String urn, String joinedOn, Map<DueDiligenceArea, DueDiligenceStatus> dd) {
        return new Growth(urn, null, null, d(joinedOn), dd, BigDecimal.ZERO, null, null, "/growth/" + i);
    }

    static Growth growth(int i, String urn, String joinedOn) {
        Map<DueDiligenceArea, DueDiligenceStatus> all = new EnumMap<>(DueDiligenceArea.class);
        for (DueDiligenceArea a : DueDiligenceArea.values()) all.put(a, DueDiligenceStatus.COMPLETE);
        return growth(i, urn, joinedOn, all);
    }

    /** The probe rule's outcomes: subject -> arguments (without the parameters' entries). */
    static Map<String, Map<String, String>> probe(String ruleId, TrustDocument doc) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (Outcome o : engine.evaluate(doc))
            if (o.ruleId().equals(ruleId)) assertThat(out.put(o.subject(), new TreeMap<>(o.messageArgs()))).as("one fact per subject").isNull();
        return out;
    }

    // ---- return lateness ----------------------------------------------------------------------

    @Test
    void returnLatenessAsAtAsOf() {
        // period ending 31 Aug 2024, asOf 2025-03-01; ACCOUNTS_RETURN's deadline in force on 2024-08-31 is 2025-01-28
        List<FinancialReturn> returns = List.of(
                ret(0, ReturnKind.AUDITED_ACCOUNTS, "2025-01-02"),
                ret(1, ReturnKind.AUDITED_ACCOUNTS, "2024-12-20"),      // the earliest counts: on time
                ret(2, ReturnKind.ACCOUNTS_WEBSITE, null),
                ret(3, ReturnKind.ACCOUNTS_WEBSITE, null),              // none dated: UNKNOWN, citing the first
                ret(4, ReturnKind.COMPANIES_HOUSE, "2025-06-01"),
                ret(5, ReturnKind.COMPANIES_HOUSE, "2025-06-01"),       // same day: the first listed; late though after asOf
                ret(6, ReturnKind.BUDGET_FORECAST, "2030-01-01"));      // no deadline parameter: never late
        Map<String, Map<String, String>> s = probe("X-91", doc("2025-03-01", finance("1", null, returns), governance(List.of(), List.of()), List.of(), List.of()));
        assertThat(s.keySet()).containsExactly("ACCOUNTS_RETURN", "ACCOUNTS_WEBSITE", "AUDITED_ACCOUNTS", "COMPANIES_HOUSE");
        assertThat(s.get("AUDITED_ACCOUNTS")).containsEntry("pointer", "/finance/returns/1").containsEntry("late", "FALSE")
                .containsEntry("deadline", "2024-12-31").containsEntry("submittedOn", "2024-12-20");
        assertThat(s.get("ACCOUNTS_WEBSITE")).containsEntry("pointer", "/finance/returns/2").containsEntry("late", "UNKNOWN")
                .containsEntry("deadline", "2025-01-31").containsEntry("submittedOn", "(absent)");
        assertThat(s.get("COMPANIES_HOUSE")).containsEntry("pointer", "/finance/returns/4").containsEntry("late", "TRUE")
                .containsEntry("deadline", "2025-05-31").containsEntry("submittedOn", "2025-06-01");
        assertThat(s.get("ACCOUNTS_RETURN")).containsEntry("pointer", "/finance/returns").containsEntry("late", "TRUE")
                .containsEntry("deadline", "2025-01-28");
    }

    @Test
    void nothingIsLateBeforeItsDeadlineEvenWithoutData() {
        // asOf 2025-01-31: AUDITED_ACCOUNTS (31 Dec) and ACCOUNTS_RETURN (28 Jan) are overdue, ACCOUNTS_WEBSITE is due that day
        List<FinancialReturn> undated = List.of(ret(0, ReturnKind.ACCOUNTS_WEBSITE, null), ret(1, ReturnKind.AUDITED_ACCOUNTS, null));
        Map<String, Map<String, String>> s = probe("X-91", doc("2025-01-31", finance("1", null, undated), governance(List.of(), List.of()), List.of(), List.of()));
        assertThat(s.get("ACCOUNTS_WEBSITE")).containsEntry("late", "FALSE").containsEntry("pointer", "/finance/returns/0");
        assertThat(s.get("AUDITED_ACCOUNTS")).containsEntry("late", "UNKNOWN").containsEntry("pointer", "/finance/returns/1");
        assertThat(s.get("COMPANIES_HOUSE")).containsEntry("late", "FALSE").containsEntry("pointer", "/finance/returns");

        Map<String, Map<String, String>> absent = probe("X-91", doc("2025-01-31", finance("1", null, null), governance(List.of(), List.of()), List.of(), List.of()));
        assertThat(absent).allSatisfy((kind, args) -> assertThat(args).containsEntry("pointer", "/finance"));
        assertThat(absent.get("AUDITED_ACCOUNTS")).containsEntry("late", "UNKNOWN");
        assertThat(absent.get("ACCOUNTS_RETURN")).containsEntry("late", "UNKNOWN");
        assertThat(absent.get("ACCOUNTS_WEBSITE")).containsEntry("late", "FALSE");
        assertThat(absent.get("COMPANIES_HOUSE")).containsEntry("late", "FALSE");
    }

    // ---- notices ------------------------------------------------------------------------------

    @Test
    void cashPositionsAreTheYearEndAndEachForecastYear() {
        Finance f = new Finance(m("1"), m("1"), m("0"), m("0"), null, null, null, null, null,
                List.of(new org.matrisk.model.Forecast(d("2025-08-31"), m("0"), m("-40000"), "/finance/forecast/0")), List.of());
        Map<String, Map<String, String>> p = probe("X-97", doc("2025-03-01", f, governance(List.of(), List.of()), List.of(), List.of()));
        assertThat(p.get("/finance")).containsEntry("day", "2024-08-31").containsEntry("forecast", "false").containsEntry("cash", "(absent)");
        assertThat(p.get("/finance/forecast/0")).containsEntry("day", "2025-08-31").containsEntry("forecast", "true").containsEntry("cash", "-40000");
    }

    // ---- growth -------------------------------------------------------------------------------

    @Test
    void nothingIsDerivedWhenGrowthIsAbsent() {
        TrustDocument doc = doc("2024-08-31", List.of(academy(0, "1", "2014-09-01")), null);
        assertThat(probe("X-92", doc)).isEmpty();
        assertThat(probe("X-93", doc)).isEmpty();
        assertThat(probe("X-94", doc)).isEmpty();
    }

    @Test
    void gapsAreTheIncompleteAreasOfJoinersOnly() {
        Map<DueDiligenceArea, DueDiligenceStatus> dd = new EnumMap<>(DueDiligenceArea.class);
        for (DueDiligenceArea a : DueDiligenceArea.values()) dd.put(a, DueDiligenceStatus.COMPLETE);
        dd.put(DueDiligenceArea.FINANCE, DueDiligenceStatus.PARTIAL);
        dd.remove(DueDiligenceArea.HR);
        Growth joiner = growth(0, "2", "2024-01-01", dd);
        Growth before = growth(1, "3", "2023-08-31", Map.of());
        Growth proposed = growth(2, "4", null, Map.of());
        TrustDocument doc = doc("2024-08-31", List.of(academy(0, "1", null)), List.of(joiner, before, proposed));
        Map<String, Map<String, String>> gaps = probe("X-92", doc);
        assertThat(gaps.keySet()).containsExactly("/growth/0/dueDiligence/FINANCE", "/growth/0/dueDiligence/HR");
        assertThat(gaps.get("/growth/0/dueDiligence/FINANCE")).containsEntry("status", "PARTIAL");
        assertThat(gaps.get("/growth/0/dueDiligence/HR")).containsEntry("status", "NOT_DONE");
        assertThat(probe("X-93", doc).keySet()).containsExactly("/growth/0");
    }

    @Test
    void depthCountsOtherAcademiesJoinedBeforeTheJoinerWithTheirGradeOnTheJoinDay() {
        List<Academy> academies = List.of(
                academy(0, "1", "2014-09-01", inspected("2023-06-01", OfstedGrade.REQUIRES_IMPROVEMENT)),
                academy(1, "2", null, inspected("2024-01-02", OfstedGrade.INADEQUATE)),          // no join date; only inspected after the join: no grade
                academy(2, "3", "2023-12-31"),                                                       // never inspected
                academy(3, "4", "2024-01-01", inspected("2020-01-01", OfstedGrade.INADEQUATE)),  // joins the same day: not already there
                academy(4, "9", null, inspected("2020-01-01", OfstedGrade.INADEQUATE)));         // the joiner itself
        Map<String, String> depth = probe("X-93", doc("2024-08-31", academies, List.of(growth(0, "9", "2024-01-01")))).get("/growth/0");
        assertThat(depth).containsEntry("already", "1,2,3").containsEntry("belowGood", "1");
    }

    @Test
    void depthWithNoAcademyAlreadyThere() {
        Map<String, String> depth = probe("X-93", doc("2024-08-31", List.of(academy(0, "9", "2024-01-01")),
                List.of(growth(0, "9", "2024-01-01")))).get("/growth/0");
        assertThat(depth).containsEntry("already", "").containsEntry("belowGood", "");
    }

    @Test
    void windowIsTheDaysEndingOnAsOfAndCountsOnlyJoinersOfThePeriod() {
        // asOf 2024-08-31: window 2023-09-02 .. 2024-08-31 (2024 is a leap year)
        List<Growth> growth = List.of(
                growth(0, "5", "2023-09-01"),   // in the period, the day before the window
                growth(1, "6", "2023-09-02"),   // first day of the window
                growth(2, "7", "2024-08-31"),   // asOf
                growth(3, "8", null));          // not yet joined
        List<Academy> academies = List.of(academy(0, "1", "2014-09-01"), academy(1, "2", null), academy(2, "5", "2023-09-01"),
                academy(3, "6", "2023-09-02"), academy(4, "7", "2024-08-31"));
        Map<String, String> w = probe("X-94", doc("2024-08-31", academies, growth)).get("");
        assertThat(w).containsEntry("start", "2023-09-02").containsEntry("end", "2024-08-31")
                .containsEntry("joiners", "/growth/1,/growth/2").containsEntry("already", "1,2,5");
    }

    @Test
    void growthAfterThePeriodIsNotCountedEvenInsideTheWindow() {
        Map<String, String> w = probe("X-94", doc("2025-06-30", List.of(academy(0, "1", "2014-09-01")),
                List.of(growth(0, "6", "2024-09-01"), growth(1, "7", "2025-06-30")))).get("");
        assertThat(w).containsEntry("start", "2024-07-01").containsEntry("joiners", "");
    }

    // ---- governance ---------------------------------------------------------------------------

    @Test
    void membersAlsoTrusteesInMemberOrderEachOnce() {
        Governance g = governance(List.of("P3", "P1", "P2", "P3"), List.of("P1", "P3", "P9"));
        Map<String, String> mt = probe("X-95", doc("2024-08-31", finance("1", null, List.of()), g, List.of(), List.of())).get("");
        assertThat(mt).containsEntry("members", "4").containsEntry("also", "P3,P1");
    }

    @Test
    void incomeIsLastAuditedOnlyUnderTheSwitchAndWhenGiven() {
        // gov.incomeTest.lastAudited is on for periods starting on or after 1 Sep 2025; PERIOD starts 2023-09-01
        assertThat(probe("X-96", doc("2024-08-31", finance("1", "2000000", List.of()), governance(List.of(), List.of()), List.of(), List.of())))
                .containsOnlyKeys("/finance/totalIncome");
        TrustDocument later = new TrustDocument("1", new Trust("10079999", "Test Trust", TrustType.MAT, "07819999"),
                new Period(d("2025-09-01"), d("2026-08-31")), d("2026-08-31"), finance("1", "2000000", List.of()), governance(List.of(), List.of()),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
        assertThat(probe("X-96", later)).containsOnlyKeys("/finance/lastAuditedIncome");
        assertThat(probe("X-96", later).get("/finance/lastAuditedIncome")).containsEntry("field", "lastAuditedIncome").containsEntry("amount", "2000000");
        TrustDocument laterWithout = new TrustDocument("1", later.trust(), later.period(), later.asOfGiven(), finance("1", null, List.of()),
                later.governance(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
        assertThat(probe("X-96", laterWithout)).containsOnlyKeys("/finance/totalIncome");
    }
}
