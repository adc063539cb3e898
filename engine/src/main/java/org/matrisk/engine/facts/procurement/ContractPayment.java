package org.matrisk.engine.facts.procurement;

import org.matrisk.engine.facts.Tri;
import org.matrisk.model.DateSpan;
import org.matrisk.model.MoneyRange;
import org.matrisk.model.Transaction;

/**
 * A payment under a procurement contract as PRC-06 counts it (Readings 7.5, 7.9): plain data.
 *
 * @param member           Kleene "it counts": a payment (direction), under a procurement contract, dated in the period
 * @param financialYearEnd Y of the financial year of its date (a month lies in one)
 */
public record ContractPayment(Transaction transaction, Contract contract, String partyId, DateSpan date, MoneyRange amount,
                              Tri member, int financialYearEnd) {}
