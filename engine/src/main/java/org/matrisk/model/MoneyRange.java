package org.matrisk.model;

import java.math.BigDecimal;

/**
 * An amount known exactly ({@code lo == hi}) or only within a band [lo, hi] (contract
 * trust-data-v2.md 3.1); {@code hi == null} means unbounded above (a lower bound only: a sum over a
 * partial section, 3.3).
 */
public record MoneyRange(BigDecimal lo, BigDecimal hi) {
    public static final MoneyRange ZERO = new MoneyRange(BigDecimal.ZERO, BigDecimal.ZERO);
    /** [0, +inf): an absent none-able amount in a partial section. */
    public static final MoneyRange UNBOUNDED = new MoneyRange(BigDecimal.ZERO, null);

    public MoneyRange {
        if (lo == null) throw new IllegalArgumentException("lo is required");
        if (hi != null && lo.compareTo(hi) > 0) throw new IllegalArgumentException(lo + " above " + hi);
    }
    public static MoneyRange of(BigDecimal v) { return v == null ? null : new MoneyRange(v, v); }
    public boolean isExact() { return hi != null && lo.compareTo(hi) == 0; }
    public boolean isBounded() { return hi != null; }
    public BigDecimal exact() { return isExact() ? lo : null; }
    public MoneyRange plus(MoneyRange o) {
        return new MoneyRange(lo.add(o.lo), hi == null || o.hi == null ? null : hi.add(o.hi));
    }
    @Override public String toString() { return isExact() ? lo.toPlainString() : lo.toPlainString() + ".." + (hi == null ? "" : hi.toPlainString()); }
}
