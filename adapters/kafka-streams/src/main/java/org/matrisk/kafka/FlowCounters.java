package org.matrisk.kafka;

import java.util.concurrent.atomic.LongAdder;

/**
 * What one flow has processed in this process, for the operator's status line: records read, outputs and
 * dead letters forwarded. Counted when processed, so a transaction aborted and retried counts twice; the
 * committed truth is in the topics.
 */
public final class FlowCounters {
    final LongAdder read = new LongAdder(), written = new LongAdder(), dead = new LongAdder();

    public long read() { return read.sum(); }

    public long written() { return written.sum(); }

    public long dead() { return dead.sum(); }
}
