package org.matrisk.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.AreaResult;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Decided;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.Rating;
import org.matrisk.engine.rating.RankKey;
import org.matrisk.json.read.Rejected;

/**
 * The end-of-scan summary for regulators: counts by trust rating and by area rating, the riskiest
 * trusts with their top findings, the most frequent findings, and the rejected documents. Memory is
 * bounded: it keeps counters, the top {@code top} trusts and the first rejections, never the batch.
 *
 * <p>The riskiest trusts are those first in the one ranking of trusts ({@link RankKey#RISKIEST_FIRST}:
 * rating, points, CRITICAL and HIGH findings, trust id); each line shows rating, score and points, and
 * for a version 2 assessment "rated on D of N rules" and its number of partial sections. The area table
 * lists the areas the batch's assessments list (seven as soon as one is of format version 2). When the
 * batch has version 2 assessments, a line counts, per section, the trusts whose data left it partial.
 */
final class RankedSummary {
    private static final int MAX_REJECTS_SHOWN = 20;

    private record Headline(RankKey rank, String name, int score, Decided decided, int partialSections, List<String> topFindings) {}

    /** Least risky first: the head of the queue is the one to drop. */
    private static final Comparator<Headline> LEAST_RISKY_FIRST = Comparator.comparing(Headline::rank, RankKey.RISKIEST_FIRST).reversed();

    private final int top;
    private final Map<Rating, Long> byRating = new EnumMap<>(Rating.class);
    private final Map<Area, Map<Rating, Long>> byArea = new EnumMap<>(Area.class);
    private final Set<Area> listed = EnumSet.noneOf(Area.class);
    private final Map<String, Long> byRule = new TreeMap<>();
    /** Trusts with at least one unsuppressed finding of the rule. */
    private final Map<String, Long> trustsByRule = new TreeMap<>();
    /** Version 2 assessments per partial section, in contract order (the order the assessments give). */
    private final Map<String, Long> partialBySection = new java.util.LinkedHashMap<>();
    private long v2;
    private final PriorityQueue<Headline> riskiest = new PriorityQueue<>(LEAST_RISKY_FIRST);
    private final List<String> rejects = new ArrayList<>();
    private long rejected;

    RankedSummary(int top) {
        this.top = top;
        for (Area a : Area.values()) byArea.put(a, new EnumMap<>(Rating.class));
    }

    void accept(Assessment a) {
        byRating.merge(a.rating(), 1L, Long::sum);
        for (AreaResult r : a.areas()) {
            listed.add(r.area());
            byArea.get(r.area()).merge(r.rating(), 1L, Long::sum);
        }
        java.util.Set<String> rules = new java.util.HashSet<>();
        for (Finding f : a.findings()) {
            if (f.suppressed()) continue;
            byRule.merge(f.ruleId(), 1L, Long::sum);
            if (rules.add(f.ruleId())) trustsByRule.merge(f.ruleId(), 1L, Long::sum);
        }
        List<String> partial = a.partialSections();
        if (a.coverage() != null) {
            v2++;
            for (String s : a.coverage().keySet()) partialBySection.putIfAbsent(s, 0L);
            for (String s : partial) partialBySection.merge(s, 1L, Long::sum);
        }
        Headline h = new Headline(RankKey.of(a), a.trust().name(), a.score(), a.decided(), partial.size(),
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
        List<Area> areas = listed.isEmpty() ? Area.v1() : List.copyOf(listed);
        int width = Math.max(14, areas.stream().mapToInt(a -> a.name().length()).max().orElse(0));
        out.printf("%-" + width + "s %9s %9s %9s %9s%n", "AREA", "CRITICAL", "HIGH", "MEDIUM", "LOW");
        for (Area a : areas) {
            Map<Rating, Long> m = byArea.get(a);
            out.printf("%-" + width + "s %9d %9d %9d %9d%n", a, m.getOrDefault(Rating.CRITICAL, 0L), m.getOrDefault(Rating.HIGH, 0L),
                    m.getOrDefault(Rating.MEDIUM, 0L), m.getOrDefault(Rating.LOW, 0L));
        }
        if (v2 > 0) {
            out.printf("Partial sections (of %d version 2 trust%s):", v2, v2 == 1 ? "" : "s");
            boolean any = false;
            for (Map.Entry<String, Long> e : partialBySection.entrySet()) {
                if (e.getValue() == 0) continue;
                out.printf("  %s %d", e.getKey(), e.getValue());
                any = true;
            }
            out.println(any ? "" : "  none");
        }
        List<Headline> ranked = new ArrayList<>(riskiest);
        ranked.sort(LEAST_RISKY_FIRST.reversed());
        if (!ranked.isEmpty()) {
            out.printf("Riskiest %d trust%s:%n", ranked.size(), ranked.size() == 1 ? "" : "s");
            int i = 1;
            for (Headline h : ranked) {
                String ratedOn = h.decided() == null ? ""
                        : String.format("  [rated on %d of %d rules; %d partial section%s]", h.decided().rules(), h.decided().total(),
                                h.partialSections(), h.partialSections() == 1 ? "" : "s");
                out.printf("%3d. %-10s %-8s %3d %5d pts  %s  %s%s%n", i++, h.rank().trustId(), h.rank().rating(), h.score(), h.rank().points(),
                        h.name(), String.join(", ", h.topFindings()), ratedOn);
            }
        }
        if (!byRule.isEmpty()) {
            out.print("Most frequent findings, findings (trusts):");
            byRule.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(10).forEach(e -> out.printf("  %s %d (%d)", e.getKey(), e.getValue(), trustsByRule.get(e.getKey())));
            out.println();
        }
        if (rejected > 0) {
            out.printf("Rejected documents (%d):%n", rejected);
            rejects.forEach(r -> out.println("  " + r));
            if (rejected > rejects.size()) out.printf("  ... and %d more (see --rejects)%n", rejected - rejects.size());
        }
    }
}
