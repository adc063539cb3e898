package org.matrisk.engine.inline;

import java.util.List;

/**
 * A rule that cannot be decided for the payment because data is absent; the full assessment reports
 * it as UNKNOWN. {@code missing} names the absent fields as the assessment does (relative to the
 * payment, or absolute JSON Pointers into the context document).
 */
public record Undecided(String ruleId, List<String> missing) {
    public Undecided {
        missing = List.copyOf(missing);
    }
}
