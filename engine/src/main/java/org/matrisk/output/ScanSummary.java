package org.matrisk.output;

/** Counts of a finished scan: every input document is either assessed or rejected. */
public record ScanSummary(long read, long assessed, long rejected) {
    public ScanSummary {
        if (read != assessed + rejected) throw new IllegalArgumentException("counts do not reconcile: read " + read + " != assessed " + assessed + " + rejected " + rejected);
    }
}
