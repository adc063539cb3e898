package org.matrisk.assessment;

/** Declared worst first. */
public enum Rating {
    CRITICAL, HIGH, MEDIUM, LOW;

    public boolean atLeast(Rating other) { return ordinal() <= other.ordinal(); }
    public static Rating worst(Rating a, Rating b) { return a.ordinal() <= b.ordinal() ? a : b; }
}
