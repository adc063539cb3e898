package org.matrisk.engine.params;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A parameter resolved as at a day: the value rules compare against, with the effective date and
 * source that a finding cites. {@code inForce} is false when no value applied on that day (then
 * typed accessors throw; rules test {@code inForce} first where that can happen).
 */
public record ParamValue(String name, ParameterType type, Object value, LocalDate effectiveFrom, String source, String url, LocalDate resolvedOn) {

    public boolean inForce() { return value != null; }

    public BigDecimal money() { return (BigDecimal) require(); }
    public BigDecimal decimal() { return (BigDecimal) require(); }
    public int intValue() { return ((Number) require()).intValue(); }
    public int days() { return intValue(); }
    public boolean bool() { return value != null && (Boolean) value; }
    public String text() { return (String) require(); }

    /** True when a boolean parameter is in force and true: the regime switch of an edition. */
    public boolean on() { return bool(); }

    /** A DEADLINE parameter resolved for the period ending 31 Aug {@code y}. */
    public LocalDate deadline(int y) {
        String s = (String) require();
        if (!s.startsWith("Y")) return LocalDate.parse(s);
        int dash = s.indexOf('-', 1);
        int offset = dash == 1 ? 0 : Integer.parseInt(s.substring(1, dash).replace("+", ""));
        String monthDay = s.substring(dash + 1);
        return LocalDate.parse((y + offset) + "-" + monthDay);
    }

    private Object require() {
        return Objects.requireNonNull(value, () -> "parameter " + name + " has no value in force on " + resolvedOn);
    }

    /** The value as written in outputs. */
    public String display() {
        if (value == null) return null;
        if (value instanceof BigDecimal b && type == ParameterType.MONEY) return b.setScale(2).toPlainString();
        if (value instanceof BigDecimal b) return b.toPlainString();
        return value.toString();
    }
}
