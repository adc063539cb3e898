package org.matrisk.output;

import java.io.IOException;
import org.matrisk.assessment.Assessment;

/**
 * One output format. The scan calls {@link #start}, then {@link #accept} for every assessment in input
 * order, then {@link #end} with the batch summary. Writers stream: they keep no more than a format
 * needs (a ranked HTML summary may keep the headline of each trust, never the findings of all).
 */
public interface AssessmentWriter extends AutoCloseable {
    default void start() throws IOException {}

    void accept(Assessment assessment) throws IOException;

    default void end(ScanSummary summary) throws IOException {}

    @Override
    default void close() throws IOException {}
}
