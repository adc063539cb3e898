package org.matrisk.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.TypeConversionException;

/**
 * Dates on the command line ({@code --as-of}): ISO {@code 2025-06-30} and the forms that cannot be read two
 * ways: {@code 2025-6-30}, {@code 2025/06/30}, {@code 30 June 2025}, {@code 30 Jun 2025}, and day/month/year
 * ({@code 30/06/2025}, {@code 30.06.2025}, {@code 30-06-2025}) when the day is over 12, so that it cannot be
 * a month. {@code 01/06/2025} could be 1 June or 6 January: refused, with the form to use.
 */
final class Dates {
    private Dates() {}

    private static final Pattern YMD = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final List<DateTimeFormatter> WORDS = List.of(
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu").toFormatter(Locale.UK),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMM uuuu").toFormatter(Locale.UK));
    static final String EXPECTED = "expected a date as YYYY-MM-DD, e.g. 2025-06-30";

    static LocalDate parse(String text) {
        String s = text.strip();
        Matcher m = YMD.matcher(s);
        if (m.matches()) return of(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        m = DMY.matcher(s);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2)), y = Integer.parseInt(m.group(3));
            if (a > 12 && b <= 12) return of(text, y, b, a);
            if (a <= 12 && b > 12) return of(text, y, a, b);
            if (a == b) return of(text, y, a, b);
            throw new TypeConversionException("'" + text + "' could be " + a + "/" + b + " or " + b + "/" + a + " (day and month); "
                    + EXPECTED);
        }
        for (DateTimeFormatter f : WORDS) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new TypeConversionException("'" + text + "' is not a date; " + EXPECTED);
    }

    private static LocalDate of(String text, int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            throw new TypeConversionException("'" + text + "' is not a real date; " + EXPECTED);
        }
    }
}
