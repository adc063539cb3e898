package org.matrisk.reports;

import java.util.List;
import java.util.function.BiFunction;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;

/**
 * The columns of one finding row, shared by the CSV file and the XLSX Findings sheet, in their stable
 * order. New columns are only ever appended. A row without a finding (a trust with no findings, in the
 * CSV) leaves the rule columns, {@code ruleId} to {@code suppressionExpires}, empty.
 *
 * <ul>
 * <li>{@code trustId, trustName}: the trust as the input names it.</li>
 * <li>{@code periodStart, periodEnd, asOf}: ISO dates (real dates in XLSX).</li>
 * <li>{@code trustRating, trustScore}: the trust's rating (CRITICAL, HIGH, MEDIUM, LOW) and score (0-100).</li>
 * <li>{@code ruleId, area, severity, title, message}: the finding.</li>
 * <li>{@code evidencePointers}: the RFC 6901 pointers into the input document, joined by {@code "; "}
 *     (the empty pointer means the whole document).</li>
 * <li>{@code evidenceValues}: {@code field=value} per evidence item, in the same order, joined by {@code "; "}.</li>
 * <li>{@code reference}: {@code SOURCE EDITION para PARAGRAPH, URL}, e.g. {@code ATH 2023 para 5.45, https://...}.</li>
 * <li>{@code parameters}: {@code name=value (from DATE, SOURCE)} per dated parameter the rule relied on, joined by {@code "; "}.</li>
 * <li>{@code suppressed}: {@code true} or {@code false}; a suppressed finding earns no points.</li>
 * <li>{@code suppressionJustification, suppressionBy, suppressionExpires}: the suppression, when there is one.</li>
 * </ul>
 * Appended with catalogue v2 (filled on every row of the trust, finding or not):
 * <ul>
 * <li>{@code trustPoints}: the trust's points, the plain uncapped sum behind {@code trustScore} (every format version).</li>
 * <li>{@code formatVersion}: the assessment's format version, {@code 1} or {@code 2}.</li>
 * <li>{@code decidedRules, packRules}: "rated on D of N rules": D, the rules of the pack with no unknown entry, and N, the
 *     pack's rules (format version 2 only; empty for 1).</li>
 * <li>{@code partialSections}: the sections the input declared partial, joined by {@code "; "} (format version 2 only;
 *     empty for 1, and when every section is complete).</li>
 * </ul>
 */
enum FindingColumn {
    TRUST_ID("trustId", 12, (a, f) -> a.trust().id()),
    TRUST_NAME("trustName", 30, (a, f) -> a.trust().name()),
    PERIOD_START("periodStart", 12, (a, f) -> a.period().start()),
    PERIOD_END("periodEnd", 12, (a, f) -> a.period().end()),
    AS_OF("asOf", 12, (a, f) -> a.asOf()),
    TRUST_RATING("trustRating", 12, (a, f) -> a.rating()),
    TRUST_SCORE("trustScore", 11, (a, f) -> a.score()),
    RULE_ID("ruleId", 10, (a, f) -> f == null ? null : f.ruleId()),
    AREA("area", 15, (a, f) -> f == null ? null : f.area()),
    SEVERITY("severity", 10, (a, f) -> f == null ? null : f.severity()),
    TITLE("title", 40, (a, f) -> f == null ? null : f.title()),
    MESSAGE("message", 80, (a, f) -> f == null ? null : f.message()),
    EVIDENCE_POINTERS("evidencePointers", 25, (a, f) -> f == null ? null : Text.pointers(f.evidence())),
    EVIDENCE_VALUES("evidenceValues", 30, (a, f) -> f == null ? null : Text.evidenceValues(f.evidence())),
    REFERENCE("reference", 40, (a, f) -> f == null ? null : Text.reference(f.reference())),
    PARAMETERS("parameters", 40, (a, f) -> f == null ? null : Text.parameters(f.parameters())),
    SUPPRESSED("suppressed", 11, (a, f) -> f == null ? null : f.suppressed()),
    SUPPRESSION_JUSTIFICATION("suppressionJustification", 30, (a, f) -> f == null || !f.suppressed() ? null : f.suppression().justification()),
    SUPPRESSION_BY("suppressionBy", 14, (a, f) -> f == null || !f.suppressed() ? null : f.suppression().by()),
    SUPPRESSION_EXPIRES("suppressionExpires", 14, (a, f) -> f == null || !f.suppressed() ? null : f.suppression().expires()),
    TRUST_POINTS("trustPoints", 11, (a, f) -> a.points()),
    FORMAT_VERSION("formatVersion", 13, (a, f) -> a.formatVersion()),
    DECIDED_RULES("decidedRules", 12, (a, f) -> a.decided() == null ? null : a.decided().rules()),
    PACK_RULES("packRules", 10, (a, f) -> a.decided() == null ? null : a.decided().total()),
    PARTIAL_SECTIONS("partialSections", 40, (a, f) -> a.decided() == null ? null : Text.partialSections(a));

    static final List<FindingColumn> ALL = List.of(values());

    final String header;
    /** A column width for spreadsheets, in characters. */
    final double width;
    private final BiFunction<Assessment, Finding, Object> value;

    FindingColumn(String header, double width, BiFunction<Assessment, Finding, Object> value) {
        this.header = header;
        this.width = width;
        this.value = value;
    }

    /**
     * The cell's value: a String, Integer, Boolean, LocalDate or enum constant, or null for an empty
     * cell. {@code f} may be null (a trust without findings).
     */
    Object value(Assessment a, Finding f) {
        return value.apply(a, f);
    }
}
