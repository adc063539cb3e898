package org.matrisk.json.read;

/**
 * One document as cut from its source, before parsing.
 *
 * @param source     the file name as given (or as found in a given directory), or {@code -} for stdin
 * @param position   0-based index of the document within its source
 * @param line       1-based line of the source on which the document starts (0 when the source could not be opened)
 * @param bytes      the document's exact bytes (UTF-8, no BOM); partial or empty when {@code splitError} is set
 * @param splitError why the splitter could not isolate a well-formed document, or null
 */
public record RawDocument(String source, long position, long line, byte[] bytes, String splitError) {
    public RawDocument {
        if (source == null) throw new IllegalArgumentException("source is null");
        if (bytes == null) bytes = new byte[0];
    }

    /** A well-split document (convenient for callers with bytes from elsewhere, e.g. a Kafka record). */
    public static RawDocument of(String source, long position, long line, byte[] bytes) {
        return new RawDocument(source, position, line, bytes, null);
    }

    public boolean isSplitError() { return splitError != null; }

    @Override
    public String toString() {
        return "RawDocument[" + source + " #" + position + " line " + line + ", " + bytes.length + " bytes"
                + (splitError == null ? "" : ", splitError=" + splitError) + "]";
    }
}
