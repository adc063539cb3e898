package org.matrisk.engine;

import java.util.Comparator;

/** Orders JSON Pointers segment by segment, numeric segments as numbers ({@code /t/2} before {@code /t/10}). */
public final class PointerOrder implements Comparator<String> {
    public static final PointerOrder INSTANCE = new PointerOrder();

    /** Segment by segment without splitting (no allocation: assessments sort thousands of pointers). */
    @Override
    public int compare(String a, String b) {
        if (a == b) return 0;
        int la = a.length(), lb = b.length();
        // the segments of a common prefix ending before its last '/' compare equal: start after that '/'
        int n = Math.min(la, lb), k = 0;
        while (k < n && a.charAt(k) == b.charAt(k)) k++;
        if (k == la && k == lb) return 0;
        int i = a.lastIndexOf('/', k - 1) + 1, j = i;
        while (true) {
            int ea = a.indexOf('/', i), eb = b.indexOf('/', j);
            if (ea < 0) ea = la;
            if (eb < 0) eb = lb;
            int c = segment(a, i, ea, b, j, eb);
            if (c != 0) return c;
            boolean endA = ea == la, endB = eb == lb;
            if (endA || endB) return endA == endB ? 0 : endA ? -1 : 1;
            i = ea + 1;
            j = eb + 1;
        }
    }

    private static boolean numeric(String s, int from, int to) {
        int n = to - from;
        if (n == 0 || n >= 10) return false;
        for (int k = from; k < to; k++) if (!Character.isDigit(s.charAt(k))) return false;
        return true;
    }

    private static int segment(String a, int fa, int ta, String b, int fb, int tb) {
        boolean na = numeric(a, fa, ta), nb = numeric(b, fb, tb);
        if (na && nb) return Integer.compare(Integer.parseInt(a, fa, ta, 10), Integer.parseInt(b, fb, tb, 10));
        if (na != nb) return na ? -1 : 1;
        int n = Math.min(ta - fa, tb - fb);
        for (int k = 0; k < n; k++) {
            char x = a.charAt(fa + k), y = b.charAt(fb + k);
            if (x != y) return x - y;
        }
        return (ta - fa) - (tb - fb);
    }
}
