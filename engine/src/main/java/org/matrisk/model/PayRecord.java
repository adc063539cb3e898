package org.matrisk.model;

import java.math.BigDecimal;

public record PayRecord(
        String personId,
        Enums.PayRole role,
        BigDecimal fte,
        BigDecimal salary,
        BigDecimal bonus,
        BigDecimal benefitsInKind,
        BigDecimal employerPension,
        BigDecimal previousSalary,
        Enums.PayApprover approvedBy,
        Boolean benchmarked,
        String pointer) {

    /** salary + bonus + benefitsInKind + employerPension (absent parts count 0). */
    public BigDecimal totalBenefits() {
        BigDecimal t = salary;
        if (bonus != null) t = t.add(bonus);
        if (benefitsInKind != null) t = t.add(benefitsInKind);
        if (employerPension != null) t = t.add(employerPension);
        return t;
    }
}
