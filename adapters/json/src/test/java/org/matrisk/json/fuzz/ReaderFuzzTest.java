package org.matrisk.json.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.matrisk.json.read.DocumentParser;
import org.matrisk.json.read.DocumentSource;
import org.matrisk.json.read.Parsed;
import org.matrisk.json.read.RawDocument;
import org.matrisk.json.read.ReadResult;
import org.matrisk.json.read.ReaderLimits;

/**
 * The splitter and the parser on arbitrary bytes: as one {@code .json} file (an object, an array of
 * objects or a sequence), as NDJSON, and as stdin (format sniffed). Each input goes through the
 * default limits or (one input in three) tight ones, so that the depth, size, string and number
 * limits are hit by small inputs too. Seeds: {@code src/test/resources/fuzz/inputs/ReaderFuzzTestInputs/}
 * (files at its top are shared by the three targets; a folder per target holds what fuzzing found).
 */
class ReaderFuzzTest {

    static final ReaderLimits DEFAULTS = ReaderLimits.defaults();
    static final ReaderLimits TIGHT = new ReaderLimits(8, 2048, 48, 12, 5);
    static final DocumentParser PARSER = new DocumentParser(DEFAULTS);
    static final DocumentParser TIGHT_PARSER = new DocumentParser(TIGHT);

    enum Mode { JSON, LINES, SNIFF }

    @FuzzTest
    void bytesAsOneFile(byte[] input) {
        read(input, Mode.JSON, parser(input));
    }

    @FuzzTest
    void bytesAsNdjson(byte[] input) {
        read(input, Mode.LINES, parser(input));
    }

    @FuzzTest
    void bytesAsStdin(byte[] input) {
        read(input, Mode.SNIFF, parser(input));
    }

    /** One input in three (by length) is read with the tight limits: half the cost of reading each twice. */
    static DocumentParser parser(byte[] input) {
        return input.length % 3 == 2 ? TIGHT_PARSER : PARSER;
    }

    /** Splits and parses every document of {@code input}; checks each result and that the counts reconcile. */
    static long[] read(byte[] input, Mode mode, DocumentParser parser) {
        ReaderLimits limits = parser.limits();
        ByteArrayInputStream in = new ByteArrayInputStream(input);
        DocumentSource source = switch (mode) {
            case JSON -> DocumentSource.open(in, "fuzz.json", false, limits);
            case LINES -> DocumentSource.open(in, "fuzz.ndjson", true, limits);
            case SNIFF -> DocumentSource.open(in, "-", limits);
        };
        long read = 0, parsed = 0, rejected = 0, bytes = 0;
        try (source) {
            while (source.hasNext()) {
                RawDocument raw = source.next();
                Invariants.check(raw.position() == read, "position %d for document %d", raw.position(), read);
                bytes += raw.bytes().length;
                Invariants.check(bytes <= input.length, "documents hold more bytes (%d) than the input (%d)", bytes, input.length);
                ReadResult r = parser.parse(raw);
                Invariants.result(r, limits);
                read++;
                if (r instanceof Parsed) parsed++;
                else rejected++;
                // every document holds at least one byte of the input, or stops the source
                Invariants.check(read <= input.length + 1L, "%d documents from %d bytes", read, input.length);
            }
        }
        Invariants.counts(read, parsed, rejected);
        return new long[] {read, parsed, rejected};
    }
}
