package org.matrisk.engine.facts.relatedparty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.matrisk.engine.facts.RelatedPartyTransaction;
import org.matrisk.engine.facts.Tri;
import org.matrisk.model.Enums.Exemption;
import org.matrisk.model.Enums.TransactionKind;
import org.matrisk.model.Party;
import org.matrisk.model.Transaction;

/**
 * Derived: a transaction to a party related on its date that is an RPT ({@code payment} TRUE: a
 * PAYMENT) or may be one ({@code payment} UNKNOWN: {@code direction} absent). Receipts are not
 * candidates.
 *
 * <p>{@code rpt} carries the certain totals: RPT payments only, plus this transaction itself when its
 * direction is absent (the totals it would have as a payment). Transactions to related parties whose
 * direction is absent may be payments too: the {@code possible*} totals count them as well, and the
 * {@code uncertain*} lists name them (their pointers), so a threshold crossed only by the possible
 * total is UNKNOWN rather than false. Without such transactions both totals are equal and the lists
 * empty.
 */
public record RptCandidate(
        RelatedPartyTransaction rpt,
        Tri payment,
        BigDecimal possibleRunningTotal,
        BigDecimal possiblePartyYearTotal,
        BigDecimal possibleContractTotal,
        List<String> uncertainRunning,
        List<String> uncertainPartyYear,
        List<String> uncertainContract) {

    public Transaction transaction() { return rpt.transaction(); }
    public Party party() { return rpt.party(); }
    public String pointer() { return rpt.transaction().pointer(); }
    public String id() { return rpt.transaction().id(); }
    public String partyId() { return rpt.party().id(); }
    public LocalDate date() { return rpt.transaction().date(); }
    public BigDecimal amount() { return rpt.transaction().amount(); }
    public TransactionKind kind() { return rpt.transaction().kind(); }
    public String contractId() { return rpt.transaction().contractId(); }
    public LocalDate declaredOn() { return rpt.transaction().declaredOn(); }
    public String approvalRef() { return rpt.transaction().approvalRef(); }
    public Boolean atCost() { return rpt.transaction().atCost(); }
    public Boolean disclosedInAccounts() { return rpt.transaction().disclosedInAccounts(); }
    public Exemption exemption() { return rpt.party().exemption(); }
    public BigDecimal runningTotal() { return rpt.runningTotal(); }
    public BigDecimal partyYearTotal() { return rpt.partyYearTotal(); }
    public BigDecimal contractTotal() { return rpt.contractTotal(); }

    /** The financial year of the date, as written in messages: {@code 2023/24}. */
    public String financialYear() { return label(rpt.financialYearEnd()); }

    public static String label(int yearEnd) {
        return (yearEnd - 1) + "/" + String.format("%02d", yearEnd % 100);
    }

    /** The same transaction with the possible totals (counting every direction-absent transaction as a payment). */
    public RelatedPartyTransaction possible() {
        return new RelatedPartyTransaction(rpt.transaction(), rpt.party(), rpt.bases(), rpt.financialYearEnd(),
                possibleRunningTotal, possiblePartyYearTotal, possibleContractTotal);
    }

    /** Why the party is related, for messages: {@code an interest of P05, an appointment of P06}. */
    public String relation() {
        List<String> parts = new ArrayList<>(rpt.bases().size());
        for (String b : rpt.bases()) {
            if (b.startsWith("interest:")) parts.add("an interest of " + b.substring(9));
            else if (b.startsWith("appointment:")) parts.add("an appointment of " + b.substring(12) + " at company " + party().companyNumber());
            else if (b.equals("flag")) parts.add("relatedParty: true");
            else parts.add(b);
        }
        return String.join(", ", parts);
    }

    /** The absent fields an UNKNOWN outcome names: {@code direction} when it is absent here, and each uncertain transaction's direction. */
    public List<String> missingDirections(List<String> uncertainPointers) {
        List<String> out = new ArrayList<>(1 + uncertainPointers.size());
        if (payment == Tri.UNKNOWN) out.add("direction");
        for (String p : uncertainPointers) out.add(p + "/direction");
        return out;
    }
}
