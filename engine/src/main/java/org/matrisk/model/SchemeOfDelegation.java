package org.matrisk.model;

import java.time.LocalDate;

public record SchemeOfDelegation(LocalDate approvedOn, LocalDate reviewedOn) {
    public static final String POINTER = "/governance/schemeOfDelegation";

    /** The later of reviewedOn and approvedOn, or null when both are absent. */
    public LocalDate lastApprovedOrReviewed() {
        if (approvedOn == null) return reviewedOn;
        if (reviewedOn == null) return approvedOn;
        return reviewedOn.isAfter(approvedOn) ? reviewedOn : approvedOn;
    }
}
