package org.matrisk.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code novelOrContentious} marks something out of the ordinary: absent = false. */
public record Transaction(
        String id,
        LocalDate date,
        String partyId,
        BigDecimal amount,
        Enums.Direction direction,
        Enums.TransactionKind kind,
        String contractId,
        LocalDate declaredOn,
        String approvalRef,
        Boolean atCost,
        boolean novelOrContentious,
        Boolean disclosedInAccounts,
        Enums.AuthorisedBy authorisedBy,
        String pointer) {
    public boolean isPayment() { return direction == Enums.Direction.PAYMENT; }
}
