package org.matrisk.engine.facts.relatedparty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matrisk.engine.PointerOrder;
import org.matrisk.engine.facts.Tri;
import org.matrisk.model.MoneyRange;

/**
 * Interval sums of catalogue v2 Readings 7.3 and 7.5 over the outflows of one group (a party and financial year, or a
 * contract and financial year): plain arithmetic, no verdict. An item whose membership is TRUE adds both ends, UNKNOWN
 * the upper end only; a partial {@code transactions} section adds +inf to the upper end. The item judged always counts
 * in full (the rule asks "if it is an RPT").
 */
public final class RptSums {
    private RptSums() {}

    /** The running totals of 7.5 of every item of a group, by pointer. O(g log g). */
    public static Map<String, MoneyRange> running(Collection<?> group, boolean partial) {
        List<RptItem> items = new ArrayList<>(group.size());
        for (Object o : group) items.add((RptItem) o);
        Map<String, MoneyRange> out = new HashMap<>(items.size() * 2);
        // certain ends: TRUE members ordered by (last day, id, pointer), prefix sums of their lower ends
        List<RptItem> sure = new ArrayList<>();
        List<RptItem> maybe = new ArrayList<>();
        for (RptItem i : items) {
            if (i.member() == Tri.TRUE) sure.add(i);
            if (i.member() != Tri.FALSE) maybe.add(i);
        }
        sure.sort(Comparator.comparing((RptItem i) -> i.date().last()).thenComparing(RptItem::id).thenComparing(RptItem::pointer, PointerOrder.INSTANCE));
        maybe.sort(Comparator.comparing((RptItem i) -> i.date().first()).thenComparing(RptItem::id).thenComparing(RptItem::pointer, PointerOrder.INSTANCE));
        BigDecimal[] loPrefix = new BigDecimal[sure.size() + 1];
        loPrefix[0] = BigDecimal.ZERO;
        for (int k = 0; k < sure.size(); k++) loPrefix[k + 1] = loPrefix[k].add(lo(sure.get(k)));
        BigDecimal[] hiPrefix = new BigDecimal[maybe.size() + 1];
        int[] unbounded = new int[maybe.size() + 1];
        hiPrefix[0] = BigDecimal.ZERO;
        for (int k = 0; k < maybe.size(); k++) {
            MoneyRange a = maybe.get(k).amount();
            boolean inf = a == null || a.hi() == null;
            hiPrefix[k + 1] = hiPrefix[k].add(inf ? BigDecimal.ZERO : a.hi());
            unbounded[k + 1] = unbounded[k] + (inf ? 1 : 0);
        }
        for (RptItem t : items) {
            // least: t on its first day, the others on their last
            int nLo = countBefore(sure, t.date().first(), t, true);
            BigDecimal lo = lo(t).add(loPrefix[nLo]);
            // most: t on its last day, the others on their first
            int nHi = countBefore(maybe, t.date().last(), t, false);
            BigDecimal hi = hiPrefix[nHi];
            int inf = unbounded[nHi];
            // t itself falls before its own last day when its date is a month: it is not an "other" item
            if (t.member() != Tri.FALSE && key(t.date().first(), t).compareTo(key(t.date().last(), t)) < 0) {
                if (t.amount() == null || t.amount().hi() == null) inf--;
                else hi = hi.subtract(t.amount().hi());
            }
            boolean open = partial || inf > 0 || t.amount() == null || t.amount().hi() == null;
            out.put(t.pointer(), new MoneyRange(lo, open ? null : hi.add(t.amount().hi())));
        }
        return out;
    }

    /** The number of items (sorted by their (last or first day, id, pointer)) strictly before (day, t.id, t.pointer). */
    private static int countBefore(List<RptItem> sorted, LocalDate day, RptItem t, boolean byLast) {
        Key target = key(day, t);
        int a = 0, b = sorted.size();
        while (a < b) {
            int m = (a + b) >>> 1;
            RptItem s = sorted.get(m);
            if (key(byLast ? s.date().last() : s.date().first(), s).compareTo(target) < 0) a = m + 1;
            else b = m;
        }
        return a;
    }

    private record Key(LocalDate day, String id, String pointer) implements Comparable<Key> {
        public int compareTo(Key o) {
            int c = day.compareTo(o.day);
            if (c != 0) return c;
            c = id.compareTo(o.id);
            return c != 0 ? c : PointerOrder.INSTANCE.compare(pointer, o.pointer);
        }
    }

    private static Key key(LocalDate day, RptItem i) { return new Key(day, i.id(), i.pointer()); }

    private static BigDecimal lo(RptItem i) { return i.amount() == null ? BigDecimal.ZERO : i.amount().lo(); }

    /**
     * A year or contract total without order (7.5): {@code self} in full, every other item of {@code group} per its
     * membership; +inf on the upper end when {@code partial}.
     */
    public static MoneyRange total(Collection<?> group, RptItem self, boolean partial) {
        BigDecimal lo = lo(self);
        BigDecimal hi = self.amount() == null ? null : self.amount().hi();
        for (Object o : group) {
            RptItem s = (RptItem) o;
            if (s.pointer().equals(self.pointer()) || s.member() == Tri.FALSE) continue;
            if (s.member() == Tri.TRUE) lo = lo.add(lo(s));
            if (hi != null) hi = s.amount() == null || s.amount().hi() == null ? null : hi.add(s.amount().hi());
        }
        return new MoneyRange(lo, partial ? null : hi);
    }

    /** The running total of the item at {@code pointer} in a {@link #running} map. */
    public static MoneyRange runningOf(Map<?, ?> running, String pointer) {
        return (MoneyRange) running.get(pointer);
    }

    /** The transactions among the items (RPT-04's year total counts transactions only, 7.5). */
    public static List<RptItem> transactionsOnly(Collection<?> items) {
        List<RptItem> out = new ArrayList<>(items.size());
        for (Object o : items) if (((RptItem) o).transaction()) out.add((RptItem) o);
        return out;
    }

    /** Money as messages write it: "£1,000.00", or "£1,000.00 to £2,000.00" for a band, "at least £1,000.00" unbounded. */
    public static String text(MoneyRange m) {
        if (m == null) return "(absent)";
        if (m.isExact()) return org.matrisk.engine.facts.Outcome.pounds(m.lo());
        if (m.hi() == null) return "at least " + org.matrisk.engine.facts.Outcome.pounds(m.lo());
        return org.matrisk.engine.facts.Outcome.pounds(m.lo()) + " to " + org.matrisk.engine.facts.Outcome.pounds(m.hi());
    }
}
