package org.matrisk.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Store keys sort as the flow reads them: zero-padded numbers, as String.format wrote them before. */
class LedgerStoresTest {
    @Test
    void paddedNumbersAreWhatTheFormatterWrote() {
        for (int n : new int[] {0, 7, 99, 2024, 12345, 99999, 100000, 123456789, Integer.MAX_VALUE, -5})
            for (int width : new int[] {5, 10})
                assertThat(LedgerStores.padded(n, width)).as(n + " in " + width).isEqualTo(String.format("%0" + width + "d", n));
        assertThat(LedgerStores.yearStart("T1", 2024).compareTo(LedgerStores.yearStart("T1", 2025))).isNegative();
        assertThat(LedgerStores.changeKey("T1", 9).compareTo(LedgerStores.changeKey("T1", 10))).isNegative();
    }
}
