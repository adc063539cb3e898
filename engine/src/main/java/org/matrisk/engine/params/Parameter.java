package org.matrisk.engine.params;

import java.time.LocalDate;
import java.util.List;

/** A named, typed parameter with its values ordered by effective date. */
public record Parameter(String name, ParameterType type, String description, List<DatedValue> values) {
    public Parameter {
        values = List.copyOf(values);
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
