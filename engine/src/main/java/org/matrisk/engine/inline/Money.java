package org.matrisk.engine.inline;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Pounds as the assessment writes them ({@code £45,000.00}, {@code -£1,234.50}), without a
 * {@code DecimalFormat}: a check formats a few amounts and must stay in the microseconds.
 */
final class Money {
    private Money() {}

    static String pounds(BigDecimal amount) {
        String digits = amount.setScale(2, RoundingMode.HALF_EVEN).abs().toPlainString();
        int point = digits.length() - 3;
        StringBuilder sb = new StringBuilder(digits.length() + 6);
        if (amount.signum() < 0) sb.append('-');
        sb.append('£');
        for (int i = 0; i < point; i++) {
            if (i > 0 && (point - i) % 3 == 0) sb.append(',');
            sb.append(digits.charAt(i));
        }
        return sb.append(digits, point, digits.length()).toString();
    }
}
