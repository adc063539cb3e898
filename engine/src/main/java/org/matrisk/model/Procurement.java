package org.matrisk.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** How a contract was let (v2 {@code transactions[].procurement}). Absent fields are null. */
public record Procurement(Enums.ProcurementMethod method, Enums.ProcurementCategory category, Integer quotes, Integer chosenRank,
                          Boolean valueForMoneyRecorded, Boolean writtenContract, BigDecimal contractValue,
                          BigDecimal contractValueExVat, LocalDate awardedOn, String directAwardJustification, String pointer) {}
