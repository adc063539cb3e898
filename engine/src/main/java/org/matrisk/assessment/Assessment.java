package org.matrisk.assessment;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of assessing one trust document: immutable, deterministic (same input and rule pack,
 * same value), and the one model every output is written from.
 *
 * <p>Format version "1" (catalogue v1, a version 1 document) lists the six v1 areas and has no
 * {@code coverage} and no {@code decided} (both null here, left out of the JSON form). Format version
 * "2" (catalogue v2) lists seven areas and carries both (contract trust-data-v2.md section 8, catalogue
 * v2 section 5). Every assessment carries {@code points}: the plain, uncapped sum of the points of its
 * unsuppressed findings ({@code score} is that sum capped at 100). The components after {@code passed}
 * were added by catalogue v2; the JSON members follow the component order.
 */
public record Assessment(
        String formatVersion,
        TrustRef trust,
        PeriodRef period,
        LocalDate asOf,
        EngineInfo engine,
        RulePackInfo rulePack,
        String inputSha256,
        Rating rating,
        int score,
        List<AreaResult> areas,
        List<Finding> findings,
        List<UnknownOutcome> unknown,
        int passed,
        int points,
        Map<String, SectionCoverage> coverage,
        Decided decided) {

    /** Format version of a catalogue v1 assessment. */
    public static final String FORMAT_VERSION = "1";
    /** Format version of a catalogue v2 assessment. */
    public static final String FORMAT_VERSION_2 = "2";

    public Assessment {
        areas = List.copyOf(areas);
        findings = List.copyOf(findings);
        unknown = List.copyOf(unknown);
        coverage = coverage == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(coverage));
    }

    /**
     * A format version "1" assessment, as before catalogue v2: {@code points} is the sum of the areas'
     * points, no coverage, no decided.
     */
    public Assessment(String formatVersion, TrustRef trust, PeriodRef period, LocalDate asOf, EngineInfo engine,
                      RulePackInfo rulePack, String inputSha256, Rating rating, int score, List<AreaResult> areas,
                      List<Finding> findings, List<UnknownOutcome> unknown, int passed) {
        this(formatVersion, trust, period, asOf, engine, rulePack, inputSha256, rating, score, areas, findings, unknown, passed,
                areas.stream().mapToInt(AreaResult::points).sum(), null, null);
    }

    /** The format version of an assessment with catalogue {@code catalogue}: "1" for 1, "2" for 2. */
    public static String formatVersion(int catalogue) {
        return catalogue >= 2 ? FORMAT_VERSION_2 : FORMAT_VERSION;
    }

    public record TrustRef(String id, String name) {}
    public record PeriodRef(LocalDate start, LocalDate end) {}
    public record EngineInfo(String version) {}
    public record RulePackInfo(String id, String version, String sha256) {}

    /** The catalogue the assessment was made with: 2 for format version "2" (or later), else 1. */
    public int catalogue() {
        return FORMAT_VERSION.equals(formatVersion) || formatVersion == null ? 1 : 2;
    }

    /** A catalogue v2 assessment: it carries {@code coverage} and {@code decided}. */
    public boolean isV2() { return catalogue() >= 2; }

    public AreaResult area(Area a) {
        return areas.stream().filter(r -> r.area() == a).findFirst().orElseThrow();
    }

    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** The worst severity among unsuppressed findings, or null when there is none. */
    public Severity worstSeverity() {
        return findings.stream().filter(f -> !f.suppressed()).map(Finding::severity).min(Enum::compareTo).orElse(null);
    }

    /** Unsuppressed findings of severity {@code s}: what the ranking counts (catalogue v2 section 5). */
    public int count(Severity s) {
        int n = 0;
        for (Finding f : findings) if (!f.suppressed() && f.severity() == s) n++;
        return n;
    }

    /**
     * The sections the input declared partial (named with {@code complete: false}, or not named), in
     * contract order; empty for a format version "1" assessment.
     */
    public List<String> partialSections() {
        if (coverage == null) return List.of();
        return coverage.entrySet().stream().filter(e -> e.getValue() == null || !e.getValue().complete()).map(Map.Entry::getKey).toList();
    }

    /** The same assessment with other findings (the rating as it was): for changes that earn or lose no points. */
    public Assessment withFindings(List<Finding> newFindings) {
        return new Assessment(formatVersion, trust, period, asOf, engine, rulePack, inputSha256, rating, score, areas,
                newFindings, unknown, passed, points, coverage, decided);
    }

    /** The same assessment rated anew, e.g. after findings were suppressed. */
    public Assessment rerated(Rating newRating, int newScore, int newPoints, List<AreaResult> newAreas, List<Finding> newFindings) {
        return new Assessment(formatVersion, trust, period, asOf, engine, rulePack, inputSha256, newRating, newScore, newAreas,
                newFindings, unknown, passed, newPoints, coverage, decided);
    }
}
