package org.matrisk.engine.facts.notices;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Derived: a cash balance NTI-08 judges, the actual one at the end of the period ({@code /finance})
 * or a forecast year's ({@code /finance/forecast/i}). {@code cash} is null when absent.
 *
 * @param pointer  the object holding the {@code cash} field
 * @param day      period end, or the forecast's yearEnd
 * @param forecast whether this is a budget forecast rather than the actual year-end balance
 */
public record CashPosition(String pointer, BigDecimal cash, LocalDate day, boolean forecast) {
    /** How the message places the balance in time. */
    public String when() {
        return forecast ? "forecast for " + day : "at the end of the period (" + day + ")";
    }
}
