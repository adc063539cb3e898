package org.matrisk.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Escaping and small formatting helpers of the HTML report. */
final class Html {
    private Html() {}

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /**
     * Escapes text for element content and for double- or single-quoted attribute values. Control
     * characters other than tab, LF and CR (never valid in an HTML document) become U+FFFD.
     */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f) ? "\uFFFD" : null;
            };
            if (rep != null) {
                if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
                b.append(rep);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    static String esc(Object o) { return o == null ? "" : esc(o.toString()); }

    /** A date readable by a person, marked up with its ISO form: {@code <time datetime="2024-08-31">31 August 2024</time>}. */
    static String date(LocalDate d) {
        if (d == null) return "<span class=\"muted\">not given</span>";
        return "<time datetime=\"" + d + "\">" + esc(LONG_DATE.format(d)) + "</time>";
    }

    /** Only web links are made clickable: any other scheme (javascript:, data:, file:) stays text. */
    static boolean linkable(String url) {
        if (url == null) return false;
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://");
    }

    static String plural(long n, String one, String many) { return n + " " + (n == 1 ? one : many); }
}
