package org.matrisk.engine.facts.autonomy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.matrisk.engine.facts.Outcome;
import org.matrisk.model.Enums.AuthorisedBy;
import org.matrisk.model.SpecialPayment;
import org.matrisk.model.Transaction;

/**
 * Derived (by DRL, {@code autonomy.drl}): a matter reserved to trust-level approval (AUT-07), an RPT
 * or a special payment, with who authorised it ({@code null}: absent).
 *
 * @param pointer      the item: {@code /transactions/<i>} or {@code /specialPayments/<i>}
 * @param description  the item as written in messages (ids, amount, counterparty id, date)
 */
public record ReservedMatter(String pointer, String description, AuthorisedBy authorisedBy) {

    /** A related-party payment (the rule pack decides which payments are: {@code RelatedPartyPayment}). */
    public static ReservedMatter ofPayment(Transaction t) {
        return new ReservedMatter(t.pointer(), "Related-party payment " + t.id() + money(t.amount())
                + " to " + t.partyId() + on(t.date()), t.authorisedBy());
    }

    public static ReservedMatter of(SpecialPayment s) {
        return new ReservedMatter(s.pointer(), "Special payment " + s.id() + (s.kind() == null ? "" : " (" + s.kind() + ")")
                + money(s.amount()) + (s.personId() == null ? "" : " to " + s.personId()) + on(s.date()), s.authorisedBy());
    }

    private static String money(BigDecimal amount) { return amount == null ? "" : " of " + Outcome.pounds(amount); }

    private static String on(LocalDate date) { return date == null ? "" : " on " + date; }
}
