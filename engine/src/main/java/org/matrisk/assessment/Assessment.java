package org.matrisk.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of assessing one trust document: immutable, deterministic (same input and rule pack,
 * same value), and the one model every output is written from. Format version "1" of the
 * assessment contract.
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
        int passed) {

    public static final String FORMAT_VERSION = "1";

    public Assessment {
        areas = List.copyOf(areas);
        findings = List.copyOf(findings);
        unknown = List.copyOf(unknown);
    }

    public record TrustRef(String id, String name) {}
    public record PeriodRef(LocalDate start, LocalDate end) {}
    public record EngineInfo(String version) {}
    public record RulePackInfo(String id, String version, String sha256) {}

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
}
