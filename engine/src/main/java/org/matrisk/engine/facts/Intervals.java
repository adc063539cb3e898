package org.matrisk.engine.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.matrisk.model.DateSpan;
import org.matrisk.model.MoneyRange;

/**
 * The interval reading of catalogue v2 (Readings 7.3, 7.4; contract trust-data-v2.md 3.3) as functions a rule
 * calls: every comparison ("atom") is TRUE when it holds for every point of its intervals, FALSE when for
 * none, otherwise UNKNOWN; a null argument (the value is absent) gives UNKNOWN. Exact values are intervals of
 * one point, so on a version 1 document every function gives the plain comparison.
 */
public final class Intervals {
    private Intervals() {}

    // ---- money ---------------------------------------------------------------------------------

    /** x &gt; c. */
    public static Tri gt(MoneyRange x, BigDecimal c) {
        if (x == null || c == null) return Tri.UNKNOWN;
        if (x.lo().compareTo(c) > 0) return Tri.TRUE;
        if (x.hi() != null && x.hi().compareTo(c) <= 0) return Tri.FALSE;
        return Tri.UNKNOWN;
    }

    /** x &ge; c. */
    public static Tri ge(MoneyRange x, BigDecimal c) {
        if (x == null || c == null) return Tri.UNKNOWN;
        if (x.lo().compareTo(c) >= 0) return Tri.TRUE;
        if (x.hi() != null && x.hi().compareTo(c) < 0) return Tri.FALSE;
        return Tri.UNKNOWN;
    }

    /** x &lt; c. */
    public static Tri lt(MoneyRange x, BigDecimal c) { return ge(x, c).not(); }

    /** x &le; c. */
    public static Tri le(MoneyRange x, BigDecimal c) { return gt(x, c).not(); }

    /** x &le; y for two intervals: TRUE if x.hi &le; y.lo, FALSE if x.lo &gt; y.hi. */
    public static Tri le(MoneyRange x, MoneyRange y) {
        if (x == null || y == null) return Tri.UNKNOWN;
        if (x.hi() != null && x.hi().compareTo(y.lo()) <= 0) return Tri.TRUE;
        if (y.hi() != null && x.lo().compareTo(y.hi()) > 0) return Tri.FALSE;
        return Tri.UNKNOWN;
    }

    /** x &gt; y for two intervals. */
    public static Tri gt(MoneyRange x, MoneyRange y) { return le(x, y).not(); }

    /** x &ge; y for two intervals: TRUE if x.lo &ge; y.hi, FALSE if x.hi &lt; y.lo. */
    public static Tri ge(MoneyRange x, MoneyRange y) {
        if (x == null || y == null) return Tri.UNKNOWN;
        if (y.hi() != null && x.lo().compareTo(y.hi()) >= 0) return Tri.TRUE;
        if (x.hi() != null && x.hi().compareTo(y.lo()) < 0) return Tri.FALSE;
        return Tri.UNKNOWN;
    }

    /** x &lt; y for two intervals. */
    public static Tri lt(MoneyRange x, MoneyRange y) { return ge(x, y).not(); }

    /** x × k (k exact, not negative): a product is compared, never divided (7.3). */
    public static MoneyRange times(MoneyRange x, BigDecimal k) {
        if (x == null || k == null) return null;
        return new MoneyRange(x.lo().multiply(k), x.hi() == null ? null : x.hi().multiply(k));
    }

    /**
     * A running sum of interval terms whose membership may be TRUE (both ends) or UNKNOWN (the upper end only),
     * and to which a partial section adds +inf (7.3).
     */
    public static final class Sum {
        private BigDecimal lo = BigDecimal.ZERO;
        private BigDecimal hi = BigDecimal.ZERO; // null: unbounded

        /** Adds {@code x} when {@code member} is TRUE, its upper end only when UNKNOWN; an absent x adds [0, +inf). */
        public Sum add(MoneyRange x, Tri member) {
            if (member == Tri.FALSE) return this;
            if (x == null) { hi = null; return this; }
            if (member == Tri.TRUE) lo = lo.add(x.lo());
            if (hi != null) hi = x.hi() == null ? null : hi.add(x.hi());
            return this;
        }

        public Sum add(MoneyRange x) { return add(x, Tri.TRUE); }

        /** Unlisted items may exist: the upper end becomes +inf. */
        public Sum unbounded() { hi = null; return this; }

        /** Unbounded when {@code partial}. */
        public Sum partial(boolean partial) { return partial ? unbounded() : this; }

        public MoneyRange range() { return new MoneyRange(lo, hi); }
    }

    public static Sum sum() { return new Sum(); }

    // ---- counts --------------------------------------------------------------------------------

    /** A count [lo, hi] (hi -1 = unbounded) compared with "at least n". */
    public static Tri atLeast(int lo, int hi, int n) {
        if (lo >= n) return Tri.TRUE;
        if (hi >= 0 && hi < n) return Tri.FALSE;
        return Tri.UNKNOWN;
    }

    // ---- dates ---------------------------------------------------------------------------------

    /** d &lt; day (before). */
    public static Tri before(DateSpan d, LocalDate day) {
        if (d == null || day == null) return Tri.UNKNOWN;
        if (d.last().isBefore(day)) return Tri.TRUE;
        if (!d.first().isBefore(day)) return Tri.FALSE;
        return Tri.UNKNOWN;
    }

    /** d &le; day (on or before). */
    public static Tri onOrBefore(DateSpan d, LocalDate day) {
        if (d == null || day == null) return Tri.UNKNOWN;
        if (!d.last().isAfter(day)) return Tri.TRUE;
        if (d.first().isAfter(day)) return Tri.FALSE;
        return Tri.UNKNOWN;
    }

    /** d &gt; day (after). */
    public static Tri after(DateSpan d, LocalDate day) { return onOrBefore(d, day).not(); }

    /** d &ge; day (on or after). */
    public static Tri onOrAfter(DateSpan d, LocalDate day) { return before(d, day).not(); }

    /** a &lt; b for two spans: TRUE if a.last &lt; b.first, FALSE if a.first &ge; b.last. */
    public static Tri before(DateSpan a, DateSpan b) {
        if (a == null || b == null) return Tri.UNKNOWN;
        if (a.last().isBefore(b.first())) return Tri.TRUE;
        if (!a.first().isBefore(b.last())) return Tri.FALSE;
        return Tri.UNKNOWN;
    }

    /** a &le; b for two spans: TRUE if a.last &le; b.first, FALSE if a.first &gt; b.last. */
    public static Tri onOrBefore(DateSpan a, DateSpan b) {
        if (a == null || b == null) return Tri.UNKNOWN;
        if (!a.last().isAfter(b.first())) return Tri.TRUE;
        if (a.first().isAfter(b.last())) return Tri.FALSE;
        return Tri.UNKNOWN;
    }

    /** from &le; d &le; to (inclusive window of exact days; a null end is open). */
    public static Tri within(DateSpan d, LocalDate from, LocalDate to) {
        if (d == null) return Tri.UNKNOWN;
        Tri a = from == null ? Tri.TRUE : onOrAfter(d, from);
        Tri b = to == null ? Tri.TRUE : onOrBefore(d, to);
        return a.and(b);
    }

    /** The span shifted by n days (both ends). */
    public static DateSpan plusDays(DateSpan d, long n) {
        return d == null ? null : new DateSpan(d.first().plusDays(n), d.last().plusDays(n));
    }

    /** The span shifted by n calendar months (both ends; the last day of the month when the day does not exist). */
    public static DateSpan plusMonths(DateSpan d, long n) {
        return d == null ? null : new DateSpan(d.first().plusMonths(n), d.last().plusMonths(n));
    }

    /**
     * A dated parameter's atom over a span: {@code test} is evaluated on each day the span may be, and the answer
     * is TRUE (FALSE) only if TRUE (FALSE) for every one (7.4). Spans are at most a month, so days are tried one by one.
     */
    public static Tri forEveryDay(DateSpan d, java.util.function.Function<LocalDate, Tri> test) {
        if (d == null) return Tri.UNKNOWN;
        Tri first = null;
        for (LocalDate x = d.first(); !x.isAfter(d.last()); x = x.plusDays(1)) {
            Tri t = test.apply(x);
            if (t == Tri.UNKNOWN) return Tri.UNKNOWN;
            if (first == null) first = t;
            else if (t != first) return Tri.UNKNOWN;
        }
        return first;
    }

    /** Kleene truth as a boolean test a pattern can use: {@code isTrue(t)}. */
    public static boolean isTrue(Tri t) { return t == Tri.TRUE; }

    public static boolean isUnknown(Tri t) { return t == Tri.UNKNOWN; }
}
