package org.matrisk.engine.facts.notices;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.matrisk.engine.facts.ReturnStatus;

/** NTI-09's late returns, in the order of the return kinds, and how its message lists them. */
public final class LateReturns {
    private LateReturns() {}

    public static List<ReturnStatus> ordered(Collection<?> late) {
        return late.stream().map(ReturnStatus.class::cast).sorted(Comparator.comparing(ReturnStatus::kind)).toList();
    }

    /** "AUDITED_ACCOUNTS due 2024-12-31, submitted on 2025-01-01; COMPANIES_HOUSE due 2025-05-31, not submitted". */
    public static String describe(List<ReturnStatus> late) {
        return late.stream().map(r -> r.kind() + " due " + r.deadline() + ", "
                + (r.submittedOn() == null ? "not submitted" : "submitted on " + r.submittedOn()))
                .collect(Collectors.joining("; "));
    }
}
