package org.matrisk.json.read;

/** Documents read from a batch; {@code read == parsed + rejected} always holds. */
public record ReadCounts(long read, long parsed, long rejected) {
    public ReadCounts {
        if (read != parsed + rejected) throw new IllegalArgumentException("read " + read + " != parsed " + parsed + " + rejected " + rejected);
    }
}
