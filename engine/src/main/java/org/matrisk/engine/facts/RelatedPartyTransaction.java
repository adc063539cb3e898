package org.matrisk.engine.facts;

import java.math.BigDecimal;
import java.util.List;
import org.matrisk.model.Party;
import org.matrisk.model.Transaction;

/**
 * Derived: an RPT, a PAYMENT to a party related on the payment's date.
 *
 * @param bases          why the party is related: {@code interest:P05} (an insider's declared-or-not
 *                       interest), {@code appointment:P06} (an insider's appointment at the party's
 *                       company number current on the date), {@code flag} ({@code relatedParty: true})
 * @param financialYearEnd Y of the financial year (1 Sep Y-1 .. 31 Aug Y) containing the date
 * @param runningTotal   RPT payments to the party in that year up to and including this one, ordered by
 *                       date then id (string order)
 * @param partyYearTotal every RPT payment to the party in that year
 * @param contractTotal  RPT payments sharing this one's {@code contractId} in that year, whoever they
 *                       were paid to (no contractId: this payment alone)
 */
public record RelatedPartyTransaction(
        Transaction transaction,
        Party party,
        List<String> bases,
        int financialYearEnd,
        BigDecimal runningTotal,
        BigDecimal partyYearTotal,
        BigDecimal contractTotal) {

    public String pointer() { return transaction.pointer(); }
    public java.time.LocalDate date() { return transaction.date(); }
    public BigDecimal amount() { return transaction.amount(); }
}
