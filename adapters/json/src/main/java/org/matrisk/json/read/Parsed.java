package org.matrisk.json.read;

import org.matrisk.model.DocumentInfo;
import org.matrisk.model.TrustDocument;

/**
 * A document that met the whole contract; its {@code info} is filled in. {@code warnings} are what the
 * contract does not know but does not forbid (a member of unknown name, with "did you mean" where a known
 * name is close); empty when there are none. {@code matrisk scan --strict} rejects a document with warnings.
 */
public record Parsed(TrustDocument document, java.util.List<Problem> warnings) implements ReadResult {
    public Parsed {
        warnings = warnings == null ? java.util.List.of() : java.util.List.copyOf(warnings);
    }

    public Parsed(TrustDocument document) {
        this(document, java.util.List.of());
    }

    @Override
    public DocumentInfo info() { return document.info(); }
}
