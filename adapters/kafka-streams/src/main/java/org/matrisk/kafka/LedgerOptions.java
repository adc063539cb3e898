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
 * @param cachedPayments the payments the cached contexts of a task may hold together: a context costs heap in proportion
 *                      to its ledger (its Drools session holds every payment and what the rules derived from it: 4.6 KB a
 *                      payment on the benchmark trust, where one payment in six is to a related party; 20 KB on the Kafka harness's ledgers,
 *                      where nearly every payment is: BENCHMARKS.md), so the least recently used are evicted while the total is over
 *                      this. {@code matrisk.ledger.cached-payments}, default: a quarter of the maximum heap at
 *                      {@value #BYTES_PER_PAYMENT} bytes a payment. The most recent context is always kept.
 */
public record LedgerOptions(int retainedYears, int cachedTrusts, long cachedPayments) {
    /** The heap a cached payment is reckoned to take: the larger figure measured (BENCHMARKS.md), so that the default cannot fill the heap. */
    public static final int BYTES_PER_PAYMENT = 20_480;

    public LedgerOptions {
        if (retainedYears < 1) throw new IllegalArgumentException("matrisk.ledger.retained-years must be at least 1, was " + retainedYears);
        if (cachedTrusts < 1) throw new IllegalArgumentException("matrisk.ledger.cached-trusts must be at least 1, was " + cachedTrusts);
        if (cachedPayments < 1) throw new IllegalArgumentException("matrisk.ledger.cached-payments must be at least 1, was " + cachedPayments);
    }

    /** With the default payment budget (a quarter of the maximum heap). */
    public LedgerOptions(int retainedYears, int cachedTrusts) {
        this(retainedYears, cachedTrusts, defaultCachedPayments());
    }

    public static LedgerOptions defaults() { return new LedgerOptions(2, 1000); }

    public static LedgerOptions from(Map<?, ?> config) {
        Object p = config.get("matrisk.ledger.cached-payments");
        long payments = p == null || p.toString().isBlank() ? defaultCachedPayments() : integer(config, "matrisk.ledger.cached-payments", 1);
        return new LedgerOptions(integer(config, "matrisk.ledger.retained-years", 2), integer(config, "matrisk.ledger.cached-trusts", 1000), payments);
    }

    static long defaultCachedPayments() {
        return Math.max(1000, Runtime.getRuntime().maxMemory() / 4 / BYTES_PER_PAYMENT);
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
