package org.matrisk.model;

/**
 * Where a document came from: the source (file name or {@code -}), its 0-based position in that
 * source, the line it starts on, and the sha256 of its exact bytes.
 */
public record DocumentInfo(String source, long position, long line, String sha256) {
    public static DocumentInfo unknown() { return new DocumentInfo("<api>", 0, 0, null); }
    public String describe() { return source + " document #" + position + " (line " + line + ")"; }
}
