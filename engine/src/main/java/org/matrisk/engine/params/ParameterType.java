package org.matrisk.engine.params;

/** How a parameter's values are written and read. */
public enum ParameterType {
    /** Pounds, two decimals: {@code "40000.00"} or {@code 40000}. */
    MONEY,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    /** A count of days. */
    DAYS,
    /**
     * A deadline relative to the year Y of "the period ending 31 Aug Y": {@code "Y-12-31"},
     * {@code "Y+1-01-31"}, or an absolute date {@code "2024-01-30"}.
     */
    DEADLINE,
    TEXT
}
