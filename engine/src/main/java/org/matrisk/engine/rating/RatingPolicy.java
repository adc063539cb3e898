package org.matrisk.engine.rating;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.AreaResult;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.Rating;
import org.matrisk.assessment.Severity;

/**
 * How findings become scores and ratings. {@link #DEFAULT} is the catalogue's policy: points per
 * unsuppressed FAIL finding (CRITICAL 40, HIGH 15, MEDIUM 5, LOW 1, INFO 0); area score capped at
 * 100; area CRITICAL with a CRITICAL finding, else HIGH with a HIGH finding or score &ge; 30, else
 * MEDIUM with a MEDIUM finding or score &ge; 10, else LOW; trust rating the worst area rating, but
 * CRITICAL when three or more areas are HIGH or worse; trust score the sum of all points, capped.
 */
public record RatingPolicy(Map<Severity, Integer> points, int cap, int highScore, int mediumScore, int criticalAreas) {

    public static final RatingPolicy DEFAULT = new RatingPolicy(
            Map.of(Severity.CRITICAL, 40, Severity.HIGH, 15, Severity.MEDIUM, 5, Severity.LOW, 1, Severity.INFO, 0),
            100, 30, 10, 3);

    public record Result(Rating rating, int score, List<AreaResult> areas) {}

    public int points(Finding f) {
        return f.suppressed() ? 0 : points.getOrDefault(f.severity(), 0);
    }

    public Result rate(List<Finding> findings) {
        Map<Area, List<Finding>> byArea = new EnumMap<>(Area.class);
        for (Area a : Area.values()) byArea.put(a, new ArrayList<>());
        findings.forEach(f -> byArea.get(f.area()).add(f));
        List<AreaResult> areas = new ArrayList<>();
        int total = 0;
        Rating worst = Rating.LOW;
        int highOrWorse = 0;
        for (Area a : Area.values()) {
            List<Finding> fs = byArea.get(a);
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
            areas.add(new AreaResult(a, r, score, fs.size()));
        }
        Rating trust = highOrWorse >= criticalAreas ? Rating.CRITICAL : worst;
        return new Result(trust, Math.min(total, cap), areas);
    }
}
