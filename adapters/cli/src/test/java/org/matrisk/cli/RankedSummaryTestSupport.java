package org.matrisk.cli;

import java.util.ArrayList;
import java.util.List;
import org.matrisk.assessment.AreaResult;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;
import org.matrisk.engine.rating.RatingPolicy;

/** Assessments derived from others for the ranking tests. */
final class RankedSummaryTestSupport {
    private RankedSummaryTestSupport() {}

    /** {@code a} without its first finding of {@code ruleId}, rated anew. */
    static Assessment withoutOneFinding(Assessment a, String ruleId) {
        List<Finding> fs = new ArrayList<>(a.findings());
        fs.remove(fs.stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow());
        RatingPolicy.Result r = RatingPolicy.DEFAULT.rate(fs, a.areas().stream().map(AreaResult::area).toList());
        return a.rerated(r.rating(), r.score(), r.points(), r.areas(), fs);
    }
}
