package org.matrisk.assessment;

import java.util.List;

/**
 * A rule that could be neither passed nor failed for one item because data was absent.
 * {@code pointer} is the object judged; {@code missing} names the absent fields (relative names when
 * they belong to that object, absolute JSON Pointers otherwise).
 */
public record UnknownOutcome(String ruleId, String pointer, List<String> missing) {
    public UnknownOutcome { missing = List.copyOf(missing); }
}
