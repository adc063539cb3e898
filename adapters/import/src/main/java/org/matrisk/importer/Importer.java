package org.matrisk.importer;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.matrisk.importer.Build.Academy;
import org.matrisk.importer.Build.Appointment;
import org.matrisk.importer.Build.Interest;
import org.matrisk.importer.Build.Notice;
import org.matrisk.importer.Build.Ofsted;
import org.matrisk.importer.Build.Party;
import org.matrisk.importer.Build.Payment;
import org.matrisk.importer.Build.Person;
import org.matrisk.importer.Build.Role;
import org.matrisk.importer.Build.Trust;

/**
 * {@code matrisk import} (contract import.md): reads the sources, matches people across them, and writes one
 * version 2 trust document per academy trust found, as NDJSON in trust id order, with honest {@code coverage}.
 */
public final class Importer {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final ImportOptions o;
    private final ImportReport report = new ImportReport();
    private int closedBefore, joinedAfter, unnamed;

    public Importer(ImportOptions options) {
        this.o = options;
    }

    /**
     * Runs the import, writing the documents to {@code out} (not closed).
     *
     * @throws ImportException on a usage error or an input that cannot be read (exit 2)
     */
    public ImportReport run(OutputStream out) {
        GiasReader gias = new GiasReader(o, report);
        gias.read(o.gias());
        Map<String, Trust> trusts = new TreeMap<>();
        List<String> empty = new ArrayList<>();
        for (Trust t : gias.trustsByUid.values()) {
            dropAcademiesOutsideThePeriod(t);
            if (t.academies.isEmpty()) {
                empty.add(t.id);
                continue;
            }
            trusts.put(t.id, t);
        }
        if (closedBefore + joinedAfter + unnamed > 0) {
            report.note("academies not listed: " + closedBefore + " closed before the period, " + joinedAfter + " joined after it, "
                    + unnamed + " with no name in any GIAS file");
        }
        if (!empty.isEmpty()) {
            report.note(empty.size() + " trust(s) with no academy open in the period, no document written: "
                    + String.join(", ", empty.subList(0, Math.min(10, empty.size()))) + (empty.size() > 10 ? ", ..." : ""));
        }
        CompaniesHouseReader ch = null;
        if (o.companiesHouse() != null) {
            ch = new CompaniesHouseReader(report);
            ch.read(o.companiesHouse(), trusts.values(), o.periodEnd());
        }
        OfstedReader ofsted = null;
        if (o.ofsted() != null) {
            ofsted = new OfstedReader(report);
            ofsted.read(o.ofsted(), trusts.values());
            if (ofsted.ungradedLeftOut > 0) report.note(ofsted.ungradedLeftOut + " inspection(s) without an overall grade left out: " + OfstedReader.RULE);
        }
        if (o.notices() != null) new NoticesReader(report).read(o.notices(), trusts.values());
        LedgerReader ledger = null;
        Trust ledgerTrust = null;
        if (o.mapping() != null) {
            LedgerReader.Mapping m = LedgerReader.mapping(o.mapping());
            ledgerTrust = ledgerTrust(m, trusts.values());
            ledger = new LedgerReader(report);
            if (o.suppliers() != null) ledger.suppliers(o.suppliers(), m, o.mapping(), ledgerTrust);
            if (o.ledger() != null) ledger.ledger(o.ledger(), m, o.mapping(), ledgerTrust, o.periodStart(), o.periodEnd());
            if (o.interests() != null) ledger.interests(o.interests(), m, o.mapping(), ledgerTrust);
        }
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (Trust t : trusts.values()) {
                JsonObject doc = document(t, gias, ch, ofsted, t == ledgerTrust ? ledger : null);
                w.write(GSON.toJson(doc));
                w.write('\n');
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        report.trustsWritten(trusts.size());
        return report;
    }

    private Trust ledgerTrust(LedgerReader.Mapping m, java.util.Collection<Trust> trusts) {
        String key = m.trust() != null ? m.trust() : o.trusts().size() == 1 ? o.trusts().get(0) : null;
        if (key == null) throw new ImportException(o.mapping() + ": name the trust the exports belong to (\"trust\": its company number or GIAS group id), or give one --trust");
        for (Trust t : trusts) {
            if (key.equalsIgnoreCase(t.id) || GiasReader.companyNumber(key).equals(t.companyNumber)) return t;
        }
        throw new ImportException(o.mapping() + ": trust '" + key + "' is not among the imported trusts");
    }

    private void dropAcademiesOutsideThePeriod(Trust t) {
        for (Iterator<Academy> it = t.academies.values().iterator(); it.hasNext(); ) {
            Academy a = it.next();
            if (a.closedOn != null && a.closedOn.isBefore(o.periodStart())) {
                closedBefore++;
                it.remove();
            } else if (a.joinedOn != null && a.joinedOn.isAfter(o.periodEnd())) {
                joinedAfter++;
                it.remove();
            } else if (a.name == null) {
                unnamed++;
                it.remove();
            }
        }
    }

    // ---- the document ----

    private JsonObject document(Trust t, GiasReader gias, CompaniesHouseReader ch, OfstedReader ofsted, LedgerReader ledger) {
        int n = 0;
        for (Person p : t.people) p.id = String.format("P-%03d", ++n);
        Map<String, JsonObject> coverage = new LinkedHashMap<>();
        JsonObject d = new JsonObject();
        d.addProperty("schemaVersion", "2");
        JsonObject trust = new JsonObject();
        trust.addProperty("id", t.id);
        trust.addProperty("name", t.name);
        trust.addProperty("type", t.type);
        if (t.companyNumber != null) trust.addProperty("companyNumber", t.companyNumber);
        d.add("trust", trust);
        JsonObject period = new JsonObject();
        period.addProperty("start", o.periodStart().toString());
        period.addProperty("end", o.periodEnd().toString());
        d.add("period", period);
        d.addProperty("asOf", o.asOf().toString());
        JsonObject cov = new JsonObject();
        d.add("coverage", cov);

        // finance: no source gives accounts figures; only the Companies House accounts filing date (returns)
        JsonObject finance = new JsonObject();
        if (t.accountsFiledOn != null) {
            JsonArray returns = new JsonArray();
            JsonObject r = new JsonObject();
            r.addProperty("kind", "COMPANIES_HOUSE");
            r.addProperty("submittedOn", t.accountsFiledOn.toString());
            returns.add(r);
            finance.add("returns", returns);
        }
        if (t.accountsFilingSource != null) {
            coverage.put("returns", entry(false, "Companies House filing history " + t.accountsFilingSource
                    + ": the accounts filing date only; returns to the funding body are not in it"));
        }
        d.add("finance", finance);

        // governance
        String govFiles = cite(gias.files.get(GiasReader.Kind.GOVERNANCE));
        JsonObject governance = new JsonObject();
        governance.add("members", holders(t, "MEMBER"));
        governance.add("trustees", holders(t, "TRUSTEE"));
        JsonArray chair = holders(t, "CHAIR"), ao = holders(t, "ACCOUNTING_OFFICER"), cfo = holders(t, "CFO");
        if (!chair.isEmpty()) governance.add("chair", chair.get(0));
        if (!ao.isEmpty()) governance.add("accountingOfficer", ao.get(0));
        if (!cfo.isEmpty()) governance.add("chiefFinancialOfficer", cfo.get(0));
        d.add("governance", governance);
        coverage.put("governance", entry(false, govFiles == null ? "no governance source imported"
                : "GIAS governance download " + govFiles + ": members, trustees, chair, accounting officer and CFO as the trust reported them"));
        if (govFiles != null) coverage.put("people", entry(false, "GIAS governance download " + govFiles + ": local governors only"));

        // people
        Set<String> academyUrns = t.academies.keySet();
        JsonArray people = new JsonArray();
        for (Person p : t.people) people.add(person(p, academyUrns));
        d.add("people", people);
        if (ch != null) {
            boolean all = !t.people.isEmpty() && t.people.stream().allMatch(p -> p.appointmentsKnown);
            long known = t.people.stream().filter(p -> p.appointmentsKnown).count();
            List<Path> mine = t.people.stream().filter(p -> p.appointmentsFile != null).map(p -> p.appointmentsFile).toList();
            coverage.put("appointments", entry(all, mine.isEmpty()
                    ? "Companies House responses in " + o.companiesHouse() + ": no appointment list for any listed person"
                    : "Companies House officer appointment lists " + cite(mine)
                    + (all ? " for every listed person" : " for " + known + " of the " + t.people.size() + " listed people")));
        }
        if (ledger != null && ledger.interestsRead) {
            coverage.put("interests", entry(true, "register of interests " + Sources.cite(o.interests())));
        }

        // parties and transactions
        if (!t.parties.isEmpty()) {
            JsonArray parties = new JsonArray();
            for (Party p : t.parties.values()) {
                JsonObject j = new JsonObject();
                j.addProperty("id", p.id);
                j.addProperty("name", p.name);
                if (p.companyNumber != null) {
                    j.addProperty("kind", "COMPANY");
                    j.addProperty("companyNumber", p.companyNumber);
                }
                parties.add(j);
            }
            d.add("parties", parties);
            coverage.put("parties", entry(false, (ledger != null && ledger.suppliersRead ? "supplier master " + Sources.cite(o.suppliers()) : "")
                    + (ledger != null && ledger.interestsRead ? (ledger.suppliersRead ? " and " : "") + "register of interests " + Sources.cite(o.interests()) : "")
                    + ": names and company numbers; links between parties are not in them"));
        }
        if (ledger != null && ledger.ledgerRead) {
            JsonArray tx = new JsonArray();
            t.payments.sort(Comparator.comparing(Payment::date).thenComparing(Payment::id));
            for (Payment p : t.payments) {
                JsonObject j = new JsonObject();
                j.addProperty("id", p.id());
                j.addProperty("date", p.date().toString());
                j.addProperty("partyId", p.partyId());
                j.addProperty("amount", p.amount());
                j.addProperty("direction", "PAYMENT");
                tx.add(j);
            }
            d.add("transactions", tx);
            boolean whole = ledger.periodRowsSkipped == 0;
            coverage.put("transactions", entry(whole, "purchase ledger export " + Sources.cite(o.ledger())
                    + (whole ? ": every payment of the period" : ": " + ledger.periodRowsSkipped + " row(s) of the period could not be read")));
            coverage.put("declarations", entry(false, "purchase ledger export " + Sources.cite(o.ledger())
                    + ": records no declarations to the funding body, approvals or at-cost assurances"));
        }

        // academies, ofsted, growth
        JsonArray academies = new JsonArray();
        JsonArray growth = new JsonArray();
        for (Academy a : t.academies.values()) {
            JsonObject j = new JsonObject();
            j.addProperty("urn", a.urn);
            j.addProperty("name", a.name);
            if (a.phase != null) j.addProperty("phase", a.phase);
            if (a.pupils != null) j.addProperty("pupils", a.pupils);
            if (a.joinedOn != null) j.addProperty("joinedOn", a.joinedOn.toString());
            List<Ofsted> ins = a.ofsted.stream().filter(x -> !x.date().isAfter(o.asOf())).distinct()
                    .sorted(Comparator.comparing(Ofsted::date)).toList();
            if (!ins.isEmpty()) {
                JsonArray arr = new JsonArray();
                for (Ofsted x : ins) {
                    JsonObject g = new JsonObject();
                    g.addProperty("date", x.date().toString());
                    g.addProperty("grade", x.grade());
                    arr.add(g);
                }
                j.add("ofsted", arr);
            }
            academies.add(j);
            if (a.joinedOn != null && !a.joinedOn.isBefore(o.periodStart()) && !a.joinedOn.isAfter(o.periodEnd())) {
                JsonObject g = new JsonObject();
                g.addProperty("academyUrn", a.urn);
                g.addProperty("joinedOn", a.joinedOn.toString());
                growth.add(g);
            }
        }
        d.add("academies", academies);
        String links = cite(gias.files.get(GiasReader.Kind.LINKS)), est = cite(gias.files.get(GiasReader.Kind.ESTABLISHMENTS));
        coverage.put("academies", entry(true, "GIAS group links " + links + (est == null ? "" : " and establishments " + est)));
        d.add("growth", growth);
        coverage.put("growth", entry(false, "GIAS group links " + links
                + ": joiners and join dates; due diligence, board approvals, capacity assessments and inherited deficits are not in GIAS"));
        if (ofsted != null) coverage.put("ofsted", entry(false, "Ofsted management information " + Sources.cite(o.ofsted())
                + ": latest and previous inspection only; " + OfstedReader.RULE));

        // notices
        if (o.notices() != null) {
            JsonArray notices = new JsonArray();
            for (Notice x : t.notices) {
                JsonObject j = new JsonObject();
                j.addProperty("id", x.id());
                j.addProperty("kind", x.kind());
                if (x.academyUrn() != null) j.addProperty("academyUrn", x.academyUrn());
                j.addProperty("issuedOn", x.issuedOn().toString());
                if (x.liftedOn() != null) j.addProperty("liftedOn", x.liftedOn().toString());
                if (x.publishedOn() != null) j.addProperty("publishedOn", x.publishedOn().toString());
                if (x.knownUntil() != null) j.addProperty("knownUntil", x.knownUntil().toString());
                notices.add(j);
            }
            d.add("notices", notices);
            coverage.put("notices", entry(false, "notices list " + Sources.cite(o.notices())));
        }

        // the user's assertions (--assert-complete): the section's collection is then written even when empty
        for (String s : o.assertComplete()) {
            JsonObject prior = coverage.get(s);
            String src = (prior != null && prior.has("source") ? prior.get("source").getAsString() + "; " : "") + "asserted complete by the user (--assert-complete)";
            coverage.put(s, entry(true, src));
            String collection = switch (s) {
                case "procurement", "expenses", "declarations" -> "transactions";
                case "returns" -> null;
                default -> s;
            };
            if (s.equals("returns") && !finance.has("returns")) finance.add("returns", new JsonArray());
            if (collection != null && List.of("parties", "transactions", "pay", "specialPayments", "growth", "notices", "transfers").contains(collection)
                    && !d.has(collection)) d.add(collection, new JsonArray());
        }
        for (String s : ImportOptions.SECTIONS) if (coverage.containsKey(s)) cov.add(s, coverage.get(s));
        return d;
    }

    private JsonObject entry(boolean complete, String source) {
        JsonObject e = new JsonObject();
        e.addProperty("complete", complete);
        e.addProperty("source", source);
        return e;
    }

    private static String cite(List<Path> files) {
        if (files == null || files.isEmpty()) return null;
        return files.stream().map(Sources::cite).collect(Collectors.joining(", "));
    }

    /** The people holding a role on period.end by their dated roles (contract 5.2: a listed officer must). */
    private JsonArray holders(Trust t, String role) {
        boolean complete = o.assertComplete().contains("governance");
        Set<String> ids = new LinkedHashSet<>();
        for (Person p : t.people) {
            for (Role r : p.roles) {
                if (!r.role().equals(role) || r.from().isAfter(o.periodEnd())) continue;
                boolean holds = r.to() != null ? !r.to().isBefore(o.periodEnd())
                        : complete || r.knownUntil() == null || !r.knownUntil().isBefore(o.periodEnd());
                if (holds) ids.add(p.id);
            }
        }
        JsonArray a = new JsonArray();
        ids.forEach(a::add);
        return a;
    }

    private JsonObject person(Person p, Set<String> academyUrns) {
        JsonObject j = new JsonObject();
        j.addProperty("id", p.id);
        j.addProperty("name", p.name);
        if (!p.roles.isEmpty()) {
            JsonArray roles = new JsonArray();
            List<Role> sorted = new ArrayList<>(p.roles);
            sorted.sort(Comparator.comparing(Role::role).thenComparing(Role::from));
            for (Role r : sorted) {
                JsonObject x = new JsonObject();
                x.addProperty("role", r.role());
                x.addProperty("from", r.from().toString());
                if (r.to() != null) x.addProperty("to", r.to().toString());
                if (r.knownUntil() != null) x.addProperty("knownUntil", r.knownUntil().toString());
                if (r.academyUrn() != null && academyUrns.contains(r.academyUrn())) x.addProperty("academyUrn", r.academyUrn());
                roles.add(x);
            }
            j.add("roles", roles);
        }
        if (p.appointmentsKnown) {
            JsonArray ap = new JsonArray();
            for (Appointment a : p.appointments) {
                JsonObject x = new JsonObject();
                x.addProperty("companyNumber", a.companyNumber());
                if (a.role() != null) x.addProperty("role", a.role());
                if (a.from() != null) x.addProperty("from", a.from().toString());
                if (a.to() != null) x.addProperty("to", a.to().toString());
                if (a.knownUntil() != null) x.addProperty("knownUntil", a.knownUntil().toString());
                ap.add(x);
            }
            j.add("appointments", ap);
        }
        if (!p.interests.isEmpty()) {
            JsonArray in = new JsonArray();
            for (Interest i : p.interests) {
                JsonObject x = new JsonObject();
                x.addProperty("partyId", i.partyId());
                x.addProperty("nature", i.nature());
                if (i.declaredOn() != null) x.addProperty("declaredOn", i.declaredOn().toString());
                in.add(x);
            }
            j.add("interests", in);
        }
        return j;
    }

}
