package org.matrisk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PointerOrderTest {
    /** The definition: split on '/', compare segment by segment (numbers as numbers, numbers first), then by segment count. */
    static int reference(String a, String b) {
        String[] x = a.split("/", -1), y = b.split("/", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean na = !x[i].isEmpty() && x[i].length() < 10 && x[i].chars().allMatch(Character::isDigit);
            boolean nb = !y[i].isEmpty() && y[i].length() < 10 && y[i].chars().allMatch(Character::isDigit);
            int c = na && nb ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : na != nb ? (na ? -1 : 1) : x[i].compareTo(y[i]);
            if (c != 0) return c;
        }
        return Integer.compare(x.length, y.length);
    }

    @Test
    void agreesWithTheDefinitionOnRandomPointers() {
        String[] parts = {"", "transactions", "t", "2", "10", "02", "1234567890", "pay", "a/b", "x~1y", "9", "1", "12", "120", "tx"};
        Random r = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            String a = pointer(r, parts), b = pointer(r, parts);
            assertThat(Integer.signum(PointerOrder.INSTANCE.compare(a, b))).as("%s vs %s", a, b).isEqualTo(Integer.signum(reference(a, b)));
        }
        assertThat(PointerOrder.INSTANCE.compare("/t/2", "/t/10")).isNegative();
        assertThat(PointerOrder.INSTANCE.compare("/t", "/t/0")).isNegative();
        assertThat(PointerOrder.INSTANCE.compare("", "/t")).isNegative();
    }

    private static String pointer(Random r, String[] parts) {
        StringBuilder b = new StringBuilder();
        int k = r.nextInt(5);
        for (int i = 0; i < k; i++) b.append('/').append(parts[r.nextInt(parts.length)]);
        return b.toString();
    }
}
