package org.matrisk.engine.facts.relatedparty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matrisk.engine.facts.RelatedParties;
import org.matrisk.engine.facts.RelatedPartyTransaction;
import org.matrisk.engine.facts.Tri;
import org.matrisk.engine.params.ParameterSet;
import org.matrisk.model.Appointment;
import org.matrisk.model.Enums.Direction;
import org.matrisk.model.Party;
import org.matrisk.model.Period;
import org.matrisk.model.Transaction;
import org.matrisk.model.TrustDocument;

/**
 * Derived facts of the RELATED_PARTY area, computed once per document before the rules run:
 * <ul>
 * <li>{@link RptCandidate}: every RPT, and every direction-absent transaction to a party related on
 * its date (a possible RPT), with certain and possible totals;</li>
 * <li>{@link RptApproval}: whether each candidate requires approval ({@link ApprovalRegime});</li>
 * <li>{@link InsiderAppointmentMatch}: each insider whose appointment at the payee's company number is
 * current on the payment date, with whether an interest was declared by then (RPT-05).</li>
 * </ul>
 */
public final class RelatedPartyFacts {
    private RelatedPartyFacts() {}

    public static List<Object> derive(TrustDocument doc, ParameterSet params) {
        RelatedParties related = new RelatedParties(doc);
        return derive(doc, params, related, related.transactions(doc.transactions()));
    }

    /** As {@link #derive(TrustDocument, ParameterSet)}, reusing the RPTs the engine already derived. */
    public static List<Object> derive(TrustDocument doc, ParameterSet params, RelatedParties related, List<RelatedPartyTransaction> rpts) {
        List<Transaction> ledger = doc.transactions();
        if (ledger == null || ledger.isEmpty()) return List.of();
        List<RptCandidate> candidates = candidates(related, ledger, rpts);
        if (candidates.isEmpty()) return List.of();
        boolean approvals = ApprovalRegime.configured(params);
        List<Object> out = new ArrayList<>(candidates.size() * 2);
        for (RptCandidate c : candidates) {
            out.add(c);
            if (approvals) out.add(RptApproval.of(params, c));
            Set<String> seen = null;
            for (Map.Entry<String, Appointment> a : related.currentAppointments(c.party(), c.date())) {
                if (seen == null) seen = new HashSet<>(2);
                if (seen.add(a.getKey())) out.add(InsiderAppointmentMatch.of(c, related.person(a.getKey()), a.getValue()));
            }
        }
        return out;
    }

    /** RPTs and possible RPTs (direction absent, party related on the date), in ledger order. */
    public static List<RptCandidate> candidates(RelatedParties related, List<Transaction> ledger) {
        return candidates(related, ledger, null);
    }

    private static List<RptCandidate> candidates(RelatedParties related, List<Transaction> ledger, List<RelatedPartyTransaction> known) {
        Map<String, Transaction> undirected = null; // pointer -> direction-absent transaction to a related party
        for (Transaction t : ledger) {
            if (t.direction() != null) continue;
            Party p = related.party(t.partyId());
            if (p == null || related.bases(p, t.date()).isEmpty()) continue;
            if (undirected == null) undirected = new HashMap<>();
            undirected.put(t.pointer(), t);
        }
        if (undirected == null) {
            List<RelatedPartyTransaction> rpts = known != null ? known : related.transactions(ledger);
            List<RptCandidate> out = new ArrayList<>(rpts.size());
            for (RelatedPartyTransaction r : rpts)
                out.add(new RptCandidate(r, Tri.TRUE, r.runningTotal(), r.partyYearTotal(), r.contractTotal(), List.of(), List.of(), List.of()));
            return out;
        }
        return withUndirected(related, ledger, undirected);
    }

    /**
     * The possible totals come from the ledger with every direction-absent transaction read as a
     * payment; the certain totals subtract the other direction-absent ones.
     */
    private static List<RptCandidate> withUndirected(RelatedParties related, List<Transaction> ledger, Map<String, Transaction> undirected) {
        List<Transaction> asIfPaid = new ArrayList<>(ledger.size());
        for (Transaction t : ledger) asIfPaid.add(undirected.containsKey(t.pointer()) ? asPayment(t) : t);
        Map<String, List<Transaction>> byPartyYear = new HashMap<>();
        Map<String, List<Transaction>> byContractYear = new HashMap<>();
        for (Transaction t : undirected.values()) {
            int fy = Period.financialYearEnd(t.date());
            byPartyYear.computeIfAbsent(t.partyId() + "\u0000" + fy, k -> new ArrayList<>()).add(t);
            if (t.contractId() != null) byContractYear.computeIfAbsent(t.contractId() + "\u0000" + fy, k -> new ArrayList<>()).add(t);
        }
        List<RelatedPartyTransaction> possible = related.transactions(asIfPaid);
        List<RptCandidate> out = new ArrayList<>(possible.size());
        for (RelatedPartyTransaction u : possible) {
            Transaction original = undirected.getOrDefault(u.pointer(), u.transaction());
            Tri payment = undirected.containsKey(u.pointer()) ? Tri.UNKNOWN : Tri.TRUE;
            List<Transaction> partyYear = others(byPartyYear.get(u.party().id() + "\u0000" + u.financialYearEnd()), original);
            List<Transaction> running = new ArrayList<>(partyYear.size());
            for (Transaction t : partyYear) if (RelatedParties.LEDGER_ORDER.compare(t, original) < 0) running.add(t);
            List<Transaction> contract = original.contractId() == null ? List.of()
                    : others(byContractYear.get(original.contractId() + "\u0000" + u.financialYearEnd()), original);
            RelatedPartyTransaction certain = new RelatedPartyTransaction(original, u.party(), u.bases(), u.financialYearEnd(),
                    u.runningTotal().subtract(sum(running)), u.partyYearTotal().subtract(sum(partyYear)), u.contractTotal().subtract(sum(contract)));
            out.add(new RptCandidate(certain, payment, u.runningTotal(), u.partyYearTotal(), u.contractTotal(),
                    pointers(running), pointers(partyYear), pointers(contract)));
        }
        return out;
    }

    private static List<Transaction> others(List<Transaction> group, Transaction self) {
        if (group == null) return List.of();
        List<Transaction> out = new ArrayList<>(group.size());
        for (Transaction t : group) if (!t.pointer().equals(self.pointer())) out.add(t);
        out.sort(RelatedParties.LEDGER_ORDER);
        return out;
    }

    private static BigDecimal sum(List<Transaction> ts) {
        BigDecimal s = BigDecimal.ZERO;
        for (Transaction t : ts) s = s.add(t.amount());
        return s;
    }

    private static List<String> pointers(List<Transaction> ts) {
        return ts.stream().map(Transaction::pointer).toList();
    }

    private static Transaction asPayment(Transaction t) {
        return new Transaction(t.id(), t.date(), t.partyId(), t.amount(), Direction.PAYMENT, t.kind(), t.contractId(), t.declaredOn(),
                t.approvalRef(), t.atCost(), t.novelOrContentious(), t.disclosedInAccounts(), t.authorisedBy(), t.pointer());
    }
}
