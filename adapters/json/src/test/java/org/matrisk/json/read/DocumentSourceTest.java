package org.matrisk.json.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matrisk.json.read.TestDocs.utf8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSourceTest {

    static final ReaderLimits LIMITS = ReaderLimits.defaults();

    private static List<RawDocument> split(DocumentSource source) {
        List<RawDocument> out = new ArrayList<>();
        try (source) {
            source.forEachRemaining(out::add);
        }
        return out;
    }

    private static List<RawDocument> file(Path dir, String name, String content, ReaderLimits limits) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return split(DocumentSource.open(f, limits));
    }

    private static List<RawDocument> stdin(String content) {
        return split(DocumentSource.open(new ByteArrayInputStream(utf8(content)), "-", LIMITS));
    }

    private static String text(RawDocument d) {
        return new String(d.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void sha256OfALoneObjectFileIsTheFilesOwn(@TempDir Path dir) throws IOException {
        byte[] example = TestDocs.resourceBytes("read/examples/riverside-clean.json");   // ends with a newline
        Path plain = dir.resolve("plain.json");
        Files.write(plain, example);
        Path withBom = dir.resolve("bom.json");
        byte[] bom = new byte[example.length + 3];
        System.arraycopy(TestDocs.BOM, 0, bom, 0, 3);
        System.arraycopy(example, 0, bom, 3, example.length);
        Files.write(withBom, bom);

        List<ReadResult> results = TestDocs.readAll(List.of(plain.toString(), withBom.toString()));
        String expected = DocumentParser.sha256(example);
        assertThat(results).allSatisfy(r -> assertThat(TestDocs.parsed(r).info().sha256()).isEqualTo(expected));
        assertThat(split(DocumentSource.open(withBom, LIMITS)).get(0).bytes()).isEqualTo(example);

        // leading blank lines too: the whole content is the document
        String lone = "\n\n  " + TestDocs.minimal() + "\n\n";
        List<RawDocument> docs = file(dir, "lone.json", lone, LIMITS);
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(text(d)).isEqualTo(lone);
            assertThat(d.line()).isEqualTo(3);
        });
    }

    @Test
    void sha256OfAnNdjsonDocumentIsItsLines(@TempDir Path dir) throws IOException {
        String a = TestDocs.minimal();
        String b = TestDocs.mutate("Minimal Trust", "Other Trust");
        Path f = dir.resolve("two.jsonl");
        Files.writeString(f, a + "\r\n\n" + b);   // CRLF, a blank line, no final newline
        List<ReadResult> results = TestDocs.readAll(List.of(f.toString()));
        assertThat(results).hasSize(2);
        assertThat(results.get(0).info().sha256()).isEqualTo(DocumentParser.sha256(utf8(a)));
        assertThat(results.get(1).info().sha256()).isEqualTo(DocumentParser.sha256(utf8(b)));
        assertThat(results.get(1).info().line()).isEqualTo(3);
        assertThat(results.get(1).info().position()).isEqualTo(1);
    }

    @Test
    void sequenceOfObjectsGivesEachObjectsExactBytes(@TempDir Path dir) throws IOException {
        String content = "{\"a\":\"}\\\"{[\"}{\"b\":[1,{\"c\":2}]}\n\n{\n \"d\": 3\n}\n  {\"e\":4}";
        List<RawDocument> docs = file(dir, "seq.json", content, LIMITS);
        assertThat(docs).extracting(DocumentSourceTest::text)
                .containsExactly("{\"a\":\"}\\\"{[\"}", "{\"b\":[1,{\"c\":2}]}", "{\n \"d\": 3\n}", "{\"e\":4}");
        assertThat(docs).extracting(RawDocument::line).containsExactly(1L, 1L, 3L, 6L);
        assertThat(docs).extracting(RawDocument::position).containsExactly(0L, 1L, 2L, 3L);
        assertThat(docs).allSatisfy(d -> assertThat(d.splitError()).isNull());
    }

    @Test
    void arrayElementsThatAreNotObjectsAreRejectedAndTheArrayGoesOn(@TempDir Path dir) throws IOException {
        List<RawDocument> docs = file(dir, "arr.json", "[{\"a\":1}, 42, \"x]\", [1,{}], null,\n{\"b\":2}]\n", LIMITS);
        assertThat(docs).extracting(RawDocument::splitError).containsExactly(null, DocumentSource.NOT_AN_OBJECT,
                DocumentSource.NOT_AN_OBJECT, DocumentSource.NOT_AN_OBJECT, DocumentSource.NOT_AN_OBJECT, null);
        assertThat(docs).extracting(DocumentSourceTest::text).containsExactly("{\"a\":1}", "42", "\"x]\"", "[1,{}]", "null", "{\"b\":2}");
        assertThat(docs.get(5).line()).isEqualTo(2);
        assertThat(file(dir, "empty-array.json", " [ ] ", LIMITS)).isEmpty();
        assertThat(file(dir, "empty.json", "", LIMITS)).isEmpty();
        assertThat(file(dir, "blank.json", "\uFEFF \n", LIMITS)).isEmpty();
    }

    @Test
    void unbalancedOrBrokenStructureStopsTheSourceNamingTheLine(@TempDir Path dir) throws IOException {
        List<RawDocument> stray = file(dir, "stray.json", "{\"a\":1}\n}{\"b\":2}", LIMITS);
        assertThat(stray).hasSize(2);
        assertThat(stray.get(1).splitError()).contains("unexpected '}' at line 2");

        List<RawDocument> eof = file(dir, "eof.json", "{\"a\":1}\n{\"b\":\n[1,2}", LIMITS);
        assertThat(eof).hasSize(2);
        assertThat(eof.get(1).splitError()).contains("unexpected end of input inside the document that starts at line 2");
        assertThat(text(eof.get(1))).isEqualTo("{\"b\":\n[1,2}");

        List<RawDocument> noComma = file(dir, "nocomma.json", "[{\"a\":1}\n {\"b\":2}]", LIMITS);
        assertThat(noComma.get(1).splitError()).contains("expected ',' or ']'").contains("line 2");
        List<RawDocument> trailingComma = file(dir, "trailing.json", "[{\"a\":1},]", LIMITS);
        assertThat(trailingComma.get(1).splitError()).contains("expected a document after ','");
        List<RawDocument> open = file(dir, "open.json", "[{\"a\":1},\n", LIMITS);
        assertThat(open.get(1).splitError()).contains("the array that starts at line 1 is not closed");
    }

    @Test
    void aDocumentOverTheLimitIsSkippedWithoutBeingBuffered(@TempDir Path dir) throws IOException {
        ReaderLimits small = LIMITS.withMaxDocumentBytes(100);
        String big = "{\"pad\":\"" + "x".repeat(200_000) + "\"}";
        List<RawDocument> arr = file(dir, "big.json", "[{\"a\":1}," + big + ",{\"b\":2}]", small);
        assertThat(arr).extracting(RawDocument::splitError).containsExactly(null, "document exceeds 100 bytes", null);
        assertThat(arr.get(1).bytes()).isEmpty();
        assertThat(text(arr.get(2))).isEqualTo("{\"b\":2}");

        List<RawDocument> lines = file(dir, "big.ndjson", "{\"a\":1}\n" + big + "\n{\"b\":2}\n", small);
        assertThat(lines).extracting(RawDocument::splitError).containsExactly(null, "document exceeds 100 bytes", null);
        assertThat(lines.get(2).line()).isEqualTo(3);

        ReadResult r = new DocumentParser(small).parse(lines.get(1));
        assertThat(TestDocs.rejected(r).describe()).endsWith("big.ndjson document #2 (line 2): (document): document exceeds 100 bytes");
        assertThat(r.info().sha256()).isNull();
    }

    @Test
    void stdinIsSniffed() {
        // one object per line: NDJSON, so a broken line is one document and the next line is read
        List<RawDocument> lines = stdin("\uFEFF{\"a\":1}  \n{\"b\":\n{\"c\":3}\n");
        assertThat(lines).extracting(DocumentSourceTest::text).containsExactly("{\"a\":1}  ", "{\"b\":", "{\"c\":3}");
        assertThat(lines).extracting(RawDocument::line).containsExactly(1L, 2L, 3L);

        // a pretty-printed first object: a sequence of objects
        List<RawDocument> seq = stdin("{\n \"a\": 1\n}\n{\"b\":\n 2}");
        assertThat(seq).extracting(DocumentSourceTest::text).containsExactly("{\n \"a\": 1\n}", "{\"b\":\n 2}");

        // an array
        List<RawDocument> arr = stdin("\n [{\"a\":1},\n{\"b\":2}]");
        assertThat(arr).extracting(DocumentSourceTest::text).containsExactly("{\"a\":1}", "{\"b\":2}");
        assertThat(arr).extracting(RawDocument::line).containsExactly(2L, 3L);

        // a lone pretty-printed object: its whole content
        String lone = TestDocs.resourceText("read/examples/northgate-risky.json");
        assertThat(stdin(lone)).singleElement().satisfies(d -> assertThat(text(d)).isEqualTo(lone));
        assertThat(stdin("")).isEmpty();
    }

    @Test
    void directoriesAreListedByNameAndMissingInputsAreReported(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.ndjson"), "{\"n\":2}\n{\"n\":3}\n");
        Files.writeString(dir.resolve("a.json"), "[{\"n\":0},{\"n\":1}]");
        Files.writeString(dir.resolve("c.jsonl"), "{\"n\":4}");
        Files.writeString(dir.resolve("d.txt"), "{\"n\":99}");
        Files.createDirectories(dir.resolve("nested")).resolve("e.json");
        Files.writeString(dir.resolve("nested").resolve("e.json"), "{\"n\":98}");

        assertThat(DocumentSources.expand(List.of(dir.toString(), "-")))
                .containsExactly(dir.resolve("a.json").toString(), dir.resolve("b.ndjson").toString(), dir.resolve("c.jsonl").toString(), "-");
        List<RawDocument> docs = new ArrayList<>();
        try (DocumentSources s = DocumentSources.of(List.of(dir.toString(), dir.resolve("nope.json").toString()), LIMITS,
                new ByteArrayInputStream(new byte[0]))) {
            s.forEachRemaining(docs::add);
        }
        assertThat(docs).hasSize(6);
        assertThat(docs.subList(0, 5)).extracting(DocumentSourceTest::text)
                .containsExactly("{\"n\":0}", "{\"n\":1}", "{\"n\":2}", "{\"n\":3}", "{\"n\":4}");
        assertThat(docs.get(5).splitError()).contains("cannot read").contains("nope.json");
    }

    /** Delivers one byte per read: every buffer boundary falls everywhere once. */
    private static final class Trickle extends java.io.FilterInputStream {
        Trickle(byte[] b) { super(new ByteArrayInputStream(b)); }
        @Override public int read(byte[] b, int off, int len) throws IOException { return super.read(b, off, Math.min(len, 1)); }
    }

    @Test
    void bufferBoundariesAnywhereGiveTheSameDocuments() {
        String seq = "\uFEFF{\"a\":\"}\\\"{[\\\\\"}{\"b\":[1,{\"c\":\"\\\\\"}]}\n{\n \"d\": 3\n}\n  [ {\"e\":4} , 5 ]";
        String lines = "\uFEFF{\"a\":1}\r\n\n{\"b\":\"\\\"x\"}\n";
        for (String content : List.of(seq, lines)) {
            for (boolean sniff : new boolean[] {true, false}) {
                List<RawDocument> whole = split(open(new ByteArrayInputStream(utf8(content)), sniff));
                List<RawDocument> trickled = split(open(new Trickle(utf8(content)), sniff));
                assertThat(trickled).extracting(DocumentSourceTest::text).containsExactlyElementsOf(whole.stream().map(DocumentSourceTest::text).toList());
                assertThat(trickled).extracting(RawDocument::line).containsExactlyElementsOf(whole.stream().map(RawDocument::line).toList());
                assertThat(trickled).extracting(RawDocument::splitError).containsExactlyElementsOf(whole.stream().map(RawDocument::splitError).toList());
            }
        }
        assertThat(split(open(new Trickle(utf8(seq)), false))).extracting(DocumentSourceTest::text)
                .containsExactly("{\"a\":\"}\\\"{[\\\\\"}", "{\"b\":[1,{\"c\":\"\\\\\"}]}", "{\n \"d\": 3\n}", "{\"e\":4}", "5");
        // sniffed, the same content is NDJSON: its first object ends on the line it starts on
        assertThat(split(open(new Trickle(utf8(seq)), true))).extracting(DocumentSourceTest::text)
                .startsWith("{\"a\":\"}\\\"{[\\\\\"}{\"b\":[1,{\"c\":\"\\\\\"}]}", "{");
        assertThat(split(open(new Trickle(utf8(lines)), true))).extracting(DocumentSourceTest::text)
                .containsExactly("{\"a\":1}", "{\"b\":\"\\\"x\"}");
    }

    private static DocumentSource open(java.io.InputStream in, boolean sniff) {
        return sniff ? DocumentSource.open(in, "-", LIMITS) : DocumentSource.open(in, "-", false, LIMITS);
    }

    @Test
    void anEscapeAcrossTheReadBufferIsFollowed(@TempDir Path dir) throws IOException {
        // the backslash is the last byte of the splitter's first 64 KiB read; the quote it escapes starts the next
        String first = "{\"a\":\"" + "x".repeat(65536 - 6 - 1) + "\\\"}\"}";
        List<RawDocument> docs = file(dir, "edge.json", first + "{\"b\":1}", LIMITS);
        assertThat(docs).extracting(DocumentSourceTest::text).containsExactly(first, "{\"b\":1}");
    }

    @Test
    void rawDocumentBytesAreTheSourceBytes() {
        byte[] doc = utf8("{\"name\":\"Caf\u00e9 \u2603\"}");
        List<RawDocument> docs = split(DocumentSource.open(new ByteArrayInputStream(doc), "x", false, LIMITS));
        assertThat(docs).singleElement().satisfies(d -> assertThat(Arrays.equals(d.bytes(), doc)).isTrue());
    }
}
