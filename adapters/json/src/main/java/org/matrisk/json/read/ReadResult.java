package org.matrisk.json.read;

import org.matrisk.model.DocumentInfo;

/** The outcome of reading one document: {@link Parsed} or {@link Rejected}. */
public sealed interface ReadResult permits Parsed, Rejected {
    /** Where the document came from (source, position, line, sha256). */
    DocumentInfo info();
}
