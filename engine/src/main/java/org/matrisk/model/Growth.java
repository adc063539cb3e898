package org.matrisk.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** {@code dueDiligence} is never null; an area absent from it means NOT_DONE. */
public record Growth(
        String academyUrn,
        LocalDate proposedOn,
        LocalDate boardApprovedOn,
        LocalDate joinedOn,
        Map<Enums.DueDiligenceArea, Enums.DueDiligenceStatus> dueDiligence,
        BigDecimal inheritedDeficit,
        Boolean deficitFundingAgreed,
        LocalDate capacityAssessedOn,
        String pointer) {

    public Enums.DueDiligenceStatus dueDiligence(Enums.DueDiligenceArea area) {
        return dueDiligence.getOrDefault(area, Enums.DueDiligenceStatus.NOT_DONE);
    }

    /** A joiner: joinedOn inside the period (inclusive). */
    public boolean joinedWithin(Period p) {
        return joinedOn != null && !joinedOn.isBefore(p.start()) && !joinedOn.isAfter(p.end());
    }
}
