package org.matrisk.json.read;

import org.matrisk.model.DocumentInfo;
import org.matrisk.model.TrustDocument;

/** A document that met the whole contract; its {@code info} is filled in. */
public record Parsed(TrustDocument document) implements ReadResult {
    @Override
    public DocumentInfo info() { return document.info(); }
}
