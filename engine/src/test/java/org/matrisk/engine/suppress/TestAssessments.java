package org.matrisk.engine.suppress;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Evidence;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.Reference;
import org.matrisk.assessment.Severity;
import org.matrisk.engine.rating.RatingPolicy;

/** Assessments built from records, rated with the default policy (the engine module cannot use the example documents). */
final class TestAssessments {
    private TestAssessments() {}

    static Finding finding(String ruleId, Area area, Severity severity, String... pointers) {
        List<Evidence> evidence = Arrays.stream(pointers).map(p -> new Evidence(p, "f", "v")).toList();
        return new Finding(ruleId, area, severity, ruleId + " title", ruleId + " message",
                new Reference("ATH", "2024", "1.1", "https://example.org"), evidence, List.of(), null);
    }

    static Assessment assessment(String trustId, LocalDate asOf, Finding... findings) {
        RatingPolicy.Result r = RatingPolicy.DEFAULT.rate(List.of(findings));
        return new Assessment(Assessment.FORMAT_VERSION, new Assessment.TrustRef(trustId, "Trust " + trustId),
                new Assessment.PeriodRef(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 8, 31)), asOf,
                new Assessment.EngineInfo("0.1.0"), new Assessment.RulePackInfo("builtin", "1", "abc"), "sha",
                r.rating(), r.score(), r.areas(), List.of(findings), List.of(), 40);
    }
}
