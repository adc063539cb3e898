package org.matrisk.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money moved inside the trust or to and from connected parties (v2 {@code transfers[]}). */
public record Transfer(String id, LocalDate date, FundsEnd from, FundsEnd to, BigDecimal amount, Enums.Fund fund,
                       Enums.FundUse use, Enums.TransferPurpose purpose, LocalDate boardApprovedOn, String approvalRef,
                       LocalDate declaredOn, Boolean disclosedInAccounts, String pointer) {}
