package org.matrisk.json.read;

/**
 * One reason a document was rejected (or, as a warning, one thing in it the contract does not know).
 *
 * @param pointer RFC 6901 JSON Pointer of the offending value (or of the missing field); {@code ""} is the whole document.
 *                A member name longer than 100 characters appears cut, followed by {@code ...}
 * @param reason  what is wrong: the value (at most 60 characters of it, control characters escaped) and what was expected
 * @param line    the line of the source on which the offending value was read (1-based), or 0 when not known
 *                (a missing field, a cross-reference, a problem of the whole document)
 * @param column  its column on that line (1-based, as the JSON parser counts), or 0 when not known
 *
 * <p>Two problems are equal when their pointer and reason are: the position says where it was found,
 * not what is wrong.
 */
public record Problem(String pointer, String reason, long line, long column) {
    public Problem(String pointer, String reason) {
        this(pointer, reason, 0, 0);
    }

    /** The same problem, found at {@code line}, {@code column} of the source. */
    public Problem at(long line, long column) { return new Problem(pointer, reason, line, column); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && pointer.equals(p.pointer) && reason.equals(p.reason);
    }

    @Override
    public int hashCode() { return pointer.hashCode() * 31 + reason.hashCode(); }

    @Override
    public String toString() { return (pointer.isEmpty() ? "(document)" : printable(pointer)) + ": " + printable(reason); }

    /** {@link #printable}, for callers outside the reader that print a line naming a document. */
    public static String printableLine(String s) { return printable(s); }

    /**
     * {@code s} with control characters, the Unicode line and paragraph separators, U+FEFF and unpaired
     * surrogates written as {@code \\uXXXX}, so that it prints as one line of valid text.
     */
    static String printable(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && plain(s, i)) i += Character.isHighSurrogate(s.charAt(i)) ? 2 : 1;
        if (i >= n) return s;
        StringBuilder sb = new StringBuilder(n + 16).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (!plain(s, i)) {
                sb.append(String.format("\\u%04X", (int) c));
                i++;
            } else if (Character.isHighSurrogate(c)) {
                sb.append(c).append(s.charAt(i + 1));
                i += 2;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /** The char at {@code i} prints as itself (a high surrogate counts when its pair follows). */
    private static boolean plain(String s, int i) {
        char c = s.charAt(i);
        if (c >= 0x20 && c < 0x7F) return true;
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') return false;
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return !Character.isLowSurrogate(c);
    }
}
