package org.matrisk.assessment;

/** CRITICAL &gt; HIGH &gt; MEDIUM &gt; LOW &gt; INFO. Declared worst first. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    public boolean atLeast(Severity other) { return ordinal() <= other.ordinal(); }
}
