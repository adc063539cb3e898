package org.matrisk.engine.params;

import java.time.LocalDate;

/**
 * One value of a parameter, in force from {@code from} (inclusive) until the next value's
 * {@code from}. A null {@code from} means "since before any edition this pack assesses".
 */
public record DatedValue(LocalDate from, Object value, String source, String url) {
    /**
     * True when the source text marks the value unconfirmed: it contains the word "unconfirmed" (any case), the
     * convention of the parameter files for a value the rule catalogue could not confirm from a primary source.
     */
    public boolean unconfirmed() { return Parameter.marksUnconfirmed(source); }
}
