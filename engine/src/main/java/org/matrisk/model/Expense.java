package org.matrisk.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An expense claim (v2 {@code transactions[].expense}, only on kind EXPENSES). */
public record Expense(String claimantPersonId, Enums.ExpenseCategory category, BigDecimal miles, String approverPersonId,
                      LocalDate approvedOn, String pointer) {}
