package org.matrisk.model;

import java.math.BigDecimal;
import java.util.List;

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
        BigDecimal totalBenefitsGiven,
        List<ExternalRemuneration> externalRemuneration,
        String pointer) {
    /** A version 1 pay record. */
    public PayRecord(String personId, Enums.PayRole role, BigDecimal fte, BigDecimal salary, BigDecimal bonus,
                     BigDecimal benefitsInKind, BigDecimal employerPension, BigDecimal previousSalary,
                     Enums.PayApprover approvedBy, Boolean benchmarked, String pointer) {
        this(personId, role, fte, salary, bonus, benefitsInKind, employerPension, previousSalary, approvedBy, benchmarked,
                null, null, pointer);
    }

    /**
     * {@code totalBenefits} when given (v2); else salary + bonus + benefitsInKind + employerPension (absent
     * parts count 0); null when the salary is not known exactly (a v2 record with a band or no salary).
     * {@code salary} and the parts are null when given as bands (see {@link Coverage}).
     */
    public BigDecimal totalBenefits() {
        if (totalBenefitsGiven != null) return totalBenefitsGiven;
        BigDecimal t = salary;
        if (t == null) return null;
        if (bonus != null) t = t.add(bonus);
        if (benefitsInKind != null) t = t.add(benefitsInKind);
        if (employerPension != null) t = t.add(employerPension);
        return t;
    }
}
