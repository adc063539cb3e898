package org.matrisk.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.AreaResult;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.Rating;
import org.matrisk.assessment.Severity;

/**
 * What the HTML summary needs of one trust, kept in memory for the whole batch while the details go to
 * disk: a few hundred bytes, never the findings themselves beyond the titles of the first
 * {@value #TOP} unsuppressed ones.
 */
record Headline(
        int index,
        String trustId,
        String trustName,
        LocalDate asOf,
        Rating rating,
        int score,
        Rating[] areaRatings,
        int[] areaScores,
        int[] bySeverity,
        int suppressed,
        int unknown,
        List<Top> top) {

    static final int TOP = 3;

    record Top(String ruleId, Severity severity, String title) {}

    static Headline of(int index, Assessment a) {
        Rating[] ratings = new Rating[Area.values().length];
        int[] scores = new int[Area.values().length];
        for (AreaResult r : a.areas()) {
            ratings[r.area().ordinal()] = r.rating();
            scores[r.area().ordinal()] = r.score();
        }
        int[] bySeverity = new int[Severity.values().length];
        int suppressed = 0;
        List<Top> top = new ArrayList<>(TOP);
        for (Finding f : a.findings()) {
            if (f.suppressed()) {
                suppressed++;
                continue;
            }
            bySeverity[f.severity().ordinal()]++;
            if (top.size() < TOP) top.add(new Top(f.ruleId(), f.severity(), f.title()));
        }
        return new Headline(index, a.trust().id(), a.trust().name(), a.asOf(), a.rating(), a.score(),
                ratings, scores, bySeverity, suppressed, a.unknown().size(), List.copyOf(top));
    }

    /** Unsuppressed findings. */
    int findings() {
        int n = 0;
        for (int c : bySeverity) n += c;
        return n;
    }

    String anchor() { return HtmlReportWriter.trustAnchor(index); }
}
