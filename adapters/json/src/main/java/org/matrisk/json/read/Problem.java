package org.matrisk.json.read;

/**
 * One reason a document was rejected.
 *
 * @param pointer RFC 6901 JSON Pointer of the offending value (or of the missing field); {@code ""} is the whole document
 * @param reason  what is wrong: the value and what was expected
 */
public record Problem(String pointer, String reason) {
    @Override
    public String toString() { return (pointer.isEmpty() ? "(document)" : pointer) + ": " + reason; }
}
