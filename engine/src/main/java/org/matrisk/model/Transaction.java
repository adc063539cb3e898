package org.matrisk.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code novelOrContentious} marks something out of the ordinary: absent = false. {@code date} / {@code amount}
 * are null when given as a month / band (see {@link Coverage}). {@code propriety} and
 * {@code beneficiaryPersonIds} are never null (absent = empty); the other v2 fields are null when absent.
 */
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
        List<Enums.Propriety> propriety,
        Enums.Funding fundedFrom,
        List<String> beneficiaryPersonIds,
        Integer headcount,
        Procurement procurement,
        Expense expense,
        String pointer) {
    /** A version 1 transaction (no v2 fields). */
    public Transaction(String id, LocalDate date, String partyId, BigDecimal amount, Enums.Direction direction,
                       Enums.TransactionKind kind, String contractId, LocalDate declaredOn, String approvalRef, Boolean atCost,
                       boolean novelOrContentious, Boolean disclosedInAccounts, Enums.AuthorisedBy authorisedBy, String pointer) {
        this(id, date, partyId, amount, direction, kind, contractId, declaredOn, approvalRef, atCost, novelOrContentious,
                disclosedInAccounts, authorisedBy, List.of(), null, List.of(), null, null, null, pointer);
    }
    public boolean isPayment() { return direction == Enums.Direction.PAYMENT; }

    /**
     * This transaction, every member kept, at {@code pointer} (itself when it is there already); the pointers of its
     * {@code procurement} and {@code expense} move with it.
     */
    public Transaction withPointer(String pointer) {
        if (java.util.Objects.equals(pointer, this.pointer)) return this;
        Procurement p = procurement == null ? null : new Procurement(procurement.method(), procurement.category(), procurement.quotes(),
                procurement.chosenRank(), procurement.valueForMoneyRecorded(), procurement.writtenContract(), procurement.contractValue(),
                procurement.contractValueExVat(), procurement.awardedOn(), procurement.directAwardJustification(), moved(procurement.pointer(), pointer));
        Expense e = expense == null ? null : new Expense(expense.claimantPersonId(), expense.category(), expense.miles(),
                expense.approverPersonId(), expense.approvedOn(), moved(expense.pointer(), pointer));
        return new Transaction(id, date, partyId, amount, direction, kind, contractId, declaredOn, approvalRef, atCost,
                novelOrContentious, disclosedInAccounts, authorisedBy, propriety, fundedFrom, beneficiaryPersonIds, headcount,
                p, e, pointer);
    }

    /** {@code nested} (a pointer below this transaction's) below {@code to} instead. */
    private String moved(String nested, String to) {
        if (nested == null || this.pointer == null || !nested.startsWith(this.pointer + "/")) return nested;
        return to + nested.substring(this.pointer.length());
    }
}
