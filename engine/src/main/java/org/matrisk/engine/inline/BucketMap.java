package org.matrisk.engine.inline;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * An immutable hash map whose updates copy only one of its {@value #BUCKETS} buckets, so a context
 * that records one more payment does not copy the index of every party and contract it knows
 * ({@link TrustContext#withPayment} must stay cheap on a ledger of thousands of lines).
 */
final class BucketMap<K, V> {
    private static final int BUCKETS = 256;
    private static final BucketMap<?, ?> EMPTY = new BucketMap<>(new Map<?, ?>[BUCKETS], 0);

    private final Map<K, V>[] buckets;
    private final int size;

    private BucketMap(Map<?, ?>[] buckets, int size) {
        @SuppressWarnings("unchecked") Map<K, V>[] b = (Map<K, V>[]) buckets;
        this.buckets = b;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    static <K, V> BucketMap<K, V> empty() { return (BucketMap<K, V>) EMPTY; }

    /**
     * The top bits of a Fibonacci hash: the inner {@code HashMap}s index by the low bits, and keys that
     * shared them all would pile into one of their bins (and be turned into trees).
     */
    private static int bucket(Object key) {
        return (key.hashCode() * 0x9E3779B9) >>> 24;
    }

    V get(K key) {
        Map<K, V> b = buckets[bucket(key)];
        return b == null ? null : b.get(key);
    }

    int size() { return size; }

    /** This map with {@code key} mapped to {@code value}; a null value removes the key. */
    BucketMap<K, V> with(K key, V value) {
        int i = bucket(key);
        Map<K, V> old = buckets[i];
        boolean had = old != null && old.containsKey(key);
        if (value == null && !had) return this;
        Map<K, V> copy = old == null ? new HashMap<>(4) : new HashMap<>(old);
        if (value == null) copy.remove(key);
        else copy.put(key, value);
        Map<?, ?>[] next = buckets.clone();
        next[i] = copy.isEmpty() ? null : copy;
        return new BucketMap<>(next, size + (had ? 0 : 1) - (value == null ? 1 : 0));
    }

    void forEach(BiConsumer<? super K, ? super V> action) {
        for (Map<K, V> b : buckets) if (b != null) b.forEach(action);
    }
}
