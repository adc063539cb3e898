package org.matrisk.engine.facts.remuneration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matrisk.engine.PointerOrder;
import org.matrisk.engine.facts.Outcome;
import org.matrisk.engine.facts.Tri;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.engine.params.ParameterSet;
import org.matrisk.model.Academy;
import org.matrisk.model.Appointment;
import org.matrisk.model.Enums.Direction;
import org.matrisk.model.Enums.OfstedGrade;
import org.matrisk.model.Enums.TransactionKind;
import org.matrisk.model.Governance;
import org.matrisk.model.Interest;
import org.matrisk.model.Notice;
import org.matrisk.model.Party;
import org.matrisk.model.PayRecord;
import org.matrisk.model.Person;
import org.matrisk.model.SpecialPayment;
import org.matrisk.model.Transaction;
import org.matrisk.model.TrustDocument;

/**
 * Derived facts of the remuneration area (PAY-01 … PAY-11), computed once per document before the rules run:
 * <ul>
 * <li>{@link Executive}: every executive pay record;</li>
 * <li>{@link WebsiteBand}: each published website pay band with the pay records falling in it;</li>
 * <li>{@link PayPerformanceGround}: PAY-06's grounds (deficit, open trust notice, inadequate academy);</li>
 * <li>{@link SpecialSeverance}: PAY-05's approval triggers of each special severance payment;</li>
 * <li>{@link ExecutiveServicesLink}: PAY-08's transactions to parties an executive is connected to.</li>
 * </ul>
 */
public final class RemunerationFacts {
    private RemunerationFacts() {}

    public static final String AMOUNT_TRIGGER = "pay.severance.amountTrigger";
    public static final String EXIT_PACKAGE_TRIGGER = "pay.severance.exitPackageTrigger";
    public static final String SALARY_TRIGGER = "pay.severance.salaryTrigger";

    public static List<Object> derive(TrustDocument doc, ParameterSet params) {
        List<Object> facts = new ArrayList<>();
        Governance g = doc.governance();
        if (doc.pay() != null)
            for (PayRecord p : doc.pay()) if (Executive.isExecutive(p, g)) facts.add(new Executive(p));
        if (doc.websitePayBands() != null)
            for (org.matrisk.model.PayBand b : doc.websitePayBands()) facts.add(WebsiteBand.of(b, doc.pay()));
        facts.addAll(performanceGrounds(doc));
        if (params.has(AMOUNT_TRIGGER) && params.has(EXIT_PACKAGE_TRIGGER) && params.has(SALARY_TRIGGER))
            facts.addAll(specialSeverances(doc, params));
        facts.addAll(executiveServicesLinks(doc));
        return facts;
    }

    /** PAY-06's grounds that hold or cannot be judged, as at asOf. */
    static List<PayPerformanceGround> performanceGrounds(TrustDocument doc) {
        List<PayPerformanceGround> out = new ArrayList<>();
        LocalDate asOf = doc.asOf();
        BigDecimal reserves = doc.finance().revenueReserves();
        if (reserves == null)
            out.add(new PayPerformanceGround("DEFICIT", Tri.UNKNOWN, "/finance", null, null, "/finance/revenueReserves",
                    "the revenue reserves are not given"));
        else if (reserves.signum() < 0)
            out.add(new PayPerformanceGround("DEFICIT", Tri.TRUE, "/finance/revenueReserves", "revenueReserves", reserves, null,
                    "the revenue reserves are " + Outcome.pounds(reserves) + " (a cumulative deficit)"));
        if (doc.notices() == null)
            out.add(new PayPerformanceGround("NOTICE", Tri.UNKNOWN, "", null, null, "/notices", "the notices are not given"));
        else
            for (Notice n : doc.notices())
                if (n.isTrustNotice() && n.openOn(asOf))
                    out.add(new PayPerformanceGround("NOTICE", Tri.TRUE, n.pointer(), "issuedOn", n.issuedOn(), null,
                            "trust notice " + n.id() + " (" + n.kind() + ", issued " + n.issuedOn() + ") is open on " + asOf));
        for (Academy a : doc.academies())
            if (a.latestGradeOn(asOf) == OfstedGrade.INADEQUATE)
                out.add(new PayPerformanceGround("OFSTED", Tri.TRUE, a.pointer(), "urn", a.urn(), null,
                        "academy " + a.urn() + "'s latest Ofsted grade on " + asOf + " is INADEQUATE"));
        return out;
    }

    /** PAY-05: every special severance payment with its approval triggers. */
    static List<SpecialSeverance> specialSeverances(TrustDocument doc, ParameterSet params) {
        if (doc.specialPayments() == null) return List.of();
        List<SpecialSeverance> out = new ArrayList<>();
        for (SpecialPayment s : doc.specialPayments()) {
            if (!s.isSpecialSeverance()) continue;
            LocalDate day = s.date();
            ParamValue amountP = params.at(AMOUNT_TRIGGER, day);
            Tri amount = Tri.of(amountP.inForce() && s.amount().compareTo(amountP.money()) >= 0);

            Tri notice;
            List<Notice> open = new ArrayList<>(1);
            if (doc.notices() == null) notice = Tri.UNKNOWN;
            else {
                for (Notice n : doc.notices()) if (n.isTrustNotice() && n.openOn(day)) open.add(n);
                notice = Tri.of(!open.isEmpty());
            }

            ParamValue packageP = params.at(EXIT_PACKAGE_TRIGGER, day);
            Tri exitPackage = !packageP.inForce() ? Tri.FALSE
                    : s.totalExitPackage() == null ? Tri.UNKNOWN
                    : Tri.of(s.totalExitPackage().compareTo(packageP.money()) >= 0);

            ParamValue salaryP = params.at(SALARY_TRIGGER, day);
            Tri salary;
            PayRecord high = null;
            if (!salaryP.inForce()) salary = Tri.FALSE;
            else if (doc.pay() == null || s.personId() == null) salary = Tri.UNKNOWN;
            else {
                for (PayRecord p : doc.pay())
                    if (p.personId().equals(s.personId()) && p.salary().compareTo(salaryP.money()) > 0
                            && (high == null || p.salary().compareTo(high.salary()) > 0)) high = p;
                salary = Tri.of(high != null);
            }
            out.add(new SpecialSeverance(s, amount, amountP, notice, List.copyOf(open), exitPackage, packageP, salary, salaryP, high));
        }
        return out;
    }

    /** PAY-08: transactions that may be SERVICES payments to a party an executive (person) is connected to. */
    static List<ExecutiveServicesLink> executiveServicesLinks(TrustDocument doc) {
        if (doc.transactions() == null || doc.transactions().isEmpty() || doc.parties() == null) return List.of();
        Governance g = doc.governance();
        Set<String> executives = new HashSet<>();
        if (g.accountingOfficer() != null) executives.add(g.accountingOfficer());
        if (g.chiefFinancialOfficer() != null) executives.add(g.chiefFinancialOfficer());
        if (doc.pay() != null) for (PayRecord p : doc.pay()) if (Executive.isExecutive(p, g)) executives.add(p.personId());
        boolean payKnown = doc.pay() != null;

        // who is connected to what: executives always; anyone else only while pay[] is absent (may be an executive)
        Map<String, List<ExecutiveServicesLink.Link>> byParty = new HashMap<>();
        Map<String, List<Map.Entry<Appointment, ExecutiveServicesLink.Link>>> byCompany = new HashMap<>();
        for (Person person : doc.people()) {
            boolean executive = executives.contains(person.id());
            if (!executive && payKnown) continue;
            for (Interest i : person.interests())
                byParty.computeIfAbsent(i.partyId(), k -> new ArrayList<>()).add(new ExecutiveServicesLink.Link(
                        person.id(), "interest", String.valueOf(i.nature()), i.pointer(), executive));
            for (Appointment a : person.appointments())
                byCompany.computeIfAbsent(a.companyNumber(), k -> new ArrayList<>()).add(Map.entry(a, new ExecutiveServicesLink.Link(
                        person.id(), "appointment", a.companyNumber(), a.pointer(), executive)));
        }
        if (byParty.isEmpty() && byCompany.isEmpty()) return List.of();

        Map<String, Party> parties = new HashMap<>();
        for (Party p : doc.parties()) parties.put(p.id(), p);
        List<ExecutiveServicesLink> out = new ArrayList<>();
        for (Transaction t : doc.transactions()) {
            if (t.direction() == Direction.RECEIPT) continue;
            if (t.kind() != null && t.kind() != TransactionKind.SERVICES) continue;
            Party party = parties.get(t.partyId());
            if (party == null) continue;
            Set<ExecutiveServicesLink.Link> links = new LinkedHashSet<>(byParty.getOrDefault(party.id(), List.of()));
            if (party.companyNumber() != null)
                for (Map.Entry<Appointment, ExecutiveServicesLink.Link> a : byCompany.getOrDefault(party.companyNumber(), List.of()))
                    if (a.getKey().currentOn(t.date())) links.add(a.getValue());
            if (links.isEmpty()) continue;
            List<ExecutiveServicesLink.Link> ordered = new ArrayList<>(links.size());
            boolean anyExecutive = false;
            for (ExecutiveServicesLink.Link l : links) if (l.executive()) { ordered.add(l); anyExecutive = true; }
            for (ExecutiveServicesLink.Link l : links) if (!l.executive()) ordered.add(l);
            out.add(new ExecutiveServicesLink(t, party, anyExecutive ? Tri.TRUE : Tri.UNKNOWN, List.copyOf(ordered)));
        }
        return out;
    }

    // ---- helpers for messages and evidence (used by consequences in remuneration.drl) ----

    /** Pay records (or executives) in input order. */
    public static List<PayRecord> inOrder(List<?> records) {
        List<PayRecord> out = new ArrayList<>(records.size());
        for (Object o : records) out.add(o instanceof Executive e ? e.pay() : (PayRecord) o);
        out.sort((a, b) -> PointerOrder.INSTANCE.compare(a.pointer(), b.pointer()));
        return out;
    }

    /** "P20 £160,000.00 (/pay/0), …" or "none". */
    public static String salaries(List<?> records) {
        if (records.isEmpty()) return "none";
        List<String> s = new ArrayList<>();
        for (PayRecord p : inOrder(records)) s.add(p.personId() + " " + Outcome.pounds(p.salary()) + " (" + p.pointer() + ")");
        return String.join(", ", s);
    }

    /** "P20 £182,000.00 (/pay/0), …" by total benefits, or "none". */
    public static String totalBenefits(List<?> records) {
        if (records.isEmpty()) return "none";
        List<String> s = new ArrayList<>();
        for (PayRecord p : inOrder(records)) s.add(p.personId() + " " + Outcome.pounds(p.totalBenefits()) + " (" + p.pointer() + ")");
        return String.join(", ", s);
    }
}
