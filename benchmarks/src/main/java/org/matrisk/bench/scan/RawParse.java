package org.matrisk.bench.scan;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.matrisk.json.read.DocumentParser;
import org.matrisk.json.read.DocumentSources;
import org.matrisk.json.read.Parsed;
import org.matrisk.json.read.RawDocument;
import org.matrisk.json.read.ReaderLimits;

/**
 * The raw parse rate of an NDJSON file: the reference the scan's throughput is compared with.
 * <pre>
 * java -cp benchmarks.jar org.matrisk.bench.scan.RawParse FILE [--mode M] [--rounds N]
 * </pre>
 * Modes (one thread each):
 * <ul>
 * <li>{@code raw} (default): the file is cut into documents by the scan's own splitter
 * ({@link DocumentSources}, as {@code matrisk scan} reads a file), and each document goes through a Parsson
 * parser from one cached {@link JsonParserFactory} (the same factory configuration as the reader), calling
 * {@code next()} to the end and counting events. No binding, no validation, no hashing.</li>
 * <li>{@code lines}: the same parse, with the lines cut by a plain loop over a 64 KiB buffered stream
 * instead of {@link DocumentSources} (the rate of Parsson alone).</li>
 * <li>{@code split}: only {@link DocumentSources}' splitting (no parse): the splitter's share.</li>
 * <li>{@code read}: the production reader without the engine: split, then {@link DocumentParser#parse}
 * (strict UTF-8, Parsson, binding, validation, sha256) — the reader's share of a scan.</li>
 * </ul>
 * Prints one line per round: {@code rawparse mode=.. round=.. bytes=.. documents=.. events=.. seconds=.. MBps=..}
 * (MB = 10^6 bytes; bytes = the file's size).
 */
public final class RawParse {

    private static final JsonParserFactory FACTORY = JsonProvider.provider().createParserFactory(Map.of(
            "org.eclipse.parsson.maxParsingLimit", Integer.MAX_VALUE));

    record Count(long documents, long events) {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: RawParse FILE [--mode raw|lines|split|read] [--rounds N]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        String mode = "raw";
        int rounds = 1;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--mode" -> mode = args[++i];
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long size = Files.size(file);
        for (int r = 1; r <= rounds; r++) {
            long t0 = System.nanoTime();
            Count c = switch (mode) {
                case "raw" -> raw(file);
                case "lines" -> lines(file);
                case "split" -> split(file);
                case "read" -> read(file);
                default -> throw new IllegalArgumentException("unknown mode " + mode);
            };
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "rawparse mode=%s round=%d bytes=%d documents=%d events=%d seconds=%.3f MBps=%.1f%n",
                    mode, r, size, c.documents(), c.events(), s, size / 1e6 / s);
        }
    }

    static Count raw(Path file) {
        long docs = 0, events = 0;
        try (DocumentSources in = DocumentSources.of(List.of(file.toString()), ReaderLimits.defaults())) {
            while (in.hasNext()) {
                RawDocument d = in.next();
                events += parse(d.bytes(), d.bytes().length);
                docs++;
            }
        }
        return new Count(docs, events);
    }

    static Count split(Path file) {
        long docs = 0, bytes = 0;
        try (DocumentSources in = DocumentSources.of(List.of(file.toString()), ReaderLimits.defaults())) {
            while (in.hasNext()) {
                bytes += in.next().bytes().length;
                docs++;
            }
        }
        return new Count(docs, bytes);
    }

    static Count read(Path file) {
        long docs = 0, rejected = 0;
        DocumentParser parser = new DocumentParser(ReaderLimits.defaults());
        try (DocumentSources in = DocumentSources.of(List.of(file.toString()), ReaderLimits.defaults())) {
            while (in.hasNext()) {
                if (!(parser.parse(in.next()) instanceof Parsed)) rejected++;
                docs++;
            }
        }
        if (rejected > 0) System.err.println("rawparse: " + rejected + " documents rejected");
        return new Count(docs, 0);
    }

    static Count lines(Path file) throws IOException {
        long docs = 0, events = 0;
        byte[] line = new byte[1 << 20];
        int len = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (b == '\n') {
                        if (len > 0) { events += parse(line, len); docs++; }
                        len = 0;
                    } else {
                        if (len == line.length) line = Arrays.copyOf(line, line.length * 2);
                        line[len++] = b;
                    }
                }
            }
        }
        if (len > 0) { events += parse(line, len); docs++; }
        return new Count(docs, events);
    }

    /** Parses one document with Parsson's {@code next()} to the end; returns the number of events. */
    static long parse(byte[] bytes, int len) {
        long events = 0;
        try (JsonParser p = FACTORY.createParser(new ByteArrayInputStream(bytes, 0, len), StandardCharsets.UTF_8)) {
            while (p.hasNext()) {
                p.next();
                events++;
            }
        }
        return events;
    }
}
