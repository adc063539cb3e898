package org.matrisk.output;

import java.io.OutputStream;

/**
 * A named output format, found through {@link java.util.ServiceLoader} (register the class in
 * {@code META-INF/services/org.matrisk.output.AssessmentWriterProvider}) or by class name.
 */
public interface AssessmentWriterProvider {
    /** The name {@code --format} selects, e.g. {@code ndjson}. */
    String name();

    /** A one-line description for {@code --help}. */
    default String description() { return name(); }

    AssessmentWriter open(OutputStream out, WriterOptions options);
}
