package org.matrisk.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: unknown members are warnings with "did you mean"; problems carry the line and column of their value. */
class WarningsAndPositionsTest {
    static final DocumentParser PARSER = new DocumentParser(ReaderLimits.defaults());

    static ReadResult parse(String json, long line) {
        return PARSER.parse(RawDocument.of("in.json", 0, line, json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anUnknownMemberIsAWarningWithItsPointerAndTheClosestKnownName() {
        // the minimal document has an extension member, "x-extension": members named x-... or $... are no warning
        String doc = TestDocs.minimal().replaceFirst("\"boardMeetings\"", "\"boardMeeting\":6,\"zzzQuux\":1,\"boardMeetings\"");
        assertThat(doc).contains("boardMeeting\":6");
        ReadResult r = parse(doc, 1);
        assertThat(r).isInstanceOf(Parsed.class);
        Parsed p = (Parsed) r;
        assertThat(p.warnings()).extracting(Problem::pointer).containsExactly("/governance/boardMeeting", "/governance/zzzQuux");
        assertThat(p.warnings().get(0).reason()).isEqualTo("unknown field \"boardMeeting\"; did you mean \"boardMeetings\"?");
        assertThat(p.warnings().get(1).reason()).isEqualTo("unknown field \"zzzQuux\"");
        assertThat(p.warnings().get(0).line()).isEqualTo(1);
        assertThat(p.warnings().get(0).column()).isGreaterThan(doc.indexOf("boardMeeting\""));
        assertThat(((Parsed) parse(TestDocs.minimal(), 1)).warnings()).isEmpty();
    }

    @Test
    void closestIgnoresCaseAndAllowsTwoEditsForLongNames() {
        assertThat(KnownFields.closest("BoardMeetings")).isEqualTo("boardMeetings");
        assertThat(KnownFields.closest("aproovalRef")).isEqualTo("approvalRef");
        assertThat(KnownFields.closest("salry")).isEqualTo("salary");
        assertThat(KnownFields.closest("completelyDifferent")).isNull();
    }

    @Test
    void everyMemberTheBinderKnowsIsAKnownField() throws Exception {
        String src = Files.readString(Path.of("src/main/java/org/matrisk/json/read/DocumentBinder.java"));
        Set<String> names = new TreeSet<>();
        Matcher cases = Pattern.compile("case (\"[A-Za-z0-9]+\"(?:, \"[A-Za-z0-9]+\")*)").matcher(src);
        while (cases.find()) {
            Matcher n = Pattern.compile("\"([A-Za-z0-9]+)\"").matcher(cases.group(1));
            while (n.find()) names.add(n.group(1));
        }
        assertThat(names).hasSizeGreaterThan(150);
        assertThat(KnownFields.NAMES).containsAll(names);
    }

    @Test
    void aProblemCarriesTheLineAndColumnOfItsValueAndDocumentsAreNumberedFromOne() {
        String doc = TestDocs.minimal().replace("{", "{\n").replace("\"amount\":1200.5", "\"amount\":-5");
        assertThat(doc).contains("\"amount\":-5");
        ReadResult r = PARSER.parse(RawDocument.of("in.json", 2, 300, doc.getBytes(StandardCharsets.UTF_8)));
        Rejected rej = (Rejected) r;
        Problem p = rej.problems().get(0);
        assertThat(p.pointer()).endsWith("/amount");
        String[] lines = doc.split("\n", -1);
        int line = 0;
        while (!lines[line].contains("\"amount\":-5")) line++;
        assertThat(p.line()).isEqualTo(300 + line);
        assertThat(p.column()).isEqualTo(lines[line].indexOf("\"amount\":-5") + "\"amount\":-5".length() + 1);
        assertThat(rej.describe()).startsWith("in.json document #3 (line " + (300 + line) + ", column " + p.column() + "): ");
        // equal to the same problem found elsewhere: the position is where, not what
        assertThat(p).isEqualTo(new Problem(p.pointer(), p.reason()));
    }

    @Test
    void syntaxErrorsSayWhereInWordsWithoutParssonsText() {
        String doc = TestDocs.minimal();
        Rejected cut = (Rejected) parse(doc.substring(0, 40), 3);
        assertThat(cut.problems().get(0).reason()).startsWith("invalid JSON at line 3, column ").contains("unexpected end of the document")
                .doesNotContain("line no=").doesNotContain("Unexpected char").doesNotContain("Invalid token");
        Rejected comma = (Rejected) parse(doc.replaceFirst(",", ",,"), 1);
        assertThat(comma.problems().get(0).reason()).startsWith("invalid JSON at line 1, column ").doesNotContain("Invalid token");
        assertThat(DocumentBinder.plainSyntax("Invalid token=CURLYCLOSE at (line no=1, column no=5, offset=4). Expected tokens are: [STRING]"))
                .isEqualTo("unexpected '}' (expected string)");
    }

    @Test
    void aBinaryFileIsOneRejection(@TempDir Path tmp) throws Exception {
        Path bin = tmp.resolve("x.ndjson");
        byte[] b = new byte[3000];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (i % 7 == 0 ? '\n' : i % 256);
        Files.write(bin, b);
        try (DocumentSources s = DocumentSources.of(java.util.List.of(bin.toString()), ReaderLimits.defaults())) {
            RawDocument d = s.next();
            assertThat(d.splitError()).startsWith("not a JSON text file: binary content (a NUL byte at offset ");
            assertThat(s.hasNext()).isFalse();
        }
        Path gzip = tmp.resolve("g.json");
        Files.write(gzip, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, (byte) 0xcb, 0x48});
        assertThat(DocumentSources.binary(gzip)).startsWith("binary content (a NUL byte at offset 3)");
        Path utf16 = tmp.resolve("u.json");
        Files.write(utf16, TestDocs.minimal().getBytes(StandardCharsets.UTF_16LE));
        assertThat(DocumentSources.binary(utf16)).as("named UTF-16 by the source").isNull();
        Path text = tmp.resolve("t.json");
        Files.writeString(text, TestDocs.minimal());
        assertThat(DocumentSources.binary(text)).isNull();
    }
}
