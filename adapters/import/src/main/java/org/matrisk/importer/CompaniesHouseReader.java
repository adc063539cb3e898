package org.matrisk.importer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matrisk.importer.Build.Appointment;
import org.matrisk.importer.Build.Person;
import org.matrisk.importer.Build.Trust;

/**
 * Reads Companies House public data API responses saved as JSON files: a company's officer list
 * ({@code GET /company/{number}/officers}), an officer's appointment list ({@code GET /officers/{id}/appointments})
 * and a company's filing history ({@code GET /company/{number}/filing-history}), each recognised by its members.
 * The company of an officer list comes from its {@code links.self}; that of a filing history, which does not name
 * it, from the file name ({@code filing-history-09990001.json}).
 */
final class CompaniesHouseReader {

    private static final Pattern COMPANY_IN_NAME = Pattern.compile("(?<![A-Z0-9])([A-Z]{2}\\d{6}|\\d{8})(?![A-Z0-9])");
    private static final Pattern COMPANY_IN_LINK = Pattern.compile("/company/([A-Za-z0-9]+)/");
    private static final Pattern OFFICER_IN_LINK = Pattern.compile("/officers/([^/]+)/appointments");

    private final ImportReport report;
    final List<Path> appointmentFiles = new ArrayList<>();
    final List<Path> filingFiles = new ArrayList<>();

    CompaniesHouseReader(ImportReport report) {
        this.report = report;
    }

    private record Officer(String key, Integer month, Integer year, String officerId) {}

    void read(Path dir, Collection<Trust> trusts, LocalDate periodEnd) {
        Map<String, Trust> byCompany = new HashMap<>();
        for (Trust t : trusts) if (t.companyNumber != null) byCompany.put(t.companyNumber, t);
        Map<String, Integer> keyCount = new HashMap<>();
        for (Trust t : trusts) for (Person p : t.people) keyCount.merge(p.key, 1, Integer::sum);
        List<Path> files = Sources.files(dir, "json");
        List<Object[]> appointmentLists = new ArrayList<>();
        // officer id -> the trust whose officer list links to it
        Map<String, Trust> officerTrust = new HashMap<>();
        Map<String, Officer> officers = new HashMap<>();
        for (Path f : files) {
            JsonObject o = parse(f);
            if (o == null) continue;
            JsonArray items = o.has("items") && o.get("items").isJsonArray() ? o.getAsJsonArray("items") : null;
            String kind = str(o, "kind");
            if (items == null) { report.skip(f.toString(), 1, "items", "not a Companies House list response (no items array)"); continue; }
            if ("personal-appointment".equals(kind) || (!items.isEmpty() && items.get(0).isJsonObject() && items.get(0).getAsJsonObject().has("appointed_to"))) {
                appointmentLists.add(new Object[] {f, o});
            } else if ("filing-history".equals(kind) || str(o, "filing_history_status") != null
                    || (!items.isEmpty() && items.get(0).isJsonObject() && items.get(0).getAsJsonObject().has("category"))) {
                filings(f, o, items, byCompany, periodEnd);
            } else if ("officer-list".equals(kind) || (!items.isEmpty() && items.get(0).isJsonObject() && items.get(0).getAsJsonObject().has("officer_role"))) {
                String company = companyOf(f, o);
                Trust t = company == null ? null : byCompany.get(company);
                if (t == null) { report.note(f + ": officer list of company " + company + ", not an imported trust; ignored"); continue; }
                for (int i = 0; i < items.size(); i++) {
                    report.read(f.toString());
                    JsonObject it = items.get(i).getAsJsonObject();
                    String role = str(it, "officer_role");
                    if (role != null && role.startsWith("corporate")) continue; // a company, not a person
                    String key = Values.nameKeyOfOfficer(str(it, "name"));
                    if (key == null) { report.skip(f.toString(), i + 1, "items[" + i + "].name", "not a person's name"); continue; }
                    JsonObject dob = obj(it, "date_of_birth");
                    String officerId = null;
                    JsonObject links = obj(it, "links");
                    JsonObject officer = links == null ? null : obj(links, "officer");
                    String appts = officer == null ? null : str(officer, "appointments");
                    if (appts != null) {
                        Matcher m = OFFICER_IN_LINK.matcher(appts);
                        if (m.find()) officerId = m.group(1);
                    }
                    Officer off = new Officer(key, dob == null ? null : integer(dob, "month"), dob == null ? null : integer(dob, "year"), officerId);
                    Person p = t.person(key);
                    if (p == null) {
                        report.unmatched(f + " items[" + i + "] (officer " + (officerId == null ? "without id" : officerId)
                                + "): no person of trust " + t.id + " in the GIAS governance download has this name");
                        continue;
                    }
                    if (p.birthYear != null && off.year != null && (!p.birthYear.equals(off.year) || !java.util.Objects.equals(p.birthMonth, off.month))) {
                        report.unmatched(f + " items[" + i + "]: two Companies House officers of trust " + t.id + " share a name with different dates of birth; neither is matched");
                        p.officerId = null;
                        continue;
                    }
                    p.birthMonth = off.month;
                    p.birthYear = off.year;
                    if (officerId != null) {
                        p.officerId = officerId;
                        officerTrust.put(officerId, t);
                        officers.put(officerId, off);
                    }
                }
            } else {
                report.skip(f.toString(), 1, "kind", "not an officer list, appointment list or filing history");
            }
        }
        for (Object[] a : appointmentLists) appointments((Path) a[0], (JsonObject) a[1], trusts, byCompany, keyCount);
    }

    /**
     * An appointment list is attached to person P of trust T (docs/import.md, "Matching people") when P's name key
     * is the list's, their Companies House birth month and year (where both known) agree, and either the list is
     * the one T's officer list links to, or it has an appointment at T's company, or P is the only imported person
     * with that name key.
     */
    private void appointments(Path f, JsonObject o, Collection<Trust> trusts, Map<String, Trust> byCompany, Map<String, Integer> keyCount) {
        LocalDate fileDate = Sources.dateOf(f);
        String key = Values.nameKeyOfOfficer(str(o, "name"));
        JsonArray items = o.getAsJsonArray("items");
        if (key == null && !items.isEmpty()) key = Values.nameKeyOfOfficer(str(items.get(0).getAsJsonObject(), "name"));
        JsonObject dob = obj(o, "date_of_birth");
        Integer month = dob == null ? null : integer(dob, "month"), year = dob == null ? null : integer(dob, "year");
        String officerId = null;
        JsonObject links = obj(o, "links");
        if (links != null && str(links, "self") != null) {
            Matcher m = OFFICER_IN_LINK.matcher(str(links, "self"));
            if (m.find()) officerId = m.group(1);
        }
        List<String> companies = new ArrayList<>();
        for (JsonElement e : items) {
            JsonObject to = e.isJsonObject() ? obj(e.getAsJsonObject(), "appointed_to") : null;
            if (to != null && str(to, "company_number") != null) companies.add(GiasReader.companyNumber(str(to, "company_number")));
        }
        Person match = null;
        Trust matchTrust = null;
        for (Trust t : trusts) {
            Person p = key == null ? null : t.person(key);
            if (p == null) continue;
            boolean linked = officerId != null && officerId.equals(p.officerId);
            boolean atTrust = t.companyNumber != null && companies.contains(t.companyNumber);
            boolean unique = keyCount.getOrDefault(key, 0) == 1;
            boolean birthAgrees = p.birthYear == null || year == null || (p.birthYear.equals(year) && java.util.Objects.equals(p.birthMonth, month));
            if (birthAgrees && (linked || atTrust || unique)) {
                match = p;
                matchTrust = t;
                break;
            }
        }
        if (match == null) {
            report.unmatched(f + " (officer " + (officerId == null ? "without id" : officerId) + "): no imported person matches its name and date of birth");
            return;
        }
        appointmentFiles.add(f);
        match.appointmentsKnown = true;
        match.appointmentsFile = f;
        if (match.birthYear == null) { match.birthYear = year; match.birthMonth = month; }
        for (int i = 0; i < items.size(); i++) {
            report.read(f.toString());
            JsonObject it = items.get(i).getAsJsonObject();
            JsonObject to = obj(it, "appointed_to");
            String company = to == null ? null : GiasReader.companyNumber(str(to, "company_number"));
            if (company == null) { report.skip(f.toString(), i + 1, "items[" + i + "].appointed_to.company_number", "missing"); continue; }
            LocalDate from, end;
            try {
                from = Values.date(str(it, "appointed_on") != null ? str(it, "appointed_on") : str(it, "appointed_before"), null);
                end = Values.date(str(it, "resigned_on"), null);
            } catch (IllegalArgumentException e) {
                report.skip(f.toString(), i + 1, "items[" + i + "].appointed_on", e.getMessage());
                continue;
            }
            LocalDate knownUntil = end == null && fileDate != null && (from == null || !fileDate.isBefore(from)) ? fileDate : null;
            match.appointments.add(new Appointment(company, str(it, "officer_role"), from, end, knownUntil));
        }
        if (matchTrust != null && officerId != null && match.officerId == null) match.officerId = officerId;
    }

    private void filings(Path f, JsonObject o, JsonArray items, Map<String, Trust> byCompany, LocalDate periodEnd) {
        String company = companyOf(f, o);
        Trust t = company == null ? null : byCompany.get(company);
        if (t == null) { report.note(f + ": filing history of company " + company + ", not an imported trust; ignored"); return; }
        filingFiles.add(f);
        t.accountsFilingSource = Sources.cite(f);
        for (int i = 0; i < items.size(); i++) {
            report.read(f.toString());
            JsonObject it = items.get(i).getAsJsonObject();
            if (!"accounts".equals(str(it, "category"))) continue;
            LocalDate filed, madeUpTo;
            try {
                filed = Values.date(str(it, "date"), null);
                madeUpTo = Values.date(str(it, "action_date"), null);
            } catch (IllegalArgumentException e) {
                report.skip(f.toString(), i + 1, "items[" + i + "].date", e.getMessage());
                continue;
            }
            if (filed == null) { report.skip(f.toString(), i + 1, "items[" + i + "].date", "missing"); continue; }
            // the annual accounts (type AA) made up to the period's last day
            String type = str(it, "type");
            if (type != null && type.startsWith("AA") && !type.startsWith("AA01") && periodEnd.equals(madeUpTo)) {
                if (t.accountsFiledOn == null || filed.isBefore(t.accountsFiledOn)) t.accountsFiledOn = filed;
            }
        }
    }

    private String companyOf(Path f, JsonObject o) {
        JsonObject links = obj(o, "links");
        String self = links == null ? null : str(links, "self");
        if (self != null) {
            Matcher m = COMPANY_IN_LINK.matcher(self + "/");
            if (m.find()) return GiasReader.companyNumber(m.group(1));
        }
        Matcher m = COMPANY_IN_NAME.matcher(f.getFileName().toString().toUpperCase(java.util.Locale.ROOT));
        return m.find() ? m.group(1) : null;
    }

    private JsonObject parse(Path f) {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            JsonElement e = JsonParser.parseReader(r);
            if (!e.isJsonObject()) { report.skip(f.toString(), 1, "", "not a JSON object"); return null; }
            return e.getAsJsonObject();
        } catch (JsonParseException | IOException e) {
            report.skip(f.toString(), 1, "", "not readable JSON: " + Values.clip(String.valueOf(e.getMessage())));
            return null;
        }
    }

    static String str(JsonObject o, String k) {
        JsonElement e = o.get(k);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? null : e.getAsString();
    }

    static JsonObject obj(JsonObject o, String k) {
        JsonElement e = o.get(k);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
    }

    static Integer integer(JsonObject o, String k) {
        JsonElement e = o.get(k);
        try {
            return e == null || e.isJsonNull() ? null : e.getAsInt();
        } catch (RuntimeException ex) {
            return null;
        }
    }
}
