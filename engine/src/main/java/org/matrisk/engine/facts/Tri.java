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

    public Tri not() {
        return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
    }
}
