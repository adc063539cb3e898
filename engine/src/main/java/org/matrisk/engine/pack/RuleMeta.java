package org.matrisk.engine.pack;

import java.util.List;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.Reference;
import org.matrisk.assessment.Severity;

/**
 * The metadata declared beside a rule in its DRL file:
 * <pre>
 * rule "GOV-01 fewer than three members"
 *   &#64;id("GOV-01") &#64;area("GOVERNANCE") &#64;severity("HIGH") &#64;scope("trust")
 *   &#64;title("...") &#64;message("... {count} ...") &#64;condition("fewer than 3 members")
 *   &#64;source("ATH") &#64;edition("2024") &#64;paragraph("1.3") &#64;url("https://...")
 *   &#64;parameters("gov.minMembers")
 *   &#64;requires("/governance/members")
 * </pre>
 * {@code scope} is {@code trust} (one finding per trust) or {@code item} (one per offending item).
 * Companion rules that only record UNKNOWN outcomes carry {@code @id} and {@code @outcome("UNKNOWN")}.
 * {@code requires} are the declared data needs (canonical paths, see {@link org.matrisk.engine.DataNeeds}):
 * when one is absent from a document, the engine records the rule's UNKNOWN outcome itself.
 * {@code file} is where the rule is declared ({@code file:line}). {@code requirement} (optional,
 * {@code @requirement}) says what a finding of the rule asks of a payer before a payment goes out
 * ({@link #REQUIREMENTS}); null when the rule does not say. {@code coverage} ({@code @partial}, optional): the
 * item collections the rule judges item by item and the sections whose partial state the rule reports as
 * UNKNOWN at section level on a version 2 document ({@link CoverageGap}). {@code since} ({@code @catalogue},
 * optional, default 1): the first catalogue the rule belongs to; a rule added by catalogue v2 declares
 * {@code @catalogue("2")} and is neither evaluated, reported nor counted for a document assessed with catalogue 1
 * (rule-catalogue-v2.md 7.1: nothing in catalogue v2 changes catalogue v1's outcome on a v1 document).
 * {@code seeAlso} ({@code @seeAlso}, optional):
 * secondary sources kept beside the primary {@code reference} (where a paragraph number was found, a summary), one
 * entry per source, entries separated by {@code |} in the metadata; shown by {@code explain} and docs/rules.md, never
 * part of an assessment (a finding carries {@code reference} only). {@link Citations} judges whether the reference
 * is a primary citation.
 */
public record RuleMeta(
        String id,
        Area area,
        Severity severity,
        Scope scope,
        String title,
        String message,
        String condition,
        String example,
        Reference reference,
        List<String> parameters,
        List<String> requires,
        String file,
        String requirement,
        List<CoverageGap> coverage,
        int since,
        List<String> seeAlso) {

    public RuleMeta {
        seeAlso = seeAlso == null ? List.of() : List.copyOf(seeAlso);
    }

    /** A rule of catalogue 1 (and every later one) with no {@code @seeAlso}. */
    public RuleMeta(String id, Area area, Severity severity, Scope scope, String title, String message, String condition,
                    String example, Reference reference, List<String> parameters, List<String> requires, String file,
                    String requirement, List<CoverageGap> coverage) {
        this(id, area, severity, scope, title, message, condition, example, reference, parameters, requires, file,
                requirement, coverage, 1, List.of());
    }

    /** True when the rule belongs to catalogue {@code catalogue} (it was there from {@link #since()} on). */
    public boolean appliesTo(int catalogue) { return since <= catalogue; }

    /** The entries of an {@code @seeAlso} value: separated by {@code |}, trimmed, blanks dropped. */
    public static List<String> seeAlso(String metadata) {
        if (metadata == null || metadata.isBlank()) return List.of();
        return java.util.Arrays.stream(metadata.split("\\|")).map(String::strip).filter(e -> !e.isEmpty()).toList();
    }

    public enum Scope { TRUST, ITEM }

    /** The values of {@code @requirement}: declare it, seek approval, obtain at-cost assurance, do not pay as proposed. */
    public static final List<String> REQUIREMENTS = List.of("DECLARE", "APPROVE", "AT_COST", "BLOCKED");

    /** The metadata every primary rule must declare. */
    public static final List<String> REQUIRED = List.of(
            "id", "area", "severity", "scope", "title", "message", "condition", "example", "source", "edition", "paragraph", "url");
}
