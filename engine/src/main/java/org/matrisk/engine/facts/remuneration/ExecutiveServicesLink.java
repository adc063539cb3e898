package org.matrisk.engine.facts.remuneration;

import java.util.ArrayList;
import java.util.List;
import org.matrisk.engine.facts.Tri;
import org.matrisk.model.Party;
import org.matrisk.model.Transaction;

/**
 * Derived (PAY-08): a transaction that may be a SERVICES payment (direction PAYMENT or absent, kind
 * SERVICES or absent) to a party in which an executive person has an {@code interests[]} entry (on any
 * date), or whose {@code companyNumber} matches an executive's appointment current on the transaction's
 * date. Executive persons: those with an executive pay record, the accounting officer and the CFO.
 *
 * @param linked TRUE when some link is an executive's; UNKNOWN when {@code pay[]} is absent and the only
 *               links are of other people (who may be executives)
 * @param links  every link found, executives' first
 */
public record ExecutiveServicesLink(Transaction transaction, Party party, Tri linked, List<Link> links) {

    /**
     * One person's connection to the party.
     *
     * @param basis     {@code interest} or {@code appointment}
     * @param detail    the interest's nature, or the appointment's company number
     * @param pointer   the interest or appointment in the input
     * @param executive whether the person is a known executive
     */
    public record Link(String personId, String basis, String detail, String pointer, boolean executive) {
        /** The field of the interest or appointment cited as evidence. */
        public String field() { return "interest".equals(basis) ? "nature" : "companyNumber"; }

        public String text() {
            String who = (executive ? "executive " : "person ") + personId;
            return "interest".equals(basis)
                    ? who + " has an interest (" + detail + ") in it"
                    : who + " holds an appointment at its company number " + detail + " current on that date";
        }
    }

    public String pointer() { return transaction.pointer(); }

    /** The executives' links (those a FAIL cites). */
    public List<Link> executiveLinks() { return links.stream().filter(Link::executive).toList(); }

    /** The links that count for the outcome, in words. */
    public String describe() {
        List<String> t = new ArrayList<>();
        for (Link l : linked == Tri.TRUE ? executiveLinks() : links) t.add(l.text());
        return String.join(", and ", t);
    }

    /** The absent data that leaves the link UNKNOWN (pay[]), or the transaction's absent direction/kind. */
    public String[] missing() {
        List<String> m = new ArrayList<>(3);
        if (transaction.direction() == null) m.add("direction");
        if (transaction.kind() == null) m.add("kind");
        if (linked == Tri.UNKNOWN) m.add("/pay");
        return m.toArray(String[]::new);
    }
}
