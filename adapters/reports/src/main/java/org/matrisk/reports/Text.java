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

    // ------------------------------------------------------------------ words for people (rendering only)

    private static final java.time.format.DateTimeFormatter LONG_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);
    private static final java.util.regex.Pattern TWO_DECIMALS = java.util.regex.Pattern.compile("-?[0-9]+\\.[0-9]{2}");
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final java.util.regex.Pattern CONSTANT = java.util.regex.Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");
    /** Words of a field name that read better spelt out or in capitals. */
    private static final java.util.Map<String, String> WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("ref", "reference"), java.util.Map.entry("id", "ID"), java.util.Map.entry("ids", "IDs"),
            java.util.Map.entry("fte", "FTE"), java.util.Map.entry("ceo", "CEO"), java.util.Map.entry("cfo", "CFO"),
            java.util.Map.entry("esfa", "ESFA"), java.util.Map.entry("dfe", "DfE"), java.util.Map.entry("nti", "notice to improve"),
            java.util.Map.entry("url", "URL"), java.util.Map.entry("sha256", "SHA-256"));
    /** Constants kept in capitals: acronyms. */
    private static final java.util.Set<String> ACRONYMS = java.util.Set.of("CEO", "CFO", "ESFA", "DFE", "MAT", "SAT", "ATH", "AFH", "FNTI", "NTI", "TUPE", "VAT");

    /** A date as a person writes it: {@code 1 March 2024}; "" for none. */
    static String longDate(LocalDate d) { return d == null ? "" : LONG_DATE.format(d); }

    /**
     * Whether a value named {@code name} is an amount of money: written with exactly two decimals
     * (the contract's pounds and pence) and not a ratio, share, progress or rate (which the rule packs
     * also give with two decimals, e.g. {@code pay.rise.maxRatio = 1.10}).
     */
    static boolean isMoney(String name, String value) {
        if (value == null || !TWO_DECIMALS.matcher(value).matches()) return false;
        String n = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
        return !(n.contains("ratio") || n.contains("share") || n.contains("progress") || n.contains("rate") || n.contains("fte"));
    }

    /** {@code £62,000.00}, {@code -£240,000.00}. */
    static String money(java.math.BigDecimal v) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.UK));
        return (v.signum() < 0 ? "-£" : "£") + f.format(v.abs());
    }

    /**
     * A field name or enum value in words: {@code approvalRef} to "approval reference",
     * {@code REQUIRES_IMPROVEMENT} to "requires improvement", {@code CEO} stays "CEO".
     */
    static String words(String identifier) {
        if (identifier == null || identifier.isEmpty()) return "";
        if (CONSTANT.matcher(identifier).matches()) {
            if (ACRONYMS.contains(identifier)) return identifier;
            StringBuilder b = new StringBuilder();
            for (String part : identifier.split("_")) {
                if (b.length() > 0) b.append(' ');
                b.append(ACRONYMS.contains(part) ? part : part.toLowerCase(java.util.Locale.ROOT));
            }
            return b.toString();
        }
        if (!identifier.matches("[a-z][A-Za-z0-9]*")) return identifier;
        StringBuilder b = new StringBuilder();
        for (String part : identifier.split("(?<=[a-z0-9])(?=[A-Z])")) {
            String w = part.toLowerCase(java.util.Locale.ROOT);
            if (b.length() > 0) b.append(' ');
            b.append(WORDS.getOrDefault(w, w));
        }
        return b.toString();
    }

    /** {@link #words} with a capital first letter, for a heading: {@code trustId} to "Trust ID". */
    static String heading(String identifier) {
        String w = words(identifier);
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /**
     * An evidence or parameter value as a person reads it: money as {@code £62,000.00}, ISO dates as
     * {@code 1 March 2024}, {@code true}/{@code false} as yes/no, enum values in words, absent as "not given".
     */
    static String value(String name, String value) {
        if (value == null) return "not given";
        if (isMoney(name, value)) return money(new java.math.BigDecimal(value));
        if (ISO_DATE.matcher(value).matches()) {
            try {
                return longDate(LocalDate.parse(value));
            } catch (java.time.format.DateTimeParseException e) {
                return value;
            }
        }
        if (value.equals("true")) return "yes";
        if (value.equals("false")) return "no";
        if (CONSTANT.matcher(value).matches() && value.length() > 1 && !value.matches("[A-Z]+[0-9]+")) return words(value);
        return value;
    }

    private static final java.util.regex.Pattern PROSE_TOKEN = java.util.regex.Pattern.compile(
            "\\b([0-9]{4}-[0-9]{2}-[0-9]{2})\\b|\\b([A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9])\\b|\\b([a-z]+(?:[A-Z][a-z0-9]+)+)\\b|\\b([0-9]+) ((?:[a-z]+ ){0,2}[a-z]+)\\(s\\)|(?<![-/])\\b([A-Z]{4,})\\b(?![-/])");

    /**
     * A rule's message as a person reads it, at rendering time (the rule packs' messages are kept as they
     * are in every assessment): ISO dates in words ({@code 2024-03-01} to "1 March 2024"), enum values
     * with underscores in words ({@code REQUIRES_IMPROVEMENT}), field names in camelCase in words
     * ({@code approvalRef} to "approval reference"), words in capitals other than acronyms
     * ({@code SERVICES} to "services") and "1 employee(s)" as "1 employee".
     */
    static String prose(String message) {
        if (message == null) return "";
        java.util.regex.Matcher m = PROSE_TOKEN.matcher(message);
        StringBuilder b = new StringBuilder(message.length() + 16);
        while (m.find()) {
            String rep;
            if (m.group(1) != null) {
                String d = value("date", m.group(1));
                rep = d;
            } else if (m.group(2) != null) {
                rep = words(m.group(2));
            } else if (m.group(3) != null) {
                rep = words(m.group(3));
            } else if (m.group(6) != null) {
                rep = words(m.group(6));
            } else {
                String n = m.group(4);
                rep = n + " " + m.group(5) + (n.equals("1") ? "" : "s");
            }
            m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(rep));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** {@code RELATED_PARTY} to {@code relatedParty}: the area part of a camelCase column name. */
    static String camel(Area a) {
        String[] parts = a.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        return b.toString();
    }
}
