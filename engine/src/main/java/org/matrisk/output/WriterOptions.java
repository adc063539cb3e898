package org.matrisk.output;

/** Options every writer receives. {@code terminal}: the output is an interactive terminal. */
public record WriterOptions(boolean terminal) {
    public static WriterOptions defaults() { return new WriterOptions(false); }
}
