package org.matrisk.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date known to a day ({@code first == last}) or to a month (its first and last day): contract
 * trust-data-v2.md 3.2. Rules compare spans by the interval reading of 3.3: a comparison is TRUE when
 * it holds for every day of the span, FALSE when for none, otherwise UNKNOWN.
 */
public record DateSpan(LocalDate first, LocalDate last) {
    public DateSpan {
        if (first.isAfter(last)) throw new IllegalArgumentException(first + " after " + last);
    }
    public static DateSpan of(LocalDate day) { return day == null ? null : new DateSpan(day, day); }
    public static DateSpan month(YearMonth m) { return new DateSpan(m.atDay(1), m.atEndOfMonth()); }
    public boolean isExact() { return first.equals(last); }
    /** The day when exact, else null. */
    public LocalDate exact() { return isExact() ? first : null; }
    @Override public String toString() {
        if (isExact()) return first.toString();
        YearMonth m = YearMonth.from(first);
        return first.equals(m.atDay(1)) && last.equals(m.atEndOfMonth()) ? m.toString() : first + ".." + last;
    }
}
