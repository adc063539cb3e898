package org.matrisk.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OutcomePoundsTest {
    @Test
    void writesWhatTheFormatterWrites() {
        Random r = new Random(11);
        for (int n = 0; n < 50_000; n++) {
            BigInteger unscaled = new BigInteger(1 + r.nextInt(60), r);
            if (r.nextBoolean()) unscaled = unscaled.negate();
            BigDecimal b = new BigDecimal(unscaled, r.nextInt(7) - 2);
            assertThat(Outcome.pounds(b)).as("%s", b).isEqualTo(Outcome.poundsFormatted(b));
        }
        for (String s : new String[] {"0", "0.00", "0.5", "-0.5", "1", "12", "123", "999.99", "1000", "-1000.01", "123456789.1",
                "1E+3", "0.001", "-0.001", "0.005", "0.015", "214904.00"})
            assertThat(Outcome.pounds(new BigDecimal(s))).as(s).isEqualTo(Outcome.poundsFormatted(new BigDecimal(s)));
        assertThat(Outcome.pounds(new BigDecimal("1234567.8"))).isEqualTo("£1,234,567.80");
        assertThat(Outcome.pounds(new BigDecimal("-5"))).isEqualTo("-£5.00");
    }
}
