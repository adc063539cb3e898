package org.matrisk.importer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** Parsing of the values the sources write: dates, counts, money, names. */
final class Values {
    private Values() {}

    /** GIAS and Ofsted write dates as dd/mm/yyyy; the Companies House API and many ledgers as ISO yyyy-mm-dd. */
    static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * A date in {@code pattern} (null: dd/mm/yyyy or yyyy-mm-dd); XLSX date cells arrive as yyyy-mm-dd (Table).
     * Blank gives null; anything else that does not parse throws {@link IllegalArgumentException} with the reason.
     */
    static LocalDate date(String s, DateTimeFormatter pattern) {
        if (blank(s)) return null;
        String v = s.strip();
        // an XLSX date cell read as text may carry a time: 2025-03-14T00:00
        if (v.length() > 10 && v.charAt(4) == '-' && (v.charAt(10) == 'T' || v.charAt(10) == ' ')) v = v.substring(0, 10);
        try {
            if (pattern != null && !(v.length() == 10 && v.charAt(4) == '-')) return LocalDate.parse(v, pattern);
            if (v.length() == 10 && v.charAt(4) == '-') return LocalDate.parse(v);
            return LocalDate.parse(v, UK);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + clip(v) + "' is not a date" + (pattern == null ? " (dd/mm/yyyy or yyyy-mm-dd)" : ""));
        }
    }

    static Integer count(String s) {
        if (blank(s)) return null;
        try {
            int n = new BigDecimal(s.strip().replace(",", "")).intValueExact();
            if (n < 0) throw new IllegalArgumentException("'" + clip(s) + "' is negative");
            return n;
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + clip(s) + "' is not a whole number");
        }
    }

    /** Money as ledgers write it: optional £, thousands commas, a leading minus or (brackets) for a credit. */
    static BigDecimal money(String s) {
        if (blank(s)) return null;
        String v = s.strip().replace("£", "").replace(",", "").replace(" ", "");
        boolean negative = false;
        if (v.startsWith("(") && v.endsWith(")")) {
            negative = true;
            v = v.substring(1, v.length() - 1);
        }
        try {
            BigDecimal d = new BigDecimal(v);
            return negative ? d.negate() : d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + clip(s) + "' is not an amount of money");
        }
    }

    static String clip(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 40 ? t.substring(0, 40) + "..." : t;
    }

    /**
     * The matching key of a person's name (docs/import.md, "Matching people"): first forename and surname, accents
     * and case removed, titles, punctuation and middle names ignored. "SMITH, John Paul" (Companies House) and
     * "Mr" / "John" / "Smith" (GIAS Title, Forename 1, Surname) give the same key {@code john smith}.
     */
    static String nameKey(String forenames, String surname) {
        String f = fold(forenames);
        String first = f.isEmpty() ? "" : f.split(" ")[0];
        String sur = fold(surname);
        if (first.isEmpty() || sur.isEmpty()) return null;
        return first + " " + sur;
    }

    /** The key of a Companies House officer name: "SURNAME, Forenames" (natural persons). */
    static String nameKeyOfOfficer(String name) {
        if (blank(name)) return null;
        int comma = name.indexOf(',');
        if (comma < 0) {
            String[] parts = fold(name).split(" ");
            return parts.length < 2 ? null : parts[0] + " " + parts[parts.length - 1];
        }
        return nameKey(name.substring(comma + 1), name.substring(0, comma));
    }

    /** A full name as one string ("Forename Surname"), for registers that write it in one column. */
    static String nameKeyOfFullName(String name) {
        if (blank(name)) return null;
        if (name.contains(",")) return nameKeyOfOfficer(name);
        String[] parts = fold(name).split(" ");
        int start = 0;
        while (start < parts.length - 2 && TITLES.contains(" " + parts[start] + " ")) start++;
        return parts.length - start < 2 ? null : parts[start] + " " + parts[parts.length - 1];
    }

    private static final String TITLES = " mr mrs ms miss dr prof professor sir dame rev revd lord lady cllr ";

    static String fold(String s) {
        if (s == null) return "";
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("['\u2019-]", "").replaceAll("[^a-z0-9 ]", " ").strip().replaceAll(" +", " ");
    }
}
