package org.matrisk.engine.facts.governance;

import java.math.BigDecimal;
import java.util.List;

/**
 * Derived (GovernanceFacts): the members who are also trustees (GOV-04).
 *
 * @param members      how many members the trust has
 * @param alsoTrustees the member ids that are also listed as trustees, in member order
 */
public record MemberTrustees(int members, List<String> alsoTrustees) {

    public int count() { return alsoTrustees.size(); }

    /** True when the members who are trustees are more than {@code share} of all members. */
    public boolean moreThan(BigDecimal share) {
        return BigDecimal.valueOf(alsoTrustees.size()).compareTo(share.multiply(BigDecimal.valueOf(members))) > 0;
    }

    public String ids() { return String.join(", ", alsoTrustees); }
}
