package org.matrisk.engine.facts.procurement;

import java.util.List;
import java.util.Map;
import org.matrisk.engine.facts.Tri;
import org.matrisk.model.MoneyRange;

/**
 * The payments to one party in one financial year under procurement contracts (PRC-06), as data: their interval sum
 * (a partial {@code transactions} section adds +inf), the first of them by the order key (its date resolves the public
 * threshold, its pointer is the evidence), and the contracts they belong to with Kleene membership (OR of their payments').
 */
public record SupplierYear(String partyId, int financialYearEnd, List<ContractPayment> payments, MoneyRange sum,
                           ContractPayment first, Map<Contract, Tri> contracts) {

    /** "2023/24" for Y = 2024. */
    public String year() {
        int yy = financialYearEnd % 100;
        return (financialYearEnd - 1) + "/" + (yy < 10 ? "0" : "") + yy;
    }
}
