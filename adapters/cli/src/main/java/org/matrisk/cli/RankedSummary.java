package org.matrisk.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.AreaResult;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.Rating;
import org.matrisk.json.read.Rejected;

/**
 * The end-of-scan summary for regulators: counts by trust rating and by area rating, the riskiest
 * trusts with their top findings, the most frequent findings, and the rejected documents. Memory is
 * bounded: it keeps counters, the top {@code top} trusts and the first rejections, never the batch.
 */
final class RankedSummary {
    private static final int MAX_REJECTS_SHOWN = 20;

    private record Headline(String trustId, String name, Rating rating, int score, List<String> topFindings) {}

    private static final Comparator<Headline> RISK = Comparator.comparing(Headline::rating).reversed()
            .thenComparingInt(Headline::score).thenComparing(Headline::trustId, Comparator.reverseOrder());

    private final int top;
    private final Map<Rating, Long> byRating = new EnumMap<>(Rating.class);
    private final Map<Area, Map<Rating, Long>> byArea = new EnumMap<>(Area.class);
    private final Map<String, Long> byRule = new TreeMap<>();
    private final PriorityQueue<Headline> riskiest = new PriorityQueue<>(RISK);
    private final List<String> rejects = new ArrayList<>();
    private long rejected;

    RankedSummary(int top) {
        this.top = top;
        for (Area a : Area.values()) byArea.put(a, new EnumMap<>(Rating.class));
    }

    void accept(Assessment a) {
        byRating.merge(a.rating(), 1L, Long::sum);
        for (AreaResult r : a.areas()) byArea.get(r.area()).merge(r.rating(), 1L, Long::sum);
        for (Finding f : a.findings()) if (!f.suppressed()) byRule.merge(f.ruleId(), 1L, Long::sum);
        Headline h = new Headline(a.trust().id(), a.trust().name(), a.rating(), a.score(),
                a.findings().stream().filter(f -> !f.suppressed()).limit(3).map(f -> f.ruleId() + " " + f.severity()).toList());
        riskiest.add(h);
        if (riskiest.size() > top) riskiest.poll();
    }

    void reject(Rejected r) {
        rejected++;
        if (rejects.size() < MAX_REJECTS_SHOWN) rejects.add(r.describe());
    }

    void print(PrintStream out, long read, long assessed) {
        out.println();
        out.printf("Scan summary: %d documents read, %d assessed, %d rejected%n", read, assessed, rejected);
        out.print("Trusts by rating:");
        for (Rating r : Rating.values()) out.printf("  %s %d", r, byRating.getOrDefault(r, 0L));
        out.println();
        out.printf("%-14s %9s %9s %9s %9s%n", "AREA", "CRITICAL", "HIGH", "MEDIUM", "LOW");
        for (Area a : Area.values()) {
            Map<Rating, Long> m = byArea.get(a);
            out.printf("%-14s %9d %9d %9d %9d%n", a, m.getOrDefault(Rating.CRITICAL, 0L), m.getOrDefault(Rating.HIGH, 0L),
                    m.getOrDefault(Rating.MEDIUM, 0L), m.getOrDefault(Rating.LOW, 0L));
        }
        List<Headline> ranked = new ArrayList<>(riskiest);
        ranked.sort(RISK.reversed());
        if (!ranked.isEmpty()) {
            out.printf("Riskiest %d trust%s:%n", ranked.size(), ranked.size() == 1 ? "" : "s");
            int i = 1;
            for (Headline h : ranked)
                out.printf("%3d. %-10s %-8s %3d  %s  %s%n", i++, h.trustId(), h.rating(), h.score(), h.name(), String.join(", ", h.topFindings()));
        }
        if (!byRule.isEmpty()) {
            out.print("Most frequent findings:");
            byRule.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(10).forEach(e -> out.printf("  %s %d", e.getKey(), e.getValue()));
            out.println();
        }
        if (rejected > 0) {
            out.printf("Rejected documents (%d):%n", rejected);
            rejects.forEach(r -> out.println("  " + r));
            if (rejected > rejects.size()) out.printf("  ... and %d more (see --rejects)%n", rejected - rejects.size());
        }
    }
}
