package org.matrisk.engine.facts.remuneration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.matrisk.engine.facts.Tri;
import org.matrisk.model.Academy;
import org.matrisk.model.Coverage;
import org.matrisk.model.DateSpan;
import org.matrisk.model.Enums.NoticeKind;
import org.matrisk.model.Enums.OfstedGrade;
import org.matrisk.model.Enums.PayApprover;
import org.matrisk.model.Enums.PayRole;
import org.matrisk.model.Enums.Phase;
import org.matrisk.model.Enums.RoleKind;
import org.matrisk.model.Governance;
import org.matrisk.model.MoneyRange;
import org.matrisk.model.Notice;
import org.matrisk.model.OfstedInspection;
import org.matrisk.model.PayRecord;
import org.matrisk.model.Period;
import org.matrisk.model.Person;
import org.matrisk.model.Role;
import org.matrisk.model.Section;

/** The interval reading of the PAY rules' helpers (catalogue v2 Readings 7.3, 7.11, 7.12; Terms 2.2). */
class PayIntervalsTest {

    static BigDecimal m(String s) { return new BigDecimal(s); }

    /** A version 2 coverage: the sections listed complete, every other partial. */
    static final class Cov {
        final Map<Section, Coverage.Entry> sections = new EnumMap<>(Section.class);
        final Set<String> nulls = new HashSet<>();
        final Map<String, DateSpan> months = new HashMap<>();
        final Map<String, MoneyRange> bands = new HashMap<>();
        Cov complete(Section... s) { for (Section x : s) sections.put(x, new Coverage.Entry(true, null, null)); return this; }
        Cov allComplete() { return complete(Section.values()); }
        Cov partial(Section s) { sections.remove(s); return this; }
        Cov nul(String pointer) { nulls.add(pointer); return this; }
        Cov month(String pointer, String ym) { months.put(pointer, DateSpan.month(YearMonth.parse(ym))); return this; }
        Cov band(String pointer, String lo, String hi) { bands.put(pointer, new MoneyRange(m(lo), m(hi))); return this; }
        Coverage done() { return new Coverage(2, sections, nulls, months, bands); }
    }

    static PayRecord pay(PayRole role, String salary, String pension, String totalBenefits) {
        return new PayRecord("P20", role, BigDecimal.ONE, salary == null ? null : m(salary), null, null, pension == null ? null : m(pension),
                null, PayApprover.BOARD, true, totalBenefits == null ? null : m(totalBenefits), List.of(), "/pay/0");
    }

    @Test
    void totalBenefitsAddTheAbsentPartsAsZeroOnlyWhenPayIsComplete() {
        PayRecord p = pay(PayRole.CEO, "90000", "10000", null);
        assertThat(PayIntervals.totalBenefits(p, Coverage.V1)).isEqualTo(new MoneyRange(m("100000"), m("100000")));
        assertThat(PayIntervals.totalBenefits(p, new Cov().allComplete().done())).isEqualTo(MoneyRange.of(m("100000")));
        Coverage partial = new Cov().allComplete().partial(Section.PAY).done();
        assertThat(PayIntervals.totalBenefits(p, partial)).isEqualTo(new MoneyRange(m("100000"), null));
        assertThat(PayIntervals.benefitsOver(p, partial, m("100000"))).isEqualTo(Tri.UNKNOWN);
        // bonus and benefits in kind documented null: exact again
        Coverage documented = new Cov().allComplete().partial(Section.PAY).nul("/pay/0/bonus").nul("/pay/0/benefitsInKind").done();
        assertThat(PayIntervals.totalBenefits(p, documented)).isEqualTo(MoneyRange.of(m("100000")));
        assertThat(PayIntervals.benefitsOver(p, documented, m("100000"))).isEqualTo(Tri.FALSE);
    }

    @Test
    void aSalaryKnownOnlyThroughTotalBenefitsLiesBetweenZeroAndItsUpperEnd() {
        PayRecord p = pay(PayRole.CEO, null, null, null);
        Coverage c = new Cov().allComplete().band("/pay/0/totalBenefits", "150000", "160000").done();
        assertThat(PayIntervals.totalBenefits(p, c)).isEqualTo(new MoneyRange(m("150000"), m("160000")));
        assertThat(PayIntervals.salary(p, c)).isEqualTo(new MoneyRange(BigDecimal.ZERO, m("160000")));
        assertThat(PayIntervals.salaryAtLeast(p, c, m("150000"))).isEqualTo(Tri.UNKNOWN);
        assertThat(PayIntervals.salaryAtLeast(p, c, m("160000.01"))).isEqualTo(Tri.FALSE);
    }

    @Test
    void bandsDecideOnlyWhenTheyDoNotStraddle() {
        PayRecord p = pay(PayRole.CEO, null, "0", null);
        Coverage straddles = new Cov().allComplete().band("/pay/0/salary", "145000", "155000").done();
        assertThat(PayIntervals.salaryAtLeast(p, straddles, m("150000"))).isEqualTo(Tri.UNKNOWN);
        assertThat(PayIntervals.salaryIn(p, straddles, m("100000"), m("150000"))).isEqualTo(Tri.UNKNOWN);
        Coverage above = new Cov().allComplete().band("/pay/0/salary", "150000", "155000").done();
        assertThat(PayIntervals.salaryAtLeast(p, above, m("150000"))).isEqualTo(Tri.TRUE);
        assertThat(PayIntervals.salaryOver(p, above, m("150000"))).isEqualTo(Tri.UNKNOWN);
        assertThat(PayIntervals.text(PayIntervals.salary(p, above))).isEqualTo("£150,000.00 to £155,000.00");
        assertThat(PayIntervals.shown(PayIntervals.salary(pay(PayRole.CEO, "142000.0", null, null), Coverage.V1))).isEqualTo(m("142000.0"));
    }

    @Test
    void noneAbleFieldsAreNoneWhenCompleteOrDocumentedAndNeverWhenGivenAsAMonth() {
        Coverage partial = new Cov().allComplete().partial(Section.GOVERNANCE).done();
        assertThat(PayIntervals.none(partial, Section.GOVERNANCE, "/governance", "executivePayPolicyApprovedOn", null)).isEqualTo(Tri.UNKNOWN);
        assertThat(PayIntervals.none(new Cov().allComplete().done(), Section.GOVERNANCE, "/governance", "executivePayPolicyApprovedOn", null)).isEqualTo(Tri.TRUE);
        Coverage month = new Cov().allComplete().month("/governance/executivePayPolicyApprovedOn", "2025-07").done();
        assertThat(PayIntervals.none(month, Section.GOVERNANCE, "/governance", "executivePayPolicyApprovedOn", null)).isEqualTo(Tri.FALSE);
        assertThat(PayIntervals.notTrue(null, partial, Section.GOVERNANCE, "/x", "contractual")).isEqualTo(Tri.UNKNOWN);
        assertThat(PayIntervals.notTrue(false, partial, Section.GOVERNANCE, "/x", "contractual")).isEqualTo(Tri.TRUE);
        assertThat(PayIntervals.notTrue(true, partial, Section.GOVERNANCE, "/x", "contractual")).isEqualTo(Tri.FALSE);
    }

    static Academy academy(OfstedInspection... i) {
        return new Academy("140001", "A", Phase.PRIMARY, 100, LocalDate.of(2015, 9, 1), List.of(i), null, null, null, "/academies/0");
    }

    static OfstedInspection insp(int i, String date, OfstedGrade g) {
        return new OfstedInspection(date.length() == 7 ? null : LocalDate.parse(date), g, "/academies/0/ofsted/" + i);
    }

    @Test
    void theLatestGradeIsTriedOnEveryDayOfAMonthAndUnknownWhileOfstedIsPartial() {
        LocalDate d = LocalDate.of(2025, 6, 15);
        Coverage c = new Cov().allComplete().done();
        // exact dates: v1's latest grade
        assertThat(PayIntervals.latestGradeInadequate(academy(insp(0, "2022-05-11", OfstedGrade.GOOD), insp(1, "2024-05-02", OfstedGrade.INADEQUATE)), d, c))
                .isEqualTo(Tri.TRUE);
        assertThat(PayIntervals.latestGradeInadequate(academy(insp(0, "2024-05-02", OfstedGrade.INADEQUATE), insp(1, "2025-01-11", OfstedGrade.GOOD)), d, c))
                .isEqualTo(Tri.FALSE);
        // a tie takes the worst grade
        assertThat(PayIntervals.latestGradeInadequate(academy(insp(0, "2024-05-02", OfstedGrade.GOOD), insp(1, "2024-05-02", OfstedGrade.INADEQUATE)), d, c))
                .isEqualTo(Tri.TRUE);
        // no inspection on or before D: no grade
        assertThat(PayIntervals.latestGradeInadequate(academy(insp(0, "2025-06-16", OfstedGrade.INADEQUATE)), d, c)).isEqualTo(Tri.FALSE);
        assertThat(PayIntervals.latestGradeInadequate(academy(), d, c)).isEqualTo(Tri.FALSE);
        // an INADEQUATE month containing D: before or after D
        Coverage june = new Cov().allComplete().month("/academies/0/ofsted/1/date", "2025-06").done();
        assertThat(PayIntervals.latestGradeInadequate(academy(insp(0, "2022-05-11", OfstedGrade.GOOD), insp(1, "2025-06", OfstedGrade.INADEQUATE)), d, june))
                .isEqualTo(Tri.UNKNOWN);
        // two months that overlap: either may be the later
        Coverage both = new Cov().allComplete().month("/academies/0/ofsted/0/date", "2024-05").month("/academies/0/ofsted/1/date", "2024-05").done();
        assertThat(PayIntervals.latestGradeInadequate(academy(insp(0, "2024-05", OfstedGrade.GOOD), insp(1, "2024-05", OfstedGrade.INADEQUATE)), d, both))
                .isEqualTo(Tri.UNKNOWN);
        // a GOOD exact date after an INADEQUATE month: never INADEQUATE
        Coverage may = new Cov().allComplete().month("/academies/0/ofsted/0/date", "2024-05").done();
        assertThat(PayIntervals.latestGradeInadequate(academy(insp(0, "2024-05", OfstedGrade.INADEQUATE), insp(1, "2024-06-01", OfstedGrade.GOOD)), d, may))
                .isEqualTo(Tri.FALSE);
        assertThat(PayIntervals.latestGradeInadequate(academy(insp(0, "2024-05-02", OfstedGrade.INADEQUATE)), d,
                new Cov().allComplete().partial(Section.OFSTED).done())).isEqualTo(Tri.UNKNOWN);
    }

    static Notice notice(String issued, String lifted, String knownUntil) {
        return new Notice("N1", NoticeKind.NOTICE_TO_IMPROVE, null, issued == null ? null : LocalDate.parse(issued),
                lifted == null || lifted.length() == 7 ? null : LocalDate.parse(lifted), null,
                knownUntil == null ? null : LocalDate.parse(knownUntil), List.of(), "/notices/0");
    }

    @Test
    void aNoticeWithoutLiftedOnIsOpenThroughKnownUntilWhileNoticesIsPartial() {
        DateSpan d = DateSpan.of(LocalDate.of(2024, 3, 1));
        Coverage partial = new Cov().allComplete().partial(Section.NOTICES).done();
        assertThat(PayIntervals.openOn(notice("2024-01-10", null, "2024-03-31"), d, partial)).isEqualTo(Tri.TRUE);
        assertThat(PayIntervals.openOn(notice("2024-01-10", null, "2024-02-20"), d, partial)).isEqualTo(Tri.UNKNOWN);
        assertThat(PayIntervals.openOn(notice("2024-01-10", null, null), d, partial)).isEqualTo(Tri.UNKNOWN);
        assertThat(PayIntervals.openOn(notice("2024-01-10", null, "2024-02-20"), d, new Cov().allComplete().done())).isEqualTo(Tri.TRUE);
        assertThat(PayIntervals.openOn(notice("2024-01-10", null, null), d, new Cov().allComplete().partial(Section.NOTICES).nul("/notices/0/liftedOn").done()))
                .isEqualTo(Tri.TRUE);
        assertThat(PayIntervals.openOn(notice("2024-03-02", null, null), d, partial)).isEqualTo(Tri.FALSE);
        // a payment month straddling the issue day
        DateSpan march = DateSpan.month(YearMonth.of(2024, 3));
        assertThat(PayIntervals.openOn(notice("2024-03-15", null, null), march, new Cov().allComplete().done())).isEqualTo(Tri.UNKNOWN);
        // lifted in a month containing D
        Coverage lifted = new Cov().allComplete().month("/notices/0/liftedOn", "2024-03").done();
        assertThat(PayIntervals.openOn(notice("2024-01-10", "2024-03", null), DateSpan.of(LocalDate.of(2024, 3, 15)), lifted)).isEqualTo(Tri.UNKNOWN);
        assertThat(PayIntervals.openOn(notice("2024-01-10", "2024-03", null), DateSpan.of(LocalDate.of(2024, 2, 29)), lifted)).isEqualTo(Tri.TRUE);
    }

    static final Period PERIOD = new Period(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 8, 31));
    static final Governance GOV = new Governance(List.of("P01"), List.of("P02"), "P02", "P20", "P21", 6, List.of(), null, null, null, true, null);

    static Person person(Role... roles) {
        return new Person("P30", null, true, List.of(), List.of(), List.of(roles), List.of(), "/people/0");
    }

    static Tri executive(PayRecord p, Person per, Coverage c, LocalDate from) {
        return PayIntervals.executive(p, per, GOV, PERIOD, c, 12, from, PERIOD.end());
    }

    @Test
    void executivesAreThePayRolesAndTheHoldersOfExecutiveRolesWithinTwelveMonths() {
        Coverage complete = new Cov().allComplete().done();
        PayRecord other = new PayRecord("P30", PayRole.OTHER, BigDecimal.ONE, m("1"), null, null, null, null, PayApprover.BOARD, true, "/pay/0");
        assertThat(executive(pay(PayRole.EXECUTIVE_HEADTEACHER, "1", null, null), null, complete, PERIOD.start())).isEqualTo(Tri.TRUE);
        assertThat(executive(other, person(), complete, PERIOD.start())).isEqualTo(Tri.FALSE);
        assertThat(executive(other, person(), new Cov().allComplete().partial(Section.PEOPLE).done(), PERIOD.start())).isEqualTo(Tri.UNKNOWN);
        Role km = new Role(RoleKind.KEY_MANAGEMENT, LocalDate.of(2020, 1, 1), LocalDate.of(2023, 6, 30), null, null, "/people/0/roles/0");
        // over the period: [2022-09-01, 2024-08-31]; on the snapshot day: [2023-08-31, 2024-08-31]
        assertThat(executive(other, person(km), complete, PERIOD.start())).isEqualTo(Tri.TRUE);
        assertThat(executive(other, person(km), complete, PERIOD.end())).isEqualTo(Tri.FALSE);
        // the accounting officer named in governance, whatever the pay role (v1)
        PayRecord ao = new PayRecord("P20", PayRole.OTHER, BigDecimal.ONE, m("1"), null, null, null, null, PayApprover.BOARD, true, "/pay/0");
        assertThat(executive(ao, null, Coverage.V1, PERIOD.start())).isEqualTo(Tri.TRUE);
        assertThat(executive(other, null, Coverage.V1, PERIOD.start())).isEqualTo(Tri.FALSE);
    }
}
