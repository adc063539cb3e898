package org.matrisk.importer;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.matrisk.importer.Build.Interest;
import org.matrisk.importer.Build.Party;
import org.matrisk.importer.Build.Payment;
import org.matrisk.importer.Build.Person;
import org.matrisk.importer.Build.Trust;

/**
 * Reads an auditor's exports of one trust's finance system, CSV or XLSX: the purchase ledger (the period's
 * payments), the supplier master (parties and their company numbers) and the register of interests, with a JSON
 * mapping that names the column of each field (docs/import.md, "Mapping"; examples in examples/import/mappings/).
 */
final class LedgerReader {

    /** The mapping file, read. */
    record Mapping(String trust, DateTimeFormatter dateFormat, JsonObject ledger, JsonObject suppliers, JsonObject interests,
                   Set<String> paymentTypes) {}

    private final ImportReport report;
    /** In-period ledger rows that could not be used: the ledger is then not the whole list of payments. */
    long periodRowsSkipped;
    boolean ledgerRead, suppliersRead, interestsRead;

    LedgerReader(ImportReport report) {
        this.report = report;
    }

    static Mapping mapping(Path f) {
        JsonObject o;
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            JsonElement e = JsonParser.parseReader(r);
            if (!e.isJsonObject()) throw new ImportException(f + ": the mapping must be a JSON object");
            o = e.getAsJsonObject();
        } catch (IOException | JsonParseException e) {
            throw new ImportException(f + ": the mapping cannot be read: " + e.getMessage(), e);
        }
        DateTimeFormatter fmt = null;
        String df = CompaniesHouseReader.str(o, "dateFormat");
        if (df != null) {
            try {
                fmt = DateTimeFormatter.ofPattern(df.replace("yyyy", "uuuu"), Locale.UK).withResolverStyle(ResolverStyle.STRICT);
            } catch (IllegalArgumentException e) {
                throw new ImportException(f + ": dateFormat '" + df + "' is not a date pattern: " + e.getMessage());
            }
        }
        JsonObject ledger = CompaniesHouseReader.obj(o, "ledger");
        Set<String> types = new HashSet<>();
        if (ledger != null && ledger.has("paymentTypes") && ledger.get("paymentTypes").isJsonArray()) {
            for (JsonElement e : ledger.getAsJsonArray("paymentTypes")) types.add(e.getAsString().strip().toLowerCase(Locale.ROOT));
        }
        return new Mapping(CompaniesHouseReader.str(o, "trust"), fmt, ledger, CompaniesHouseReader.obj(o, "suppliers"),
                CompaniesHouseReader.obj(o, "interests"), types);
    }

    private static String col(JsonObject section, String field, Path mapping, String sectionName, boolean required) {
        String c = section == null ? null : CompaniesHouseReader.str(section, field);
        if (c == null && required) throw new ImportException(mapping + ": \"" + sectionName + "\"." + field + " (the column name) is required");
        return c;
    }

    private static int column(Table t, String header) {
        return header == null ? -1 : t.required(header);
    }

    void suppliers(Path f, Mapping m, Path mappingFile, Trust trust) {
        String idC = col(m.suppliers(), "supplier", mappingFile, "suppliers", true), nameC = col(m.suppliers(), "name", mappingFile, "suppliers", true);
        String chC = col(m.suppliers(), "companyNumber", mappingFile, "suppliers", false);
        try (Table t = Table.open(f)) {
            int id = column(t, idC), name = column(t, nameC), ch = column(t, chC);
            for (Table.Row r = t.next(); r != null; r = t.next()) {
                report.read(t.name);
                if (r.get(id) == null) { report.skip(t.name, r.line(), idC, "blank"); continue; }
                if (r.get(name) == null) { report.skip(t.name, r.line(), nameC, "blank"); continue; }
                String pid = "S-" + r.get(id);
                if (trust.parties.containsKey(pid)) { report.skip(t.name, r.line(), idC, "supplier " + r.get(id) + " appears twice"); continue; }
                trust.parties.put(pid, new Party(pid, r.get(name), GiasReader.companyNumber(r.get(ch))));
            }
        }
        suppliersRead = true;
    }

    void ledger(Path f, Mapping m, Path mappingFile, Trust trust, LocalDate start, LocalDate end) {
        String dateC = col(m.ledger(), "date", mappingFile, "ledger", true), supC = col(m.ledger(), "supplier", mappingFile, "ledger", true),
                amtC = col(m.ledger(), "amount", mappingFile, "ledger", true), refC = col(m.ledger(), "reference", mappingFile, "ledger", false),
                typeC = col(m.ledger(), "type", mappingFile, "ledger", false);
        Set<String> ids = new HashSet<>();
        try (Table t = Table.open(f)) {
            int date = column(t, dateC), sup = column(t, supC), amt = column(t, amtC), ref = column(t, refC), type = column(t, typeC);
            for (Table.Row r = t.next(); r != null; r = t.next()) {
                report.read(t.name);
                if (type >= 0 && !m.paymentTypes().isEmpty()
                        && (r.get(type) == null || !m.paymentTypes().contains(r.get(type).toLowerCase(Locale.ROOT)))) continue; // invoices, journals
                LocalDate d;
                try {
                    d = Values.date(r.get(date), m.dateFormat());
                } catch (IllegalArgumentException e) {
                    report.skip(t.name, r.line(), dateC, e.getMessage());
                    periodRowsSkipped++;
                    continue;
                }
                if (d == null) { report.skip(t.name, r.line(), dateC, "blank"); periodRowsSkipped++; continue; }
                if (d.isBefore(start) || d.isAfter(end)) { report.skip(t.name, r.line(), dateC, d + " is outside the period " + start + " to " + end); continue; }
                BigDecimal a;
                try {
                    a = Values.money(r.get(amt));
                } catch (IllegalArgumentException e) {
                    report.skip(t.name, r.line(), amtC, e.getMessage());
                    periodRowsSkipped++;
                    continue;
                }
                if (a == null) { report.skip(t.name, r.line(), amtC, "blank"); periodRowsSkipped++; continue; }
                if (a.signum() < 0) { report.skip(t.name, r.line(), amtC, a.toPlainString() + " is negative: a credit or refund, not a payment"); continue; }
                String s = r.get(sup);
                if (s == null || !trust.parties.containsKey("S-" + s)) {
                    report.skip(t.name, r.line(), supC, s == null ? "blank" : "supplier " + s + " is not in the supplier master");
                    periodRowsSkipped++;
                    continue;
                }
                String id = "T-" + (r.get(ref) == null ? "L" + r.line() : r.get(ref));
                if (!ids.add(id)) {
                    id = id + "-L" + r.line();
                    ids.add(id);
                }
                trust.payments.add(new Payment(id, d, "S-" + s, a));
            }
        }
        ledgerRead = true;
    }

    void interests(Path f, Mapping m, Path mappingFile, Trust trust) {
        JsonObject mi = m.interests();
        String nameC = col(mi, "name", mappingFile, "interests", false), foreC = col(mi, "forename", mappingFile, "interests", false),
                surC = col(mi, "surname", mappingFile, "interests", false), orgC = col(mi, "organisation", mappingFile, "interests", true),
                chC = col(mi, "companyNumber", mappingFile, "interests", false), natC = col(mi, "nature", mappingFile, "interests", false),
                declC = col(mi, "declaredOn", mappingFile, "interests", false);
        if (nameC == null && (foreC == null || surC == null)) throw new ImportException(mappingFile + ": \"interests\" needs \"name\", or \"forename\" and \"surname\"");
        Map<String, Party> byCompany = new HashMap<>(), byName = new HashMap<>();
        for (Party p : trust.parties.values()) {
            if (p.companyNumber != null) byCompany.put(p.companyNumber, p);
            byName.put(Values.fold(p.name), p);
        }
        int added = 0;
        try (Table t = Table.open(f)) {
            int name = column(t, nameC), fore = column(t, foreC), sur = column(t, surC), org = column(t, orgC), ch = column(t, chC),
                    nat = column(t, natC), decl = column(t, declC);
            for (Table.Row r = t.next(); r != null; r = t.next()) {
                report.read(t.name);
                String key = name >= 0 ? Values.nameKeyOfFullName(r.get(name)) : Values.nameKey(r.get(fore), r.get(sur));
                if (key == null) { report.skip(t.name, r.line(), name >= 0 ? nameC : surC, "no forename and surname"); continue; }
                if (r.get(org) == null) { report.skip(t.name, r.line(), orgC, "blank"); continue; }
                LocalDate declared;
                try {
                    declared = Values.date(r.get(decl), m.dateFormat());
                } catch (IllegalArgumentException e) {
                    report.skip(t.name, r.line(), declC, e.getMessage());
                    continue;
                }
                Person p = trust.person(key);
                if (p == null) {
                    String given = name >= 0 ? r.get(name) : (r.get(fore) + " " + r.get(sur));
                    p = trust.addPerson(key, given);
                    report.unmatched(t.name + ":" + r.line() + ": the register names a person no GIAS governance record of trust "
                            + trust.id + " matches; added as a person known only from the register");
                }
                String company = GiasReader.companyNumber(r.get(ch));
                Party party = company != null ? byCompany.get(company) : null;
                if (party == null) party = byName.get(Values.fold(r.get(org)));
                if (party == null) {
                    party = new Party("I-" + (++added), r.get(org), company);
                    trust.parties.put(party.id, party);
                    if (company != null) byCompany.put(company, party);
                    byName.put(Values.fold(party.name), party);
                }
                p.interests.add(new Interest(party.id, nature(r.get(nat)), declared));
            }
        }
        interestsRead = true;
    }

    static String nature(String s) {
        String v = s == null ? "" : s.toLowerCase(Locale.ROOT);
        if (v.contains("director")) return "DIRECTOR";
        if (v.contains("share")) return "SHAREHOLDER";
        if (v.contains("partner") && !v.contains("spouse")) return "PARTNER";
        if (v.contains("employ")) return "EMPLOYEE";
        if (v.contains("trustee")) return "TRUSTEE";
        if (v.contains("family") || v.contains("spouse") || v.contains("relative")) return "FAMILY";
        return "OTHER";
    }
}
