package org.matrisk.engine.facts.procurement;

import java.util.List;
import org.matrisk.engine.facts.Tri;
import org.matrisk.model.DateSpan;
import org.matrisk.model.Enums.ProcurementCategory;
import org.matrisk.model.MoneyRange;
import org.matrisk.model.Procurement;
import org.matrisk.model.Transaction;

/**
 * One contract of catalogue v2 Terms 2.6 and Readings 7.8, as data (no verdict): the non-receipt transactions sharing a
 * {@code contractId} (whoever was paid), or one such transaction without {@code contractId}.
 *
 * @param key           the contract id, or {@code "#" + pointer} for a payment that is a contract alone
 * @param items         its transactions by the order key of Readings 7.4 (first day, last day, id)
 * @param earliest      the earliest payment (its pointer is the contract's evidence)
 * @param payment       Kleene "it has a PAYMENT": TRUE when some item is a payment, UNKNOWN when only direction-absent items
 * @param procurement   Kleene "a procurement": category given, or the earliest payment's kind GOODS or SERVICES (kind absent: UNKNOWN)
 * @param category      the category read (given, or from the kind); null when the kind is absent or another kind
 * @param thresholdName the public-threshold parameter of its category (goods and services when the category is unknown)
 * @param facts         the {@code procurement} objects of its items, in item order (their union is the contract's facts)
 * @param listed        the sum of its listed payments (direction-absent items add to the upper end only)
 * @param value         V of Readings 7.8
 * @param contractValue the given {@code contractValue} (or band), or null
 * @param awardDate     {@code awardedOn}, else the earliest payment's date
 * @param awardGiven    true when {@code awardedOn} is given
 */
public record Contract(String key, String contractId, List<Transaction> items, Transaction earliest, String pointer,
                       Tri payment, Tri procurement, ProcurementCategory category, String thresholdName,
                       List<Procurement> facts, MoneyRange listed, MoneyRange value, MoneyRange contractValue,
                       DateSpan awardDate, boolean awardGiven) {

    /** The financial year (Y of 1 Sep Y-1 .. 31 Aug Y) of the award date's first day. */
    public int awardYear() { return org.matrisk.model.Period.financialYearEnd(awardDate.first()); }
}
