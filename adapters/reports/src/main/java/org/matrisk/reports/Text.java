package org.matrisk.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Decided;
import org.matrisk.assessment.Evidence;
import org.matrisk.assessment.ParameterUse;
import org.matrisk.assessment.Reference;

/**
 * How the report formats turn parts of an assessment into text, in one place so that CSV, XLSX and
 * HTML say the same thing the same way. Lists inside one cell are joined with {@value #LIST_SEPARATOR},
 * in the order of the assessment.
 */
final class Text {
    private Text() {}

    static final String LIST_SEPARATOR = "; ";

    static String of(Object o) { return o == null ? "" : o.toString(); }

    static String date(LocalDate d) { return d == null ? "" : d.toString(); }

    /** The evidence pointers, e.g. {@code /transactions/0; /parties/2}; the whole document is {@code ""}. */
    static String pointers(List<Evidence> evidence) {
        StringJoiner j = new StringJoiner(LIST_SEPARATOR);
        for (Evidence e : evidence) j.add(of(e.pointer()));
        return j.toString();
    }

    /** The evidence values, parallel to {@link #pointers}: {@code field=value}, e.g. {@code amount=45000.00}. */
    static String evidenceValues(List<Evidence> evidence) {
        StringJoiner j = new StringJoiner(LIST_SEPARATOR);
        for (Evidence e : evidence) j.add(field(e.field(), e.value()));
        return j.toString();
    }

    private static String field(String field, String value) {
        if (field == null || field.isEmpty()) return of(value);
        return field + "=" + of(value);
    }

    /** {@code ATH 2023 para 5.45, https://...}, leaving out what the reference does not give. */
    static String reference(Reference r) {
        if (r == null) return "";
        StringJoiner j = new StringJoiner(" ");
        if (notBlank(r.source())) j.add(r.source());
        if (notBlank(r.edition())) j.add(r.edition());
        if (notBlank(r.paragraph())) j.add("para " + r.paragraph());
        String cite = j.toString();
        if (!notBlank(r.url())) return cite;
        return cite.isEmpty() ? r.url() : cite + ", " + r.url();
    }

    /** {@code name=value (from 2023-09-01, source)} per parameter. */
    static String parameters(List<ParameterUse> params) {
        StringJoiner j = new StringJoiner(LIST_SEPARATOR);
        for (ParameterUse p : params) {
            StringBuilder b = new StringBuilder(field(p.name(), p.value()));
            StringJoiner paren = new StringJoiner(", ", " (", ")").setEmptyValue("");
            if (p.effectiveFrom() != null) paren.add("from " + p.effectiveFrom());
            if (notBlank(p.source())) paren.add(p.source());
            j.add(b.append(paren).toString());
        }
        return j.toString();
    }

    static boolean notBlank(String s) { return s != null && !s.isBlank(); }

    /** {@code rated on D of N rules} (catalogue v2 section 5), or "" without {@code decided} (format version "1"). */
    static String ratedOn(Decided d) {
        return d == null ? "" : "rated on " + d.rules() + " of " + d.total() + " rules";
    }

    /** The partial sections of a version 2 assessment, joined by {@value #LIST_SEPARATOR}; "" for version 1 or none. */
    static String partialSections(Assessment a) {
        return String.join(LIST_SEPARATOR, a.partialSections());
    }

    /** A heading for an area that a trust board reads without the catalogue at hand. */
    static String areaLabel(Area a) {
        return switch (a) {
            case NOTICES -> "Notices and finances";
            case RELATED_PARTY -> "Related-party transactions";
            case REMUNERATION -> "Executive pay";
            case GROWTH -> "Growth";
            case AUTONOMY -> "Academy autonomy";
            case GOVERNANCE -> "Governance";
            case PROCUREMENT_AND_PROPRIETY -> "Procurement and propriety";
        };
    }

    /** {@code RELATED_PARTY} to {@code relatedParty}: the area part of a camelCase column name. */
    static String camel(Area a) {
        String[] parts = a.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        return b.toString();
    }
}
