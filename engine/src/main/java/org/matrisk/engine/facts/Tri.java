package org.matrisk.engine.facts;

/** Kleene three-valued truth: a condition that needs absent data is UNKNOWN, not false. */
public enum Tri {
    TRUE, FALSE, UNKNOWN;

    public static Tri of(boolean b) { return b ? TRUE : FALSE; }

    public Tri and(Tri o) {
        if (this == FALSE || o == FALSE) return FALSE;
        if (this == TRUE && o == TRUE) return TRUE;
        return UNKNOWN;
    }

    public Tri or(Tri o) {
        if (this == TRUE || o == TRUE) return TRUE;
        if (this == FALSE && o == FALSE) return FALSE;
        return UNKNOWN;
    }

    /**
     * {@link #and(Tri)} under a name that is not a DRL connective: Drools' executable model reads
     * {@code x.and(y)} in a rule condition as the connective {@code &&}, so the built-in pack's DRL
     * calls this.
     */
    public Tri both(Tri o) { return and(o); }

    /** {@link #or(Tri)} under a name that is not a DRL connective (see {@link #both(Tri)}). */
    public Tri either(Tri o) { return or(o); }

    public Tri not() {
        return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
    }

    /** {@link #not()} under a name that is not a DRL keyword (see {@link #both(Tri)}). */
    public Tri negate() { return not(); }
}
