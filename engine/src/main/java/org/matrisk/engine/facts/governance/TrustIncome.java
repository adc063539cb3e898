package org.matrisk.engine.facts.governance;

import java.math.BigDecimal;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.model.Finance;

/**
 * Derived (by DRL, governance.drl): the income the £50m tests (GOV-06, GOV-12) compare, namely
 * {@code lastAuditedIncome} when the switch {@code gov.incomeTest.lastAudited} is on for the period
 * (period.start on or after 1 Sep 2025), else {@code totalIncome}. A {@code lastAuditedIncome} that is
 * absent defaults to {@code totalIncome} (trust-data contract), and is then cited as {@code totalIncome}.
 *
 * @param amount  the income compared
 * @param field   the field it was read from: {@code lastAuditedIncome} or {@code totalIncome}
 * @param pointer the JSON Pointer of that field
 * @param basis   the switch that chose the field (resolved on period.start)
 */
public record TrustIncome(BigDecimal amount, String field, String pointer, ParamValue basis) {

    public static TrustIncome of(Finance finance, ParamValue basis) {
        if (basis.on() && finance.lastAuditedIncomeGiven() != null)
            return new TrustIncome(finance.lastAuditedIncomeGiven(), "lastAuditedIncome", Finance.POINTER + "/lastAuditedIncome", basis);
        return new TrustIncome(finance.totalIncome(), "totalIncome", Finance.POINTER + "/totalIncome", basis);
    }
}
