package org.matrisk.engine;

import java.util.Comparator;

/** Orders JSON Pointers segment by segment, numeric segments as numbers ({@code /t/2} before {@code /t/10}). */
public final class PointerOrder implements Comparator<String> {
    public static final PointerOrder INSTANCE = new PointerOrder();

    @Override
    public int compare(String a, String b) {
        String[] x = a.split("/", -1), y = b.split("/", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = segment(x[i], y[i]);
            if (c != 0) return c;
        }
        return Integer.compare(x.length, y.length);
    }

    private static int segment(String a, String b) {
        boolean na = !a.isEmpty() && a.length() < 10 && a.chars().allMatch(Character::isDigit);
        boolean nb = !b.isEmpty() && b.length() < 10 && b.chars().allMatch(Character::isDigit);
        if (na && nb) return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        if (na != nb) return na ? -1 : 1;
        return a.compareTo(b);
    }
}
