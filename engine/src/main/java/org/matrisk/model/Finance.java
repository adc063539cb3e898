package org.matrisk.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** {@code forecast} and {@code returns} are null when absent (UNKNOWN), empty when given as []. */
public record Finance(
        BigDecimal totalIncome,
        BigDecimal totalExpenditure,
        BigDecimal inYearRevenueBalance,
        BigDecimal revenueReserves,
        BigDecimal cash,
        BigDecimal lastAuditedIncomeGiven,
        Enums.AuditOpinion auditOpinion,
        Enums.RegularityConclusion regularityConclusion,
        LocalDate deficitRecoveryPlanAgreedOn,
        List<Forecast> forecast,
        List<FinancialReturn> returns,
        BigDecimal gagIncome,
        BigDecimal centreRevenueReservesStart,
        BigDecimal centreRevenueReservesEnd) {
    /** A version 1 finance object. */
    public Finance(BigDecimal totalIncome, BigDecimal totalExpenditure, BigDecimal inYearRevenueBalance, BigDecimal revenueReserves,
                   BigDecimal cash, BigDecimal lastAuditedIncomeGiven, Enums.AuditOpinion auditOpinion,
                   Enums.RegularityConclusion regularityConclusion, LocalDate deficitRecoveryPlanAgreedOn,
                   List<Forecast> forecast, List<FinancialReturn> returns) {
        this(totalIncome, totalExpenditure, inYearRevenueBalance, revenueReserves, cash, lastAuditedIncomeGiven, auditOpinion,
                regularityConclusion, deficitRecoveryPlanAgreedOn, forecast, returns, null, null, null);
    }
    public static final String POINTER = "/finance";

    /** Income in the last audited accounts; defaults to {@code totalIncome}. */
    public BigDecimal lastAuditedIncome() { return lastAuditedIncomeGiven != null ? lastAuditedIncomeGiven : totalIncome; }
}
