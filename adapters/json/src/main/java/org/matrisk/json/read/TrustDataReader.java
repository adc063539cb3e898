package org.matrisk.json.read;

import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a batch sequentially, in input order: splits each input into documents
 * ({@link DocumentSources}) and parses each one ({@link DocumentParser}), handing every result to
 * the sink as soon as it is read. Holds at most one document at a time.
 */
public final class TrustDataReader {

    private final InputStream stdin;

    /** {@code -} reads {@link System#in}. */
    public TrustDataReader() {
        this(System.in);
    }

    /** {@code -} reads the given stream (not closed). */
    public TrustDataReader(InputStream stdin) {
        this.stdin = stdin;
    }

    public ReadCounts read(List<String> inputs, ReaderLimits limits, Consumer<? super ReadResult> sink) {
        DocumentParser parser = new DocumentParser(limits);
        long parsed = 0;
        long rejected = 0;
        try (DocumentSources sources = DocumentSources.of(inputs, limits, stdin)) {
            while (sources.hasNext()) {
                ReadResult r = parser.parse(sources.next());
                if (r instanceof Parsed) parsed++;
                else rejected++;
                sink.accept(r);
            }
        }
        return new ReadCounts(parsed + rejected, parsed, rejected);
    }
}
