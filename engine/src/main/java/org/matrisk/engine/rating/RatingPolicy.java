package org.matrisk.engine.rating;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.AreaResult;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.Rating;
import org.matrisk.assessment.Severity;

/**
 * How findings become points, scores and ratings. {@link #DEFAULT} is the catalogue's policy (v1, and
 * v2 section 5, which keeps it): points per unsuppressed FAIL finding (CRITICAL 40, HIGH 15, MEDIUM 5,
 * LOW 1, INFO 0); area points the plain sum, area score the points capped at 100; area CRITICAL with a
 * CRITICAL finding, else HIGH with a HIGH finding or score &ge; 30, else MEDIUM with a MEDIUM finding or
 * score &ge; 10, else LOW; trust rating the worst area rating, but CRITICAL when three or more of the
 * listed areas (six in catalogue v1, seven in v2) are HIGH or worse; trust points the plain sum of all
 * points, trust score the points capped at 100.
 */
public record RatingPolicy(Map<Severity, Integer> points, int cap, int highScore, int mediumScore, int criticalAreas) {

    public static final RatingPolicy DEFAULT = new RatingPolicy(
            Map.of(Severity.CRITICAL, 40, Severity.HIGH, 15, Severity.MEDIUM, 5, Severity.LOW, 1, Severity.INFO, 0),
            100, 30, 10, 3);

    /** {@code points}: uncapped; {@code score}: capped. */
    public record Result(Rating rating, int score, int points, List<AreaResult> areas) {
        public Result {
            areas = List.copyOf(areas);
        }
    }

    public int points(Finding f) {
        return f.suppressed() ? 0 : points.getOrDefault(f.severity(), 0);
    }

    /** Rates findings over the six areas of catalogue v1. */
    public Result rate(List<Finding> findings) {
        return rate(findings, Area.v1());
    }

    /** Rates findings over the areas of catalogue {@code catalogue} ({@link Area#of}). */
    public Result rate(List<Finding> findings, int catalogue) {
        return rate(findings, Area.of(catalogue));
    }

    /**
     * Rates findings over {@code listed} areas. A finding in an area not listed (only a custom pack can
     * give one) adds that area to the list, in area order, rather than being lost.
     */
    public Result rate(List<Finding> findings, List<Area> listed) {
        Set<Area> areaSet = EnumSet.noneOf(Area.class);
        areaSet.addAll(listed);
        Map<Area, List<Finding>> byArea = new EnumMap<>(Area.class);
        for (Finding f : findings) {
            areaSet.add(f.area());
            byArea.computeIfAbsent(f.area(), k -> new ArrayList<>()).add(f);
        }
        List<AreaResult> areas = new ArrayList<>();
        int total = 0;
        Rating worst = Rating.LOW;
        int highOrWorse = 0;
        for (Area a : areaSet) {
            List<Finding> fs = byArea.getOrDefault(a, List.of());
            int raw = 0;
            boolean critical = false, high = false, medium = false;
            for (Finding f : fs) {
                if (f.suppressed()) continue;
                raw += points(f);
                critical |= f.severity() == Severity.CRITICAL;
                high |= f.severity() == Severity.HIGH;
                medium |= f.severity() == Severity.MEDIUM;
            }
            total += raw;
            int score = Math.min(raw, cap);
            Rating r = critical ? Rating.CRITICAL
                    : (high || score >= highScore) ? Rating.HIGH
                    : (medium || score >= mediumScore) ? Rating.MEDIUM
                    : Rating.LOW;
            if (r.atLeast(Rating.HIGH)) highOrWorse++;
            worst = Rating.worst(worst, r);
            areas.add(new AreaResult(a, r, score, fs.size(), raw));
        }
        Rating trust = highOrWorse >= criticalAreas ? Rating.CRITICAL : worst;
        return new Result(trust, Math.min(total, cap), total, areas);
    }
}
