package org.matrisk.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.matrisk.importer.Build.Academy;
import org.matrisk.importer.Build.Ofsted;
import org.matrisk.importer.Build.Trust;

/**
 * Reads Ofsted's management information, state-funded schools, latest inspections (CSV): the latest graded
 * inspection and the previous one of each academy.
 *
 * <p>Inspections from 2 September 2024 carry no overall effectiveness grade. One rule (docs/import.md, "Ofsted"):
 * such an inspection is written as {@code INADEQUATE} when the file's "Category of concern" names special measures
 * or serious weaknesses (the statutory categories that DfE's "Support and intervention in schools", November 2024,
 * keeps as the basis for intervention and that Ofsted still reports); otherwise it is not written at all (no grade
 * is invented), and the previous graded inspection stays the academy's latest.
 */
final class OfstedReader {
    static final String URN = "URN", DATE = "Inspection start date", GRADE = "Overall effectiveness",
            CONCERN = "Category of concern", PREV_DATE = "Previous inspection start date",
            PREV_GRADE = "Previous full inspection overall effectiveness",
            OEIF_DATE = "Inspection start date of latest OEIF graded inspection", OEIF_GRADE = "Latest OEIF overall effectiveness";
    static final String RULE = "inspections without an overall effectiveness grade (from September 2024) are written "
            + "INADEQUATE when in a category of concern (special measures, serious weaknesses), otherwise left out";

    private final ImportReport report;
    int ungradedLeftOut;

    OfstedReader(ImportReport report) {
        this.report = report;
    }

    static String grade(String s) {
        if (s == null) return null;
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "1", "outstanding" -> "OUTSTANDING";
            case "2", "good" -> "GOOD";
            case "3", "requires improvement", "satisfactory" -> "REQUIRES_IMPROVEMENT";
            case "4", "inadequate" -> "INADEQUATE";
            default -> null;
        };
    }

    static boolean ungraded(String s) {
        if (s == null) return true;
        String v = s.strip().toLowerCase(Locale.ROOT);
        return v.isEmpty() || v.equals("not judged") || v.equals("null") || v.equals("9") || v.equals("not applicable");
    }

    void read(Path f, Collection<Trust> trusts) {
        Map<String, Academy> academies = new HashMap<>();
        for (Trust t : trusts) for (Academy a : t.academies.values()) academies.put(a.urn, a);
        try (Table t = Table.open(f)) {
            // the report-card era files (from November 2025) name the last graded (OEIF) inspection's columns so
            int urn = t.required(URN);
            int date = t.column(DATE) >= 0 ? t.column(DATE) : t.has(OEIF_DATE) ? t.column(OEIF_DATE) : t.required(DATE);
            int grade = t.column(GRADE) >= 0 ? t.column(GRADE) : t.has(OEIF_GRADE) ? t.column(OEIF_GRADE) : t.required(GRADE);
            int concern = t.column(CONCERN), prevDate = t.column(PREV_DATE), prevGrade = t.column(PREV_GRADE);
            for (Table.Row r = t.next(); r != null; r = t.next()) {
                report.read(t.name);
                Academy a = r.get(urn) == null ? null : academies.get(r.get(urn));
                if (a == null) continue;
                LocalDate d, pd;
                try {
                    d = Values.date(r.get(date), null);
                } catch (IllegalArgumentException e) {
                    report.skip(t.name, r.line(), DATE, e.getMessage());
                    continue;
                }
                try {
                    pd = Values.date(r.get(prevDate), null);
                } catch (IllegalArgumentException e) {
                    report.skip(t.name, r.line(), PREV_DATE, e.getMessage());
                    continue;
                }
                String g = grade(r.get(grade));
                if (g == null && !ungraded(r.get(grade))) {
                    report.skip(t.name, r.line(), GRADE, "'" + Values.clip(r.get(grade)) + "' is not a grade (1-4, Outstanding ... Inadequate, or blank / Not judged)");
                    continue;
                }
                if (g == null && d != null) {
                    String c = r.get(concern) == null ? "" : r.get(concern).toLowerCase(Locale.ROOT);
                    if (c.contains("special measures") || c.contains("serious weaknesses") || c.equals("sm") || c.equals("sw")) g = "INADEQUATE";
                    else ungradedLeftOut++;
                }
                String pg = grade(r.get(prevGrade));
                if (pd != null && pg != null) a.ofsted.add(new Ofsted(pd, pg));
                if (d != null && g != null) a.ofsted.add(new Ofsted(d, g));
            }
        }
    }
}
