package org.matrisk.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.matrisk.importer.Build.Notice;
import org.matrisk.importer.Build.Trust;

/**
 * Reads the user's CSV of notices (columns: Company number, Kind, Issued, Lifted, Academy URN, Published). Kind is a
 * contract kind ({@code NOTICE_TO_IMPROVE}) or its words ("Financial notice to improve", "Termination warning notice").
 */
final class NoticesReader {
    static final String COMPANY = "Company number", KIND = "Kind", ISSUED = "Issued", LIFTED = "Lifted",
            URN = "Academy URN", PUBLISHED = "Published";

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("FNTI", "FINANCIAL_NOTICE_TO_IMPROVE"), Map.entry("NTI", "NOTICE_TO_IMPROVE"),
            Map.entry("TERMINATION_WARNING_NOTICE", "TERMINATION_WARNING"), Map.entry("PRE_TERMINATION_WARNING", "MINDED_TO_TERMINATE"),
            Map.entry("PRE_WARNING_NOTICE", "PRE_WARNING"), Map.entry("TERMINATION_NOTICE", "TERMINATION"),
            Map.entry("NTI_WARNING", "NTI_WARNING_LETTER"), Map.entry("WARNING_LETTER", "NTI_WARNING_LETTER"),
            Map.entry("INVESTIGATION", "INVESTIGATION_OPEN"), Map.entry("GROWTH_PAUSED", "GROWTH_PAUSE"));
    private static final java.util.Set<String> KINDS = java.util.Set.of("NOTICE_TO_IMPROVE", "FINANCIAL_NOTICE_TO_IMPROVE",
            "NTI_WARNING_LETTER", "PRE_WARNING", "TERMINATION_WARNING", "TERMINATION", "WARNING_NOTICE", "MINDED_TO_TERMINATE",
            "INTENTION_TO_TERMINATE", "GROWTH_PAUSE", "INVESTIGATION_OPEN");

    private final ImportReport report;

    NoticesReader(ImportReport report) {
        this.report = report;
    }

    static String kind(String s) {
        if (s == null) return null;
        String k = s.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        k = ALIASES.getOrDefault(k, k);
        return KINDS.contains(k) ? k : null;
    }

    void read(Path f, Collection<Trust> trusts) {
        Map<String, Trust> byKey = new HashMap<>();
        for (Trust t : trusts) {
            if (t.companyNumber != null) byKey.put(t.companyNumber, t);
            byKey.put(t.id.toUpperCase(Locale.ROOT), t);
        }
        LocalDate listDate = Sources.dateOf(f);
        try (Table t = Table.open(f)) {
            int company = t.required(COMPANY), kind = t.required(KIND), issued = t.required(ISSUED);
            int lifted = t.column(LIFTED), urn = t.column(URN), published = t.column(PUBLISHED);
            for (Table.Row r = t.next(); r != null; r = t.next()) {
                report.read(t.name);
                String c = r.get(company) == null ? null : GiasReader.companyNumber(r.get(company));
                Trust tr = c == null ? null : byKey.get(c);
                if (tr == null) {
                    if (c == null) report.skip(t.name, r.line(), COMPANY, "blank");
                    continue; // a trust not imported
                }
                String k = kind(r.get(kind));
                if (k == null) { report.skip(t.name, r.line(), KIND, r.get(kind) == null ? "blank" : "'" + Values.clip(r.get(kind)) + "' is not a notice kind"); continue; }
                LocalDate is, li, pu;
                try { is = Values.date(r.get(issued), null); } catch (IllegalArgumentException e) { report.skip(t.name, r.line(), ISSUED, e.getMessage()); continue; }
                if (is == null) { report.skip(t.name, r.line(), ISSUED, "blank: a notice needs its issue date"); continue; }
                try { li = Values.date(r.get(lifted), null); } catch (IllegalArgumentException e) { report.skip(t.name, r.line(), LIFTED, e.getMessage()); continue; }
                try { pu = Values.date(r.get(published), null); } catch (IllegalArgumentException e) { report.skip(t.name, r.line(), PUBLISHED, e.getMessage()); continue; }
                if (li != null && !li.isAfter(is)) { report.skip(t.name, r.line(), LIFTED, li + " is not after the issue date " + is); continue; }
                String a = r.get(urn);
                if (a != null && !tr.academies.containsKey(a)) { report.skip(t.name, r.line(), URN, a + " is not an academy of trust " + tr.id); continue; }
                if (a != null && k.equals("GROWTH_PAUSE")) { report.skip(t.name, r.line(), URN, "a growth pause is issued to the trust, not to an academy"); continue; }
                // the list shows a notice without a lifted date still open on the day the list stands at
                LocalDate knownUntil = li == null && listDate != null && !listDate.isBefore(is) ? listDate : null;
                tr.notices.add(new Notice("N-" + r.line(), k, a, is, li, pu, knownUntil));
            }
        }
    }
}
