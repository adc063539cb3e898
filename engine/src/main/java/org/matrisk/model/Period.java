package org.matrisk.model;

import java.time.LocalDate;
import java.time.Month;

public record Period(LocalDate start, LocalDate end) {
    /**
     * The Y of "period ending 31 Aug Y": the year in which the financial year containing
     * {@code end} ends (a period not ending 31 Aug takes Y from the financial year containing its end).
     */
    public int yearEnd() { return financialYearEnd(end); }

    /** The year Y such that 1 Sep Y-1 &lt;= day &lt;= 31 Aug Y. */
    public static int financialYearEnd(LocalDate day) {
        return day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() + 1 : day.getYear();
    }

    /** 1 Sep of the financial year containing {@code day}. */
    public static LocalDate financialYearStart(LocalDate day) {
        return LocalDate.of(financialYearEnd(day) - 1, 9, 1);
    }
}
