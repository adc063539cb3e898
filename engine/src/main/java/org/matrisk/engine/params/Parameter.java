package org.matrisk.engine.params;

import java.time.LocalDate;
import java.util.List;

/**
 * A named, typed parameter with its values ordered by effective date. {@code file} is where it is
 * defined, {@code <pack id>/<path in the pack>} (null when built in code).
 */
public record Parameter(String name, ParameterType type, String description, List<DatedValue> values, String file) {
    public Parameter {
        values = List.copyOf(values);
    }

    public Parameter(String name, ParameterType type, String description, List<DatedValue> values) {
        this(name, type, description, values, null);
    }

    /**
     * True when the catalogue marks the parameter unconfirmed: its description, or the source of one of its values,
     * contains the word "unconfirmed" (any case). Such a parameter is kept and used; {@code explain} says so.
     */
    public boolean unconfirmed() {
        return marksUnconfirmed(description) || values.stream().anyMatch(DatedValue::unconfirmed);
    }

    static boolean marksUnconfirmed(String text) {
        return text != null && text.toLowerCase(java.util.Locale.ROOT).contains("unconfirmed");
    }

    /** The value in force on {@code day}, or null when none is (the day precedes the first value). */
    public DatedValue valueOn(LocalDate day) {
        DatedValue inForce = null;
        for (DatedValue v : values) {
            if (v.from() == null || !v.from().isAfter(day)) inForce = v;
            else break;
        }
        return inForce;
    }
}
