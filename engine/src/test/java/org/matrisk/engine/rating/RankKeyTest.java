package org.matrisk.engine.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.Rating;
import org.matrisk.assessment.Severity;

class RankKeyTest {

    static Assessment a(String id, Finding... findings) {
        RatingPolicy.Result r = RatingPolicy.DEFAULT.rate(List.of(findings));
        return new Assessment("1", new Assessment.TrustRef(id, "Trust " + id), new Assessment.PeriodRef(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 8, 31)),
                LocalDate.of(2024, 12, 31), new Assessment.EngineInfo("0.1.0"), new Assessment.RulePackInfo("builtin", "1", "x"), "sha",
                r.rating(), r.score(), r.areas(), List.of(findings), List.of(), 40, r.points(), null, null);
    }

    static Finding f(Area area, Severity s) { return RatingPolicyTest.f(area, s); }

    static Finding[] many(int n, Area area, Severity s) {
        Finding[] out = new Finding[n];
        for (int i = 0; i < n; i++) out[i] = f(area, s);
        return out;
    }

    static Finding[] concat(Finding[]... parts) {
        List<Finding> l = new ArrayList<>();
        for (Finding[] p : parts) Collections.addAll(l, p);
        return l.toArray(Finding[]::new);
    }

    @Test
    void ratingThenPointsThenCriticalThenHighThenTrustId() {
        // both CRITICAL with score 100: points decide (the cap hid them)
        Assessment critical160 = a("z-critical-160", many(4, Area.REMUNERATION, Severity.CRITICAL));
        Assessment critical120 = a("a-critical-120", many(3, Area.REMUNERATION, Severity.CRITICAL));
        // same rating and points (45): three HIGH (45) against one HIGH and six MEDIUM (15 + 30)
        Assessment high45threeHigh = a("y-high-45", many(3, Area.GOVERNANCE, Severity.HIGH));
        Assessment high45oneHigh = a("b-high-45", concat(many(1, Area.GOVERNANCE, Severity.HIGH), many(6, Area.GROWTH, Severity.MEDIUM)));
        // same rating, points, CRITICAL and HIGH counts: trust id
        Assessment medium5a = a("m1", f(Area.NOTICES, Severity.MEDIUM));
        Assessment medium5b = a("m2", f(Area.AUTONOMY, Severity.MEDIUM));
        Assessment low = a("0-low");

        assertThat(critical160.score()).isEqualTo(critical120.score()).isEqualTo(100);
        assertThat(high45threeHigh.points()).isEqualTo(high45oneHigh.points()).isEqualTo(45);
        assertThat(high45threeHigh.rating()).isEqualTo(high45oneHigh.rating()).isEqualTo(Rating.HIGH);

        List<Assessment> all = new ArrayList<>(List.of(low, medium5b, high45oneHigh, critical120, medium5a, high45threeHigh, critical160));
        all.sort(RankKey.ASSESSMENTS_RISKIEST_FIRST);
        assertThat(all).extracting(x -> x.trust().id())
                .containsExactly("z-critical-160", "a-critical-120", "y-high-45", "b-high-45", "m1", "m2", "0-low");
    }

    @Test
    void criticalFindingsBreakATieOfRatingAndPoints() {
        // 90 points and CRITICAL both: three areas HIGH by score (18 MEDIUM findings), against two CRITICAL and two MEDIUM findings
        Assessment noCritical = a("a", concat(many(6, Area.GOVERNANCE, Severity.MEDIUM), many(6, Area.GROWTH, Severity.MEDIUM),
                many(6, Area.NOTICES, Severity.MEDIUM)));
        Assessment twoCritical = a("z", concat(many(2, Area.NOTICES, Severity.CRITICAL), many(2, Area.GOVERNANCE, Severity.MEDIUM)));
        assertThat(noCritical.rating()).isEqualTo(twoCritical.rating()).isEqualTo(Rating.CRITICAL);
        assertThat(noCritical.points()).isEqualTo(twoCritical.points()).isEqualTo(90);
        List<Assessment> l = new ArrayList<>(List.of(noCritical, twoCritical));
        l.sort(RankKey.ASSESSMENTS_RISKIEST_FIRST);
        assertThat(l).extracting(x -> x.trust().id()).containsExactly("z", "a");
    }

    @Test
    void suppressedFindingsCountNeitherInPointsNorInTheSeverityCounts() {
        Finding c = f(Area.NOTICES, Severity.CRITICAL);
        Assessment withSuppressed = a("a", RatingPolicyTest.suppressed(Area.REMUNERATION, Severity.CRITICAL), c);
        RankKey k = RankKey.of(withSuppressed);
        assertThat(k.critical()).isEqualTo(1);
        assertThat(k.points()).isEqualTo(40);
        Assessment plain = a("b", c);
        assertThat(RankKey.RISKIEST_FIRST.compare(RankKey.of(withSuppressed), RankKey.of(plain))).isNegative(); // only the id differs
        assertThat(RankKey.RISKIEST_FIRST.compare(new RankKey(Rating.HIGH, 45, 0, 3, "b"), new RankKey(Rating.HIGH, 45, 0, 1, "a"))).isNegative();
    }
}
