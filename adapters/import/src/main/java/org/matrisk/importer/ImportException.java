package org.matrisk.importer;

/** A usage error or an input that cannot be read at all (exit 2): names the file and the reason. */
public final class ImportException extends RuntimeException {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
