package org.matrisk.engine.facts.relatedparty;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.List;
import org.matrisk.model.Transaction;

/**
 * Plain arithmetic, for the DRL (see {@link RptFunctions#totals}): the totals of one ledger line
 * that the rule pack has found to be a related-party payment ({@code payment} TRUE) or possibly one
 * (direction absent). Nothing here decides whether a line is one: the pack passes the lines in.
 *
 * <p>The certain totals count the certain payments, plus this line itself when its direction is
 * absent (the totals it would have as a payment). The possible totals count every possible payment
 * as well. The {@code uncertain*} lists name the <em>other</em> direction-absent lines of each total
 * (their pointers, in ledger order: date, then id, then position): for a running total, those before
 * this line. They are views of one shared list per group, so a ledger with many direction-absent lines
 * costs no more than one list per group.
 *
 * @param transaction  the ledger line
 * @param financialYearEnd Y of the financial year (1 Sep Y-1 .. 31 Aug Y) containing its date
 */
public record RptTotals(
        Transaction transaction,
        int financialYearEnd,
        BigDecimal runningTotal,
        BigDecimal partyYearTotal,
        BigDecimal contractTotal,
        BigDecimal possibleRunningTotal,
        BigDecimal possiblePartyYearTotal,
        BigDecimal possibleContractTotal,
        List<String> uncertainRunning,
        List<String> uncertainPartyYear,
        List<String> uncertainContract) {

    /** {@code list} without its element at {@code index}: a view, no copy. */
    static List<String> without(List<String> list, int index) {
        if (index < 0) return list;
        return new AbstractList<>() {
            @Override
            public String get(int i) {
                return list.get(i < index ? i : i + 1);
            }

            @Override
            public int size() {
                return list.size() - 1;
            }
        };
    }
}
