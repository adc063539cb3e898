package org.matrisk.engine.suppress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.matrisk.engine.suppress.TestAssessments.assessment;
import static org.matrisk.engine.suppress.TestAssessments.finding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.Rating;
import org.matrisk.assessment.Severity;
import org.matrisk.assessment.Suppression;
import org.matrisk.engine.rating.RatingPolicy;

class SuppressionsTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final String TRUST = "10070002";

    /** A Northgate-like assessment: PAY-05 is REMUNERATION's only CRITICAL finding. */
    static Assessment northgate() {
        return assessment(TRUST, AS_OF,
                finding("PAY-05", Area.REMUNERATION, Severity.CRITICAL, "/specialPayments/0"),
                finding("PAY-04", Area.REMUNERATION, Severity.HIGH, "/pay/0", "/pay/0"),
                finding("RPT-05", Area.RELATED_PARTY, Severity.HIGH, "/transactions/1", "/people/5/appointments/0"),
                finding("PAY-03", Area.REMUNERATION, Severity.MEDIUM, "/pay/0"),
                finding("RPT-04", Area.RELATED_PARTY, Severity.MEDIUM, "/transactions/0"),
                finding("RPT-04", Area.RELATED_PARTY, Severity.MEDIUM, "/transactions/1"),
                finding("GOV-02", Area.GOVERNANCE, Severity.LOW, "/governance/members"));
    }

    static String file(String... entries) {
        return "{ \"suppressions\": [" + String.join(",", entries) + "] }";
    }

    static String entry(String ruleId, String trustId, String pointer, String expires) {
        return "{ \"ruleId\": \"" + ruleId + "\", \"trustId\": \"" + trustId + "\", "
                + (pointer == null ? "" : "\"pointer\": \"" + pointer + "\", ")
                + "\"justification\": \"Accepted: board minute 2024/17\", \"by\": \"A. Auditor\", \"expires\": \"" + expires + "\" }";
    }

    static List<String> suppressed(Assessment a) {
        return a.findings().stream().filter(Finding::suppressed).map(f -> f.ruleId() + " " + f.firstPointer()).toList();
    }

    @Test
    void anEntryWithoutPointerSuppressesEveryFindingOfTheRuleForThatTrustInPlace() {
        Suppressions s = Suppressions.parse(file(entry("RPT-04", TRUST, null, "2026-03-31")), "suppressions.json");
        Assessment before = northgate();
        Assessment after = s.apply(before);

        assertThat(suppressed(after)).containsExactly("RPT-04 /transactions/0", "RPT-04 /transactions/1");
        assertThat(after.findings().get(4).suppression())
                .isEqualTo(new Suppression("Accepted: board minute 2024/17", "A. Auditor", LocalDate.of(2026, 3, 31)));
        // still listed, same order, still counted in the area's findings
        assertThat(after.findings()).extracting(Finding::ruleId).containsExactlyElementsOf(before.findings().stream().map(Finding::ruleId).toList());
        assertThat(after.area(Area.RELATED_PARTY).findings()).isEqualTo(3);
        // they earn no points: RELATED_PARTY 15 + 5 + 5 = 25 becomes 15
        assertThat(before.area(Area.RELATED_PARTY).score()).isEqualTo(25);
        assertThat(after.area(Area.RELATED_PARTY).score()).isEqualTo(15);
        assertThat(s.unmatched()).isEmpty();
    }

    @Test
    void anEntryMatchesOnlyItsTrust() {
        Suppressions s = Suppressions.parse(file(entry("RPT-04", "10070001", null, "2026-03-31")), "suppressions.json");
        Assessment before = northgate();
        assertThat(s.apply(before)).isSameAs(before);
        assertThat(s.unmatched()).extracting(SuppressionWarning::message).containsExactly(
                "suppressions.json: /suppressions/0: unmatched: no finding RPT-04 for trust 10070001 (the trust was not assessed in this batch)");
    }

    @Test
    void aPointerMatchesTheFindingWhoseFirstEvidencePointerItIs() {
        Suppressions s = Suppressions.parse(file(
                entry("RPT-04", TRUST, "/transactions/1", "2026-03-31"),
                entry("RPT-05", TRUST, "/people/5/appointments/0", "2026-03-31")), "suppressions.json");
        Assessment after = s.apply(northgate());

        assertThat(suppressed(after)).containsExactly("RPT-04 /transactions/1");
        // /people/5/appointments/0 is RPT-05's second evidence pointer: no match
        assertThat(s.unmatched()).extracting(SuppressionWarning::message).containsExactly(
                "suppressions.json: /suppressions/1: unmatched: no finding RPT-05 at /people/5/appointments/0 for trust 10070002");
    }

    @Test
    void suppressingTheOnlyCriticalFindingRecomputesAreaAndTrustScoresAndRatings() {
        Assessment before = northgate();
        assertThat(before.area(Area.REMUNERATION).rating()).isEqualTo(Rating.CRITICAL);
        assertThat(before.area(Area.REMUNERATION).score()).isEqualTo(40 + 15 + 5);
        assertThat(before.rating()).isEqualTo(Rating.CRITICAL);
        assertThat(before.score()).isEqualTo(60 + 25 + 1);

        Assessment after = Suppressions.parse(file(entry("PAY-05", TRUST, "/specialPayments/0", "2026-03-31")), "s.json").apply(before);

        assertThat(after.area(Area.REMUNERATION).rating()).isEqualTo(Rating.HIGH);
        assertThat(after.area(Area.REMUNERATION).score()).isEqualTo(20);
        assertThat(after.area(Area.REMUNERATION).findings()).isEqualTo(3);
        assertThat(after.rating()).isEqualTo(Rating.HIGH);
        assertThat(after.score()).isEqualTo(46);
        assertThat(after.points()).isEqualTo(46);
        assertThat(after.worstSeverity()).isEqualTo(Severity.HIGH);
        RatingPolicy.Result expected = RatingPolicy.DEFAULT.rate(after.findings());
        assertThat(after.areas()).isEqualTo(expected.areas());
        // everything else passes through
        assertThat(after).usingRecursiveComparison().ignoringFields("rating", "score", "areas", "findings", "points").isEqualTo(before);
        assertThat(after.findings().get(0)).usingRecursiveComparison().ignoringFields("suppression").isEqualTo(before.findings().get(0));
    }

    @Test
    void anEntryExpiringOnTheAsOfDayApplies() {
        Suppressions s = Suppressions.parse(file(entry("PAY-05", TRUST, null, "2025-06-30")), "s.json");
        Suppressions.Applied r = s.applyWithWarnings(northgate());
        assertThat(suppressed(r.assessment())).containsExactly("PAY-05 /specialPayments/0");
        assertThat(r.warnings()).isEmpty();
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void anEntryExpiringTheDayBeforeAsOfDoesNotApplyAndWarns() {
        Suppressions s = Suppressions.parse(file(entry("PAY-05", TRUST, null, "2025-06-29")), "s.json");
        Assessment before = northgate();
        Suppressions.Applied r = s.applyWithWarnings(before);
        assertThat(r.assessment()).isSameAs(before);
        assertThat(r.warnings()).extracting(SuppressionWarning::message).containsExactly(
                "s.json: /suppressions/0: PAY-05 for trust 10070002 expired on 2025-06-29, before the assessment's asOf 2025-06-30; the finding counts");
        assertThat(r.warnings().get(0).kind()).isEqualTo(SuppressionWarning.Kind.EXPIRED);
        // an expired entry that would have matched is not "unmatched"
        assertThat(s.unmatched()).isEmpty();
        assertThat(s.warnings()).isEqualTo(r.warnings());
    }

    @Test
    void anExpiredRuleWideEntryCountsTheFindingsThatStillCount() {
        Suppressions s = Suppressions.parse(file(
                entry("RPT-04", TRUST, null, "2024-12-31"),
                entry("RPT-04", TRUST, "/transactions/0", "2026-12-31")), "s.json");
        Suppressions.Applied r = s.applyWithWarnings(northgate());
        assertThat(suppressed(r.assessment())).containsExactly("RPT-04 /transactions/0");
        assertThat(r.warnings()).extracting(SuppressionWarning::message).containsExactly(
                "s.json: /suppressions/0: RPT-04 for trust 10070002 expired on 2024-12-31, before the assessment's asOf 2025-06-30; the finding counts");
        Suppressions both = Suppressions.parse(file(entry("RPT-04", TRUST, null, "2024-12-31")), "s.json");
        assertThat(both.applyWithWarnings(northgate()).warnings()).extracting(SuppressionWarning::message).containsExactly(
                "s.json: /suppressions/0: RPT-04 for trust 10070002 expired on 2024-12-31, before the assessment's asOf 2025-06-30; the 2 findings count");
    }

    @Test
    void aPointerEntryBeatsARuleWideOneThenTheFirstInTheFileWins() {
        Suppressions s = Suppressions.parse(file(
                "{ \"ruleId\": \"RPT-04\", \"trustId\": \"10070002\", \"justification\": \"all\", \"by\": \"A\", \"expires\": \"2026-01-01\" }",
                "{ \"ruleId\": \"RPT-04\", \"trustId\": \"10070002\", \"pointer\": \"/transactions/1\", \"justification\": \"one\", \"by\": \"B\", \"expires\": \"2026-01-01\" }",
                "{ \"ruleId\": \"RPT-04\", \"trustId\": \"10070002\", \"pointer\": \"/transactions/1\", \"justification\": \"again\", \"by\": \"C\", \"expires\": \"2026-01-01\" }"),
                "s.json");
        Assessment after = s.apply(northgate());
        assertThat(after.findings().get(4).suppression().justification()).isEqualTo("all");
        assertThat(after.findings().get(5).suppression().justification()).isEqualTo("one");
        assertThat(s.unmatched()).isEmpty();
    }

    @Test
    void unmatchedIsReportedOverTheWholeBatchInFileOrder() {
        Suppressions s = Suppressions.parse(file(
                entry("RPT-04", TRUST, "/transactions/9", "2026-03-31"),
                entry("GOV-02", "10070001", null, "2026-03-31"),
                entry("GOV-02", TRUST, null, "2026-03-31"),
                entry("NTI-01", "10070001", null, "2026-03-31")), "suppressions.json");
        s.apply(northgate());
        s.apply(assessment("10070001", AS_OF, finding("GOV-02", Area.GOVERNANCE, Severity.LOW, "/governance/members")));
        assertThat(s.unmatched()).extracting(SuppressionWarning::message).containsExactly(
                "suppressions.json: /suppressions/0: unmatched: no finding RPT-04 at /transactions/9 for trust 10070002",
                "suppressions.json: /suppressions/3: unmatched: no finding NTI-01 for trust 10070001");
        assertThat(s.unmatched()).allMatch(w -> w.kind() == SuppressionWarning.Kind.UNMATCHED);
        assertThat(s.unmatched().get(0).entry().index()).isZero();
    }

    @Test
    void anEmptyPointerIsTheWholeDocumentNotEveryFinding() {
        Assessment a = assessment(TRUST, AS_OF,
                finding("NTI-10", Area.NOTICES, Severity.HIGH, ""),
                finding("NTI-10", Area.NOTICES, Severity.HIGH, "/finance"));
        Assessment after = Suppressions.parse(file(entry("NTI-10", TRUST, "", "2026-03-31")), "s.json").apply(a);
        assertThat(suppressed(after)).containsExactly("NTI-10 ");
    }

    @Test
    void findingsAlreadySuppressedAreLeftAsTheyAre() {
        Suppression earlier = new Suppression("earlier", "X", LocalDate.of(2030, 1, 1));
        Finding f = finding("GOV-02", Area.GOVERNANCE, Severity.LOW, "/governance/members");
        Finding already = new Finding(f.ruleId(), f.area(), f.severity(), f.title(), f.message(), f.reference(), f.evidence(), f.parameters(), earlier);
        Assessment a = assessment(TRUST, AS_OF, already);
        Suppressions s = Suppressions.parse(file(entry("GOV-02", TRUST, null, "2026-03-31")), "s.json");
        assertThat(s.apply(a)).isSameAs(a);
        assertThat(s.unmatched()).isEmpty();
    }

    @Test
    void noneAndAnEmptyFileChangeNothing() {
        Assessment a = northgate();
        assertThat(Suppressions.none().apply(a)).isSameAs(a);
        assertThat(Suppressions.none().isEmpty()).isTrue();
        assertThat(Suppressions.none().warnings()).isEmpty();
        Suppressions empty = Suppressions.parse("{\"suppressions\": []}", "s.json");
        assertThat(empty.apply(a)).isSameAs(a);
        assertThat(empty.warnings()).isEmpty();
    }

    @Test
    void usesTheRatingPolicyGiven() {
        RatingPolicy flat = new RatingPolicy(java.util.Map.of(Severity.CRITICAL, 1, Severity.HIGH, 1, Severity.MEDIUM, 1, Severity.LOW, 1, Severity.INFO, 0),
                100, 30, 10, 3);
        Assessment after = Suppressions.parse(file(entry("GOV-02", TRUST, null, "2026-03-31")), "s.json", flat).apply(northgate());
        assertThat(after.score()).isEqualTo(6);
    }

    @Test
    void loadsAFileAndNamesItInMessages(@TempDir Path tmp) throws Exception {
        Path p = tmp.resolve("suppressions.json");
        Files.writeString(p, file(entry("RPT-04", TRUST, "/transactions/9", "2026-03-31")));
        Suppressions s = Suppressions.load(p);
        assertThat(s.entries()).hasSize(1);
        assertThat(s.entries().get(0).where()).isEqualTo(p + ": /suppressions/0");
        assertThat(s.unmatched().get(0).message()).startsWith(p + ": /suppressions/0: unmatched: ");
    }

    @Test
    void aMissingFileIsAnError(@TempDir Path tmp) {
        Path p = tmp.resolve("nope.json");
        assertThatThrownBy(() -> Suppressions.load(p)).isInstanceOf(SuppressionFileException.class)
                .hasMessage(p + ": cannot read: no such file");
    }
}
