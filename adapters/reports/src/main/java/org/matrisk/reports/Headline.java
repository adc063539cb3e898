package org.matrisk.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.AreaResult;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Decided;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.Rating;
import org.matrisk.assessment.Severity;
import org.matrisk.engine.rating.RankKey;

/**
 * What the HTML summary needs of one trust, kept in memory for the whole batch while the details go to
 * disk: a few hundred bytes, never the findings themselves beyond the titles of the first
 * {@value #TOP} unsuppressed ones. {@code areaRatings[a.ordinal()]} is null for an area the assessment
 * does not list; {@code decided} is null and {@code partialSections} empty for format version "1".
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
        List<Top> top,
        int points,
        int[] areaPoints,
        Decided decided,
        List<String> partialSections,
        List<String> unknownRules,
        int[] areaFindings) {

    static final int TOP = 3;

    record Top(String ruleId, Severity severity, String title) {}

    static Headline of(int index, Assessment a) {
        Rating[] ratings = new Rating[Area.values().length];
        int[] scores = new int[Area.values().length];
        int[] points = new int[Area.values().length];
        int[] areaFindings = new int[Area.values().length];
        for (AreaResult r : a.areas()) {
            areaFindings[r.area().ordinal()] = r.findings();
            ratings[r.area().ordinal()] = r.rating();
            scores[r.area().ordinal()] = r.score();
            points[r.area().ordinal()] = r.points();
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
                ratings, scores, bySeverity, suppressed, a.unknown().size(), List.copyOf(top),
                a.points(), points, a.decided(), a.partialSections(),
                a.unknown().stream().map(u -> u.ruleId()).distinct().limit(5).toList(), areaFindings);
    }

    /** The areas with findings (as the assessment counts them), in order. */
    List<Area> areasWithFindings() {
        List<Area> out = new ArrayList<>();
        for (Area a : Area.values()) if (areaRatings[a.ordinal()] != null && areaFindings[a.ordinal()] > 0) out.add(a);
        return out;
    }

    /** Unsuppressed findings. */
    int findings() {
        int n = 0;
        for (int c : bySeverity) n += c;
        return n;
    }

    /** Where the trust ranks: {@link RankKey#RISKIEST_FIRST}, the ranking of every summary. */
    RankKey rank() {
        return new RankKey(rating, points, bySeverity[Severity.CRITICAL.ordinal()], bySeverity[Severity.HIGH.ordinal()], trustId);
    }

    /** The areas the assessment lists, in order. */
    List<Area> areas() {
        List<Area> out = new ArrayList<>();
        for (Area a : Area.values()) if (areaRatings[a.ordinal()] != null) out.add(a);
        return out;
    }

    String anchor() { return HtmlReportWriter.trustAnchor(index); }
}
