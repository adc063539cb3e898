package org.matrisk.engine.facts.remuneration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.matrisk.engine.PointerOrder;
import org.matrisk.engine.facts.Outcome;
import org.matrisk.model.PayRecord;
import org.matrisk.model.Transaction;

/**
 * Functions for remuneration rules (DRL: {@code import org.matrisk.engine.facts.remuneration.PayFunctions;}
 * then {@code PayFunctions.inOrder($list)}). Data access, arithmetic and text only: every decision of
 * the PAY rules (who is an executive, which trigger holds, which link counts) is a DRL rule in
 * {@code remuneration.drl}; these functions neither compare with a threshold nor know a rule.
 */
public final class PayFunctions {
    private PayFunctions() {}

    /** {@code amount × ratio} (previous salary × the rise ratio, say); null when amount is absent. */
    public static BigDecimal times(BigDecimal amount, BigDecimal ratio) {
        return amount == null || ratio == null ? null : amount.multiply(ratio);
    }

    /** {@code upper - lower} (a pay band's width); null when either is absent. */
    public static BigDecimal difference(BigDecimal upper, BigDecimal lower) {
        return upper == null || lower == null ? null : upper.subtract(lower);
    }

    /** Equal amounts by value, whatever their scale ({@code 10000} and {@code 10000.00}); false when either is absent. */
    public static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }

    /** Pay records in input order (by pointer). */
    public static List<PayRecord> inOrder(Collection<?> records) {
        List<PayRecord> out = new ArrayList<>(records.size());
        for (Object o : records) out.add((PayRecord) o);
        out.sort((a, b) -> PointerOrder.INSTANCE.compare(a.pointer(), b.pointer()));
        return out;
    }

    /**
     * The pay record with the highest salary (the first in input order on a tie), or null for none:
     * the one a message cites when several of a person's records qualify.
     */
    public static PayRecord highestSalary(Collection<?> records) {
        PayRecord high = null;
        for (PayRecord p : inOrder(records)) if (high == null || p.salary().compareTo(high.salary()) > 0) high = p;
        return high;
    }

    /** "P20 £160,000.00 (/pay/0), …" by salary, in input order, or "none". */
    public static String salaries(Collection<?> records) {
        if (records.isEmpty()) return "none";
        List<String> s = new ArrayList<>();
        for (PayRecord p : inOrder(records)) s.add(p.personId() + " " + Outcome.pounds(p.salary()) + " (" + p.pointer() + ")");
        return String.join(", ", s);
    }

    /** "P20 £182,000.00 (/pay/0), …" by total benefits, in input order, or "none". */
    public static String totalBenefits(Collection<?> records) {
        if (records.isEmpty()) return "none";
        List<String> s = new ArrayList<>();
        for (PayRecord p : inOrder(records)) s.add(p.personId() + " " + Outcome.pounds(p.totalBenefits()) + " (" + p.pointer() + ")");
        return String.join(", ", s);
    }

    /**
     * Data access for ledger scans: the transactions whose {@code partyId} is one of {@code partyIds}, in
     * input order, in one pass over the ledger (DRL: {@code Transaction( ... ) from
     * PayFunctions.toParties($d.transactions(), $ids)}), so that a rule about a few parties does not join
     * every ledger line with every party.
     */
    public static List<Transaction> toParties(List<Transaction> transactions, Set<?> partyIds) {
        if (transactions == null || partyIds.isEmpty()) return List.of();
        List<Transaction> out = new ArrayList<>();
        for (Transaction t : transactions) if (t.partyId() != null && partyIds.contains(t.partyId())) out.add(t);
        return out;
    }

    /**
     * Items in input order by their pointer: records with a {@code pointer()} accessor (the input
     * records) or objects with a {@code getPointer()} getter (DRL declared types with a {@code pointer}
     * field). The sort is stable.
     */
    public static List<Object> byPointer(Collection<?> items) {
        List<Object> out = new ArrayList<>(items);
        out.sort((a, b) -> PointerOrder.INSTANCE.compare(pointerOf(a), pointerOf(b)));
        return out;
    }

    private static String pointerOf(Object item) {
        for (String name : new String[] {"getPointer", "pointer"}) {
            try {
                return (String) item.getClass().getMethod(name).invoke(item);
            } catch (NoSuchMethodException e) {
                // try the other accessor
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read the pointer of " + item, e);
            }
        }
        throw new IllegalArgumentException(item.getClass().getName() + " has no pointer");
    }
}
