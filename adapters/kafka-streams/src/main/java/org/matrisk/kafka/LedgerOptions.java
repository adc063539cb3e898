package org.matrisk.kafka;

import java.util.Map;

/**
 * How much of each trust's ledger the adapter keeps.
 *
 * @param retainedYears financial years of payments kept per trust, counting back from the latest one seen
 *                      (the running totals need the current year; late postings need the one before). A payment
 *                      dated before them goes to the dead-letter topic ({@code OUT_OF_WINDOW}): its totals are gone.
 *                      {@code matrisk.ledger.retained-years}, default 2.
 * @param cachedTrusts  trust contexts kept in memory per task, least recently used evicted (rebuilt from the state
 *                      stores on the next event). {@code matrisk.ledger.cached-trusts}, default 1000.
 */
public record LedgerOptions(int retainedYears, int cachedTrusts) {
    public LedgerOptions {
        if (retainedYears < 1) throw new IllegalArgumentException("matrisk.ledger.retained-years must be at least 1, was " + retainedYears);
        if (cachedTrusts < 1) throw new IllegalArgumentException("matrisk.ledger.cached-trusts must be at least 1, was " + cachedTrusts);
    }

    public static LedgerOptions defaults() { return new LedgerOptions(2, 1000); }

    public static LedgerOptions from(Map<?, ?> config) {
        return new LedgerOptions(integer(config, "matrisk.ledger.retained-years", 2), integer(config, "matrisk.ledger.cached-trusts", 1000));
    }

    private static int integer(Map<?, ?> config, String key, int fallback) {
        Object v = config.get(key);
        if (v == null || v.toString().isBlank()) return fallback;
        try {
            return Integer.parseInt(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was \"" + v + "\"");
        }
    }
}
