package org.matrisk.engine.facts.relatedparty;

import org.matrisk.engine.facts.Tri;
import org.matrisk.model.DateSpan;
import org.matrisk.model.MoneyRange;
import org.matrisk.model.Period;

/**
 * One outflow of catalogue v2 (2.5) as the sums of Readings 7.3 and 7.5 see it: a {@code transactions[]} payment
 * ({@code transaction} true) or a {@code transfers[]} item to a party. {@code member}: whether it counts in the
 * related-party sums (payment and related, Kleene), as the rules derived it. Plain data.
 *
 * @param date   the date as a span (a month, or one day)
 * @param amount the amount as an interval (a band, or one value); null when absent
 * @param financialYearEnd Y of the financial year 1 Sep Y-1 .. 31 Aug Y of its date (a month lies in one)
 */
public record RptItem(String pointer, String id, String partyId, String contractId, boolean transaction, DateSpan date,
                      MoneyRange amount, Tri member, int financialYearEnd) {

    public static RptItem of(String pointer, String id, String partyId, String contractId, boolean transaction, DateSpan date,
                             MoneyRange amount, Tri member) {
        return new RptItem(pointer, id, partyId, contractId, transaction, date, amount, member,
                Period.financialYearEnd(date.first()));
    }
}
