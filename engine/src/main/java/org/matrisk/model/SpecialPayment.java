package org.matrisk.model;

import java.math.BigDecimal;
import java.time.LocalDate;

public record SpecialPayment(
        String id,
        String personId,
        LocalDate date,
        Enums.SpecialPaymentKind kind,
        BigDecimal amount,
        Boolean contractual,
        Boolean statutory,
        BigDecimal totalExitPackage,
        String approvalRef,
        Enums.AuthorisedBy authorisedBy,
        Boolean disclosedIndividually,
        String pointer) {

}
