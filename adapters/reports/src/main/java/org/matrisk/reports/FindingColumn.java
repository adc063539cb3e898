package org.matrisk.reports;

import java.util.List;
import java.util.function.BiFunction;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;

/**
 * The columns of one finding row, shared by the CSV file and the XLSX Findings sheet, in their stable
 * order. New columns are only ever appended. A row without a finding (a trust with no findings, in the
 * CSV) leaves the rule columns, from {@code ruleId} on, empty.
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
    SUPPRESSION_EXPIRES("suppressionExpires", 14, (a, f) -> f == null || !f.suppressed() ? null : f.suppression().expires());

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
