package org.matrisk.json.read;

/**
 * Resource limits of the reader: they keep a hostile or broken input from exhausting memory or
 * producing unbounded error output.
 *
 * @param maxDepth         deepest nesting of objects and arrays within one document (the document's own object is depth 1)
 * @param maxDocumentBytes largest document, in bytes; larger ones are rejected without being buffered
 *                         (a value above {@link #MAX_BUFFERABLE_BYTES} acts as that)
 * @param maxStringLength  longest string value or member name, in characters
 * @param maxNumberLength  longest number literal, in characters (checked before it becomes a BigDecimal)
 * @param maxProblems      problems collected per document before the reader stops looking
 */
public record ReaderLimits(int maxDepth, long maxDocumentBytes, int maxStringLength, int maxNumberLength, int maxProblems) {

    /** A Java array holds at most about 2^31 bytes. */
    public static final long MAX_BUFFERABLE_BYTES = Integer.MAX_VALUE - 16;

    public ReaderLimits {
        if (maxDepth < 1) throw new IllegalArgumentException("maxDepth must be >= 1, got " + maxDepth);
        if (maxDocumentBytes < 1) throw new IllegalArgumentException("maxDocumentBytes must be >= 1, got " + maxDocumentBytes);
        if (maxStringLength < 1) throw new IllegalArgumentException("maxStringLength must be >= 1, got " + maxStringLength);
        if (maxNumberLength < 1) throw new IllegalArgumentException("maxNumberLength must be >= 1, got " + maxNumberLength);
        if (maxProblems < 1) throw new IllegalArgumentException("maxProblems must be >= 1, got " + maxProblems);
    }

    /** Depth 64, 1 GiB per document, strings up to 1 MiB characters, numbers up to 64 characters, 20 problems. */
    public static ReaderLimits defaults() {
        return new ReaderLimits(64, 1L << 30, 1 << 20, 64, 20);
    }

    public ReaderLimits withMaxDepth(int v) { return new ReaderLimits(v, maxDocumentBytes, maxStringLength, maxNumberLength, maxProblems); }
    public ReaderLimits withMaxDocumentBytes(long v) { return new ReaderLimits(maxDepth, v, maxStringLength, maxNumberLength, maxProblems); }
    public ReaderLimits withMaxStringLength(int v) { return new ReaderLimits(maxDepth, maxDocumentBytes, v, maxNumberLength, maxProblems); }
    public ReaderLimits withMaxNumberLength(int v) { return new ReaderLimits(maxDepth, maxDocumentBytes, maxStringLength, v, maxProblems); }
    public ReaderLimits withMaxProblems(int v) { return new ReaderLimits(maxDepth, maxDocumentBytes, maxStringLength, maxNumberLength, v); }

    /** The document size limit as it can actually be buffered. */
    int bufferableDocumentBytes() {
        return (int) Math.min(maxDocumentBytes, MAX_BUFFERABLE_BYTES);
    }
}
