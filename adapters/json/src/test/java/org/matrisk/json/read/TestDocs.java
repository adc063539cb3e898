package org.matrisk.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Test documents: the one-line minimal documents of {@code read/minimal.json} (v1) and {@code read/minimal-v2.json}, and mutations of them. */
final class TestDocs {
    private TestDocs() {}

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static String minimal() {
        return resourceText("read/minimal.json").strip();
    }

    /** The minimal document as a version 2 document with every section complete ({@code read/minimal-v2.json}). */
    static String minimalV2() {
        return resourceText("read/minimal-v2.json").strip();
    }

    /** The version 2 minimal document with {@code from} (which must occur exactly once) replaced by {@code to}. */
    static String mutateV2(String from, String to) {
        return replaceOnce(minimalV2(), from, to);
    }

    /** {@code doc} with {@code from} (which must occur exactly once) replaced by {@code to}. */
    static String replaceOnce(String doc, String from, String to) {
        int at = doc.indexOf(from);
        assertThat(at).as("'%s' occurs in the document", from).isGreaterThanOrEqualTo(0);
        assertThat(doc.indexOf(from, at + 1)).as("'%s' occurs once in the document", from).isEqualTo(-1);
        return doc.substring(0, at) + to + doc.substring(at + from.length());
    }

    /** The minimal document with {@code from} (which must occur exactly once) replaced by {@code to}. */
    static String mutate(String from, String to) {
        String doc = minimal();
        int at = doc.indexOf(from);
        assertThat(at).as("'%s' occurs in the minimal document", from).isGreaterThanOrEqualTo(0);
        assertThat(doc.indexOf(from, at + 1)).as("'%s' occurs once in the minimal document", from).isEqualTo(-1);
        return doc.substring(0, at) + to + doc.substring(at + from.length());
    }

    static Path resource(String name) {
        try {
            return Path.of(TestDocs.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] resourceBytes(String name) {
        try (InputStream in = TestDocs.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resourceText(String name) {
        return new String(resourceBytes(name), StandardCharsets.UTF_8);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static List<ReadResult> readAll(List<String> inputs, ReaderLimits limits, InputStream stdin, ReadCounts[] counts) {
        List<ReadResult> out = new ArrayList<>();
        Consumer<ReadResult> sink = out::add;
        ReadCounts c = new TrustDataReader(stdin).read(inputs, limits, sink);
        if (counts != null) counts[0] = c;
        return out;
    }

    static List<ReadResult> readAll(List<String> inputs) {
        return readAll(inputs, ReaderLimits.defaults(), InputStream.nullInputStream(), null);
    }

    static Rejected rejected(ReadResult r) {
        assertThat(r).isInstanceOf(Rejected.class);
        return (Rejected) r;
    }

    static Parsed parsed(ReadResult r) {
        if (r instanceof Rejected rej) throw new AssertionError("expected a parsed document, got: " + rej.describe() + " " + rej.problems());
        return (Parsed) r;
    }
}
