package org.matrisk.engine.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matrisk.model.Appointment;
import org.matrisk.model.Governance;
import org.matrisk.model.Interest;
import org.matrisk.model.Party;
import org.matrisk.model.Period;
import org.matrisk.model.Person;
import org.matrisk.model.Transaction;
import org.matrisk.model.TrustDocument;

/**
 * Who is related to whom, computed once per document. An insider is anyone listed as member,
 * trustee, chair, accounting officer or CFO. A party is related on day D when an insider has an
 * {@code interests[]} entry in it (on every date, declared or not), or an insider's appointment with
 * the party's {@code companyNumber} is current on D, or it is flagged {@code relatedParty: true}.
 */
public final class RelatedParties {
    private final Map<String, Party> parties = new HashMap<>();
    /** party id -> insiders with an interest in it */
    private final Map<String, Set<String>> interestHolders = new HashMap<>();
    /** company number -> (insider id, appointment) */
    private final Map<String, List<Map.Entry<String, Appointment>>> appointments = new HashMap<>();
    private final Map<String, Person> people = new HashMap<>();

    public RelatedParties(TrustDocument doc) {
        if (doc.parties() != null) doc.parties().forEach(p -> parties.put(p.id(), p));
        Governance g = doc.governance();
        for (Person person : doc.people()) {
            people.put(person.id(), person);
            if (!g.isInsider(person.id())) continue;
            for (Interest i : person.interests())
                interestHolders.computeIfAbsent(i.partyId(), k -> new LinkedHashSet<>()).add(person.id());
            for (Appointment a : person.appointments())
                appointments.computeIfAbsent(a.companyNumber(), k -> new ArrayList<>()).add(Map.entry(person.id(), a));
        }
    }

    public Party party(String id) { return parties.get(id); }
    public Person person(String id) { return people.get(id); }

    /** Why the party is related on {@code day}; empty when it is not. */
    public List<String> bases(Party party, LocalDate day) {
        List<String> bases = new ArrayList<>(1);
        for (String holder : interestHolders.getOrDefault(party.id(), Set.of())) bases.add("interest:" + holder);
        if (party.companyNumber() != null)
            for (Map.Entry<String, Appointment> a : appointments.getOrDefault(party.companyNumber(), List.of()))
                if (a.getValue().currentOn(day) && !bases.contains("appointment:" + a.getKey())) bases.add("appointment:" + a.getKey());
        if (party.relatedParty()) bases.add("flag");
        return bases;
    }

    /** Insiders holding an appointment at the party's company number current on {@code day}. */
    public List<Map.Entry<String, Appointment>> currentAppointments(Party party, LocalDate day) {
        if (party.companyNumber() == null) return List.of();
        return appointments.getOrDefault(party.companyNumber(), List.of()).stream().filter(a -> a.getValue().currentOn(day)).toList();
    }

    public static final Comparator<Transaction> LEDGER_ORDER =
            Comparator.comparing(Transaction::date).thenComparing(Transaction::id);

    /** Every RPT of the document, with running, yearly and contract totals. */
    public List<RelatedPartyTransaction> transactions(List<Transaction> ledger) {
        if (ledger == null) return List.of();
        record Candidate(Transaction tx, Party party, List<String> bases, int fy) {}
        List<Candidate> rpts = new ArrayList<>();
        for (Transaction t : ledger) {
            if (!t.isPayment()) continue;
            Party p = parties.get(t.partyId());
            if (p == null) continue;
            List<String> bases = bases(p, t.date());
            if (!bases.isEmpty()) rpts.add(new Candidate(t, p, bases, Period.financialYearEnd(t.date())));
        }
        rpts.sort(Comparator.comparing(Candidate::tx, LEDGER_ORDER));
        Map<String, BigDecimal> partyYear = new HashMap<>();
        Map<String, BigDecimal> contractYear = new HashMap<>();
        for (Candidate c : rpts) {
            partyYear.merge(c.party().id() + "\u0000" + c.fy(), c.tx().amount(), BigDecimal::add);
            if (c.tx().contractId() != null) contractYear.merge(c.tx().contractId() + "\u0000" + c.fy(), c.tx().amount(), BigDecimal::add);
        }
        Map<String, BigDecimal> running = new HashMap<>();
        List<RelatedPartyTransaction> out = new ArrayList<>(rpts.size());
        for (Candidate c : rpts) {
            String key = c.party().id() + "\u0000" + c.fy();
            BigDecimal run = running.merge(key, c.tx().amount(), BigDecimal::add);
            BigDecimal contract = c.tx().contractId() == null ? c.tx().amount() : contractYear.get(c.tx().contractId() + "\u0000" + c.fy());
            out.add(new RelatedPartyTransaction(c.tx(), c.party(), List.copyOf(c.bases()), c.fy(), run, partyYear.get(key), contract));
        }
        return out;
    }
}
