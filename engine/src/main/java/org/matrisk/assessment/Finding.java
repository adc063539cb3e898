package org.matrisk.assessment;

import java.util.List;

/** One FAIL outcome of one rule for one item (or for the trust). */
public record Finding(
        String ruleId,
        Area area,
        Severity severity,
        String title,
        String message,
        Reference reference,
        List<Evidence> evidence,
        List<ParameterUse> parameters,
        Suppression suppression) {

    public Finding {
        evidence = List.copyOf(evidence);
        parameters = List.copyOf(parameters);
    }

    public String firstPointer() { return evidence.isEmpty() ? "" : evidence.get(0).pointer(); }
    public boolean suppressed() { return suppression != null; }
}
