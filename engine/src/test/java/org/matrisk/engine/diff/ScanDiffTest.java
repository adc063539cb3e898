package org.matrisk.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Decided;
import org.matrisk.assessment.Assessment.PeriodRef;
import org.matrisk.assessment.Evidence;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.Rating;
import org.matrisk.assessment.Reference;
import org.matrisk.assessment.Severity;
import org.matrisk.assessment.Suppression;
import org.matrisk.engine.rating.RatingPolicy;

class ScanDiffTest {
    static final PeriodRef Y2024 = new PeriodRef(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 8, 31));
    static final PeriodRef Y2025 = new PeriodRef(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31));

    static Finding f(String ruleId, Area area, Severity severity, String... pointers) {
        return new Finding(ruleId, area, severity, ruleId + " title", ruleId + " message", new Reference("ATH", "2024", "1", "u"),
                Arrays.stream(pointers).map(p -> new Evidence(p, "x", "y")).toList(), List.of(), null);
    }

    static Finding suppressed(Finding f) {
        return new Finding(f.ruleId(), f.area(), f.severity(), f.title(), f.message(), f.reference(), f.evidence(), f.parameters(),
                new Suppression("ok", "A", LocalDate.of(2030, 1, 1)));
    }

    static Assessment a(String id, PeriodRef period, Finding... findings) {
        RatingPolicy.Result r = RatingPolicy.DEFAULT.rate(List.of(findings));
        return new Assessment("1", new Assessment.TrustRef(id, "Trust " + id), period, period.end().plusMonths(10),
                new Assessment.EngineInfo("0.1.0"), new Assessment.RulePackInfo("builtin", "1", "x"), "sha",
                r.rating(), r.score(), r.areas(), List.of(findings), List.of(), 40);
    }

    static final Finding RPT04_0 = f("RPT-04", Area.RELATED_PARTY, Severity.MEDIUM, "/transactions/0");
    static final Finding RPT04_1 = f("RPT-04", Area.RELATED_PARTY, Severity.MEDIUM, "/transactions/1");
    static final Finding RPT07 = f("RPT-07", Area.RELATED_PARTY, Severity.HIGH, "/governance/registerOfInterestsPublished");
    static final Finding GOV02 = f("GOV-02", Area.GOVERNANCE, Severity.LOW, "/governance/members");
    static final Finding PAY05 = f("PAY-05", Area.REMUNERATION, Severity.CRITICAL, "/specialPayments/0");

    static DiffReport diff(List<Assessment> old, List<Assessment> neu) {
        return ScanDiff.compare(old.iterator(), neu.iterator());
    }

    static List<String> keys(List<FindingRef> fs) {
        return fs.stream().map(x -> x.ruleId() + " " + x.pointer()).toList();
    }

    @Test
    void reportsRatingAndScoreChangeNewAndResolvedFindingsOfOneTrust() {
        DiffReport r = diff(List.of(a("1", Y2024, RPT04_0, RPT04_1, GOV02)), List.of(a("1", Y2024, RPT07, RPT04_0, GOV02)));
        assertThat(r.changed()).hasSize(1);
        TrustChange c = r.changed().get(0);
        assertThat(c.trustId()).isEqualTo("1");
        assertThat(c.oldRating()).isEqualTo(Rating.MEDIUM);
        assertThat(c.newRating()).isEqualTo(Rating.HIGH);
        assertThat(c.oldScore()).isEqualTo(11);
        assertThat(c.newScore()).isEqualTo(21);
        assertThat(c.scoreChange()).isEqualTo(10);
        assertThat(c.ratingChange()).isEqualTo(1);
        assertThat(keys(c.newFindings())).containsExactly("RPT-07 /governance/registerOfInterestsPublished");
        assertThat(keys(c.resolvedFindings())).containsExactly("RPT-04 /transactions/1");
        assertThat(c.resolvedFindings().get(0)).isEqualTo(new FindingRef("RPT-04", "/transactions/1", Area.RELATED_PARTY, Severity.MEDIUM, "RPT-04 title", false));
        assertThat(c.areas()).containsExactly(new AreaChange(Area.RELATED_PARTY, Rating.MEDIUM, Rating.HIGH, 10, 20));
        assertThat(c.periodChanged()).isFalse();
        assertThat(r.summary()).isEqualTo(new DiffReport.Summary(1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 1, 1));
    }

    @Test
    void aFindingIsIdentifiedByRuleAndFirstPointerNotByMessageOrLaterEvidence() {
        Finding moved = f("RPT-05", Area.RELATED_PARTY, Severity.HIGH, "/transactions/1", "/people/5");
        Finding same = new Finding("RPT-05", Area.RELATED_PARTY, Severity.HIGH, "other title", "other message", moved.reference(),
                List.of(new Evidence("/transactions/1", "a", "b"), new Evidence("/people/6", "c", "d")), List.of(), null);
        DiffReport r = diff(List.of(a("1", Y2024, moved)), List.of(a("1", Y2024, same)));
        assertThat(r.changed()).isEmpty();
        assertThat(r.summary().unchanged()).isEqualTo(1);
    }

    @Test
    void findingsWithTheSameIdentityArePairedInOrderAndTheSurplusIsNewOrResolved() {
        Finding x = f("PAY-04", Area.REMUNERATION, Severity.HIGH, "/pay/0");
        DiffReport more = diff(List.of(a("1", Y2024, x)), List.of(a("1", Y2024, x, x)));
        assertThat(keys(more.changed().get(0).newFindings())).containsExactly("PAY-04 /pay/0");
        DiffReport fewer = diff(List.of(a("1", Y2024, x, x)), List.of(a("1", Y2024, x)));
        assertThat(keys(fewer.changed().get(0).resolvedFindings())).containsExactly("PAY-04 /pay/0");
    }

    @Test
    void aSuppressionAddedOrRemovedIsReportedAsSuchNotAsNewOrResolved() {
        DiffReport r = diff(List.of(a("1", Y2024, PAY05, GOV02)), List.of(a("1", Y2024, suppressed(PAY05), GOV02)));
        TrustChange c = r.changed().get(0);
        assertThat(keys(c.nowSuppressed())).containsExactly("PAY-05 /specialPayments/0");
        assertThat(c.nowSuppressed().get(0).suppressed()).isTrue();
        assertThat(c.newFindings()).isEmpty();
        assertThat(c.resolvedFindings()).isEmpty();
        assertThat(c.oldRating()).isEqualTo(Rating.CRITICAL);
        assertThat(c.newRating()).isEqualTo(Rating.LOW);
        assertThat(c.ratingChange()).isEqualTo(-3);
        assertThat(r.summary().better()).isEqualTo(1);

        DiffReport back = diff(List.of(a("1", Y2024, suppressed(PAY05))), List.of(a("1", Y2024, PAY05)));
        assertThat(keys(back.changed().get(0).noLongerSuppressed())).containsExactly("PAY-05 /specialPayments/0");
    }

    @Test
    void trustsOnlyInOneScanAreListedWorstFirst() {
        DiffReport r = diff(List.of(a("1", Y2024), a("2", Y2024, GOV02), a("3", Y2024, PAY05)),
                List.of(a("1", Y2024), a("5", Y2024, RPT07), a("4", Y2024, RPT07)));
        assertThat(r.onlyInOld()).extracting(TrustSide::trustId).containsExactly("3", "2");
        assertThat(r.onlyInOld().get(0)).isEqualTo(new TrustSide("3", "Trust 3", Y2024, Rating.CRITICAL, 40, 1, 40, 1, 0, "1", null));
        assertThat(r.onlyInNew()).extracting(TrustSide::trustId).containsExactly("4", "5");
        assertThat(r.changed()).isEmpty();
        assertThat(r.summary()).isEqualTo(new DiffReport.Summary(3, 3, 1, 0, 1, 0, 0, 0, 2, 2, 0, 0));
    }

    @Test
    void changedTrustsAreOrderedWorstChangeFirst() {
        DiffReport r = diff(
                List.of(a("better", Y2024, PAY05), a("worse", Y2024), a("muchWorse", Y2024), a("scoreUp", Y2024, RPT07),
                        a("same", Y2024, GOV02), a("alsoWorse", Y2024)),
                List.of(a("better", Y2024), a("worse", Y2024, RPT04_0), a("muchWorse", Y2024, PAY05),
                        a("scoreUp", Y2024, RPT07, RPT04_0), a("same", Y2024, GOV02), a("alsoWorse", Y2024, RPT07)));
        // muchWorse LOW->CRITICAL (+3); alsoWorse LOW->HIGH (+2); worse LOW->MEDIUM (+1); scoreUp HIGH->HIGH, +5; better CRITICAL->LOW
        assertThat(r.changed()).extracting(TrustChange::trustId).containsExactly("muchWorse", "alsoWorse", "worse", "scoreUp", "better");
        assertThat(r.summary().worse()).isEqualTo(3);
        assertThat(r.summary().better()).isEqualTo(1);
        assertThat(r.summary().unchanged()).isEqualTo(1);
    }

    @Test
    void underTheScoreCapThePointsGainedOverTheAreasStillOrderTheChanges() {
        Finding nti03 = f("NTI-03", Area.NOTICES, Severity.CRITICAL, "/notices/0");
        Finding rpt03 = f("RPT-03", Area.RELATED_PARTY, Severity.CRITICAL, "/transactions/0");
        DiffReport r = diff(
                List.of(a("improved", Y2024, PAY05, nti03, rpt03, RPT04_1), a("worsened", Y2024, PAY05, nti03, rpt03)),
                List.of(a("improved", Y2024, PAY05, nti03, rpt03), a("worsened", Y2024, PAY05, nti03, rpt03, GOV02)));
        assertThat(r.changed()).extracting(TrustChange::trustId).containsExactly("worsened", "improved");
        assertThat(r.changed()).allSatisfy(c -> {
            assertThat(c.scoreChange()).isZero();
            assertThat(c.ratingChange()).isZero();
        });
        assertThat(r.changed()).extracting(TrustChange::pointsChange).containsExactly(1, -5);
    }

    @Test
    void scansOfDifferentYearsCompareByTrustIdAndNoteThePeriod() {
        DiffReport r = diff(List.of(a("1", Y2024, GOV02), a("2", Y2024, GOV02)), List.of(a("1", Y2025, GOV02), a("2", Y2025, GOV02, RPT07)));
        assertThat(r.summary().compared()).isEqualTo(2);
        assertThat(r.summary().periodChanged()).isEqualTo(2);
        assertThat(r.summary().changed()).isEqualTo(1);
        TrustChange c = r.changed().get(0);
        assertThat(c.trustId()).isEqualTo("2");
        assertThat(c.periodChanged()).isTrue();
        assertThat(c.oldPeriod()).isEqualTo(Y2024);
        assertThat(c.newPeriod()).isEqualTo(Y2025);
    }

    @Test
    void aTrustAssessedTwiceInOneScanIsComparedThroughItsLatestPeriodWithANote() {
        DiffReport r = diff(List.of(a("1", Y2025, GOV02), a("1", Y2024, PAY05)),
                List.of(a("1", Y2025, GOV02, RPT07), a("1", Y2024, GOV02), a("1", Y2024, GOV02)));
        assertThat(r.changed()).hasSize(1);
        assertThat(keys(r.changed().get(0).newFindings())).containsExactly("RPT-07 /governance/registerOfInterestsPublished");
        assertThat(r.changed().get(0).resolvedFindings()).isEmpty();
        assertThat(r.notes()).containsExactly(
                "OLD: trust 1 appears 2 times; compared the assessment for 2024-09-01..2025-08-31",
                "NEW: trust 1 appears 3 times; compared the assessment for 2024-09-01..2025-08-31");
        assertThat(r.summary().oldAssessments()).isEqualTo(2);
        assertThat(r.summary().newAssessments()).isEqualTo(3);
        assertThat(r.summary().compared()).isEqualTo(1);
    }

    @Test
    void aLaterDuplicateInTheNewScanReplacesAnEarlierComparison() {
        DiffReport r = diff(List.of(a("1", Y2025, GOV02)), List.of(a("1", Y2024, PAY05), a("1", Y2025, GOV02)));
        assertThat(r.changed()).isEmpty();
        assertThat(r.summary().unchanged()).isEqualTo(1);
        assertThat(r.summary().periodChanged()).isZero();
    }

    @Test
    void theOldScanMustComeFirst() {
        ScanDiff d = new ScanDiff();
        d.addNew(a("1", Y2024));
        assertThatThrownBy(() -> d.addOld(a("1", Y2024))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void emptyScans() {
        DiffReport r = diff(List.of(), List.of());
        assertThat(r.summary()).isEqualTo(new DiffReport.Summary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(r.changed()).isEmpty();
        assertThat(r.notes()).isEmpty();
    }

    /** A format version "2" assessment: seven areas, decided. */
    static Assessment v2(String id, PeriodRef period, Decided decided, Finding... findings) {
        RatingPolicy.Result r = RatingPolicy.DEFAULT.rate(List.of(findings), 2);
        return new Assessment("2", new Assessment.TrustRef(id, "Trust " + id), period, period.end().plusMonths(10),
                new Assessment.EngineInfo("0.1.0"), new Assessment.RulePackInfo("builtin", "1", "x"), "sha",
                r.rating(), r.score(), r.areas(), List.of(findings), List.of(), 40, r.points(), java.util.Map.of(), decided);
    }

    static final Finding PRC07 = f("PRC-07", Area.PROCUREMENT_AND_PROPRIETY, Severity.HIGH, "/transactions/4");

    @Test
    void aVersionOneAndAVersionTwoAssessmentCompareAreaByArea() {
        Decided d = new Decided(90, 1);
        DiffReport r = diff(List.of(a("1", Y2024, GOV02)), List.of(v2("1", Y2024, d, GOV02, PRC07)));
        TrustChange c = r.changed().get(0);
        assertThat(c.oldFormatVersion()).isEqualTo("1");
        assertThat(c.newFormatVersion()).isEqualTo("2");
        assertThat(c.oldDecided()).isNull();
        assertThat(c.newDecided()).isEqualTo(d);
        assertThat(c.areas()).containsExactly(new AreaChange(Area.PROCUREMENT_AND_PROPRIETY, null, Rating.HIGH, 0, 15, 0, 15));
        assertThat(c.areas().get(0).ratingChange()).isZero();
        assertThat(c.areas().get(0).oneSided()).isTrue();
        assertThat(c.ratingChange()).isEqualTo(2); // LOW -> HIGH
        assertThat(keys(c.newFindings())).containsExactly("PRC-07 /transactions/4");
        assertThat(c.pointsChange()).isEqualTo(15);

        // the same findings, only the format changed: still a change
        DiffReport same = diff(List.of(a("1", Y2024, GOV02)), List.of(v2("1", Y2024, d, GOV02)));
        assertThat(same.changed()).hasSize(1);
        assertThat(same.changed().get(0).formatVersionChanged()).isTrue();
        assertThat(same.changed().get(0).areas()).extracting(AreaChange::area).containsExactly(Area.PROCUREMENT_AND_PROPRIETY);
    }

    @Test
    void aChangeOfWhatTheRatingRestsOnIsAChange() {
        DiffReport r = diff(List.of(v2("1", Y2024, new Decided(80, 11), GOV02)), List.of(v2("1", Y2024, new Decided(85, 6), GOV02)));
        assertThat(r.changed()).hasSize(1);
        assertThat(r.changed().get(0).oldDecided()).isEqualTo(new Decided(80, 11));
        assertThat(r.changed().get(0).newDecided()).isEqualTo(new Decided(85, 6));
        assertThat(diff(List.of(v2("1", Y2024, new Decided(80, 11), GOV02)), List.of(v2("1", Y2024, new Decided(80, 11), GOV02))).changed()).isEmpty();
    }

    @Test
    void trustsInOneScanRankByPointsWhenTheCappedScoresTie() {
        Finding nti03 = f("NTI-03", Area.NOTICES, Severity.CRITICAL, "/notices/0");
        Finding rpt03 = f("RPT-03", Area.RELATED_PARTY, Severity.CRITICAL, "/transactions/0");
        // "a" 120 points, "b" 125: both CRITICAL at score 100; b first although a < b
        DiffReport r = diff(List.of(), List.of(a("a", Y2024, PAY05, nti03, rpt03), a("b", Y2024, PAY05, nti03, rpt03, RPT04_0)));
        assertThat(r.onlyInNew()).extracting(TrustSide::trustId).containsExactly("b", "a");
        assertThat(r.onlyInNew()).extracting(TrustSide::score).containsExactly(100, 100);
        assertThat(r.onlyInNew()).extracting(TrustSide::points).containsExactly(125, 120);
        // a tie of rating (CRITICAL) and points (45): more CRITICAL findings first. "a": three areas HIGH, no CRITICAL finding
        DiffReport t = diff(List.of(), List.of(a("a", Y2024, RPT07, f("GOV-10", Area.GOVERNANCE, Severity.HIGH, "/y"),
                        f("NTI-05", Area.NOTICES, Severity.HIGH, "/z")), a("z", Y2024, PAY05, RPT04_0)));
        assertThat(t.onlyInNew()).extracting(TrustSide::rating).containsExactly(Rating.CRITICAL, Rating.CRITICAL);
        assertThat(t.onlyInNew()).extracting(TrustSide::points).containsExactly(45, 45);
        assertThat(t.onlyInNew()).extracting(TrustSide::trustId).containsExactly("z", "a");
    }
}
