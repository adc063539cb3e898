package org.matrisk.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The trust's own financial regulations (v2 {@code policies}); every member may be null. */
public record Policies(ProcurementPolicy procurement, ExpensesPolicy expenses, GagPooling gagPooling) {
    public static final String POINTER = "/policies";
    public record ProcurementPolicy(BigDecimal quoteThreshold, BigDecimal tenderThreshold, BigDecimal writtenContractThreshold,
                                    Integer minimumQuotes, LocalDate approvedOn) {}
    public record ExpensesPolicy(BigDecimal mileageRate, BigDecimal approvalRequiredAbove, BigDecimal giftLimit,
                                 BigDecimal hospitalityPerHeadLimit, LocalDate approvedOn) {}
    public record GagPooling(Boolean pools, Boolean appealsMechanism, LocalDate approvedOn) {}
}
