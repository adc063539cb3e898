package org.matrisk.json.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matrisk.json.read.TestDocs.mutate;
import static org.matrisk.json.read.TestDocs.utf8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every malformed document sits between good ones in each batch form (array file, NDJSON file,
 * directory of files, stdin as NDJSON and as an array): it alone is rejected, with the expected
 * pointer and reason; the good ones around it are parsed, in order, and the counts reconcile.
 */
class MalformedBatchTest {

    /** Small string and depth limits so those cases stay small. */
    static final ReaderLimits LIMITS = ReaderLimits.defaults().withMaxStringLength(200).withMaxDepth(16);

    /**
     * @param splitPointer/splitReason what is expected where the splitter sees the document (array
     *                                 elements, whole files); null = same as when parsed
     */
    record Case(String name, byte[] doc, String pointer, String reason, String splitPointer, String splitReason) {
        Case(String name, String doc, String pointer, String reason) {
            this(name, utf8(doc), pointer, reason, null, null);
        }
    }

    static final List<Case> CASES = new ArrayList<>();
    static byte[] GOOD;
    static byte[] GOOD_EXAMPLE;

    @BeforeAll
    static void cases() {
        GOOD = utf8(TestDocs.minimal());
        // the northgate example on one line (it is pretty-printed): still a good document
        GOOD_EXAMPLE = utf8(TestDocs.resourceText("read/examples/northgate-risky.json").replaceAll("\n\\s*", ""));
        CASES.clear();
        CASES.add(new Case("syntax error", mutate("\"asOf\":\"2025-06-30\",", "\"asOf\":\"2025-06-30\",,"), "/asOf", "invalid JSON"));
        CASES.add(new Case("NaN", mutate("\"cash\":120000", "\"cash\":NaN"), "/finance/cash", "NaN and Infinity are not valid JSON"));
        CASES.add(new Case("wrong type", mutate("\"boardMeetings\":6", "\"boardMeetings\":\"six\""),
                "/governance/boardMeetings", "expected a number, got string \"six\""));
        CASES.add(new Case("wrong container type", mutate("\"trust\":{\"id\":\"10070009\",\"name\":\"Minimal Trust\",\"type\":\"MAT\",\"companyNumber\":\"07810009\"}",
                "\"trust\":[1]"), "/trust", "expected an object, got an array"));
        CASES.add(new Case("unknown enum", mutate("\"kind\":\"SERVICES\"", "\"kind\":\"CONSULTING\""),
                "/transactions/0/kind", "unknown value \"CONSULTING\"; expected one of GOODS, SERVICES, LEASE, LOAN, DONATION, OTHER"));
        CASES.add(new Case("missing required field", mutate(",\"amount\":1200.5", ""), "/transactions/1/amount", "required field is missing"));
        CASES.add(new Case("required field null", mutate("\"amount\":1200.5", "\"amount\":null"), "/transactions/1/amount", "required field is missing"));
        CASES.add(new Case("missing required object", mutate("\"period\":{\"start\":\"2023-09-01\",\"end\":\"2024-08-31\"},", ""),
                "/period", "required field is missing"));
        CASES.add(new Case("dangling member", mutate("\"members\":[\"P1\",\"P2\",\"P3\"]", "\"members\":[\"P1\",\"P2\",\"P99\"]"),
                "/governance/members/2", "dangling reference \"P99\": no person with that id"));
        CASES.add(new Case("dangling party", mutate("\"partyId\":\"O2\"", "\"partyId\":\"O9\""),
                "/transactions/1/partyId", "dangling reference \"O9\": no party with that id"));
        CASES.add(new Case("dangling interest party", mutate("\"partyId\":\"O1\",\"nature\"", "\"partyId\":\"O7\",\"nature\""),
                "/people/2/interests/0/partyId", "dangling reference \"O7\""));
        CASES.add(new Case("dangling notice academy", mutate("\"academyUrn\":\"140001\"", "\"academyUrn\":\"999999\""),
                "/notices/0/academyUrn", "dangling reference \"999999\": no academy with that urn"));
        CASES.add(new Case("dangling joiner", mutate("{\"academyUrn\":\"140002\",\"joinedOn\"", "{\"academyUrn\":\"140003\",\"joinedOn\""),
                "/growth/0/academyUrn", "dangling reference \"140003\""));
        CASES.add(new Case("dangling pay person", mutate("\"personId\":\"P5\"", "\"personId\":\"P55\""), "/pay/0/personId", "no person with that id"));
        CASES.add(new Case("duplicate id", mutate("{\"id\":\"P2\"}", "{\"id\":\"P1\"}"), "/people/1/id", "duplicate id \"P1\" (first at /people/0)"));
        CASES.add(new Case("duplicate key", mutate("\"name\":\"Minimal Trust\"", "\"name\":\"Minimal Trust\",\"name\":\"Other\""),
                "/trust/name", "duplicate key \"name\""));
        CASES.add(new Case("negative amount", mutate("\"amount\":1200.5", "\"amount\":-5"), "/transactions/1/amount", "-5 is negative; expected an amount >= 0"));
        CASES.add(new Case("three decimals", mutate("\"amount\":1200.5", "\"amount\":1200.505"), "/transactions/1/amount", "more than two decimal places"));
        CASES.add(new Case("16 digits", mutate("\"salary\":150000", "\"salary\":1234567890123456"), "/pay/0/salary", "more than 15 digits"));
        CASES.add(new Case("1e16", mutate("\"cash\":120000", "\"cash\":1e16"), "/finance/cash", "1e16 has more than 15 digits"));
        CASES.add(new Case("date does not exist", mutate("\"date\":\"2024-02-14\"", "\"date\":\"2024-02-30\""),
                "/transactions/1/date", "\"2024-02-30\" is not a real date"));
        CASES.add(new Case("date in wrong format", mutate("\"issuedOn\":\"2024-06-03\"", "\"issuedOn\":\"03/06/2024\""),
                "/notices/0/issuedOn", "not a date in the form YYYY-MM-DD"));
        CASES.add(new Case("period start after end", mutate("\"start\":\"2023-09-01\"", "\"start\":\"2024-09-01\""),
                "/period/start", "2024-09-01 is after period.end 2024-08-31"));
        CASES.add(new Case("schemaVersion 3", mutate("\"schemaVersion\":\"1\"", "\"schemaVersion\":\"3\""), "/schemaVersion", "unsupported schemaVersion \"3\""));
        CASES.add(new Case("schemaVersion 2 without coverage", mutate("\"schemaVersion\":\"1\"", "\"schemaVersion\":\"2\""), "/coverage", "required field is missing"));
        CASES.add(new Case("member listed twice", mutate("\"members\":[\"P1\",\"P2\",\"P3\"]", "\"members\":[\"P1\",\"P2\",\"P1\"]"),
                "/governance/members/2", "person \"P1\" is listed twice (first at /governance/members/0)"));
        CASES.add(new Case("committee member twice", mutate("\"members\":[\"P3\",\"P4\"]", "\"members\":[\"P3\",\"P4\",\"P4\"]"),
                "/governance/committees/0/members/2", "listed twice"));
        CASES.add(new Case("string over the limit", mutate("\"name\":\"Catering Ltd\"", "\"name\":\"" + "x".repeat(201) + "\""),
                "/parties/1/name", "string of 201 characters exceeds the limit of 200"));
        CASES.add(new Case("depth over the limit", mutate("\"x-extension\":{\"nested\":[1,2,{\"a\":\"b\"}]}",
                "\"x-extension\":" + "[".repeat(20) + "]".repeat(20)), "/x-extension", "nesting deeper than 16 levels"));
        CASES.add(new Case("no academies", mutate(
                "\"academies\":[{\"urn\":\"140001\",\"name\":\"Riverside Primary\",\"phase\":\"PRIMARY\",\"pupils\":412,\"ofsted\":[{\"date\":\"2022-05-11\",\"grade\":\"GOOD\"}],"
                        + "\"progress\":0.35,\"inYearRevenueBalance\":-2000},{\"urn\":\"140002\",\"name\":\"Weir Lane\",\"joinedOn\":\"2024-01-01\"}]",
                "\"academies\":[]"), "/academies", "expected at least one"));
        CASES.add(new Case("fractional count", mutate("\"pupils\":412", "\"pupils\":412.5"), "/academies/0/pupils", "412.5 is not a whole number"));
        CASES.add(new Case("fte out of range", mutate("\"fte\":1.0", "\"fte\":1.5"), "/pay/0/fte", "expected 0 < fte <= 1"));
        CASES.add(new Case("pay band upside down", mutate("\"to\":160000", "\"to\":140000"), "/websitePayBands/0/to", "expected from < to"));
        CASES.add(new Case("unknown due-diligence area", mutate("\"EDUCATION\":\"COMPLETE\"", "\"EDUCATION\":\"COMPLETE\",\"PLAYGROUND\":\"COMPLETE\""),
                "/growth/0/dueDiligence/PLAYGROUND", "unknown due-diligence area \"PLAYGROUND\""));
        CASES.add(new Case("empty identifier", mutate("{\"id\":\"P1\"}", "{\"id\":\"\"}"), "/people/0/id", "empty string"));

        byte[] good = GOOD;
        String s = TestDocs.minimal();
        int at = s.indexOf("Minimal Trust");
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        bad.write(good, 0, at + "Minimal ".length());
        bad.write(0xC3);                    // a lead byte followed by '(' is not UTF-8
        bad.write('(');
        bad.write(good, at + "Minimal ".length(), good.length - at - "Minimal ".length());
        CASES.add(new Case("invalid UTF-8", bad.toByteArray(), "", "invalid UTF-8 at byte offset " + (at + 8), null, null));

        CASES.add(new Case("top-level number", utf8("42"), "", "top level must be a JSON object, got number 42",
                "", DocumentSource.NOT_AN_OBJECT));
        // last: in an array (or a file) the splitter must stop at it
        CASES.add(new Case("truncated document", utf8(s.substring(0, s.indexOf("\"end\":\"2024-08-31\""))),
                "/period/start", "invalid JSON", "", "unexpected end of input inside the document that starts at line"));
    }

    /** good, case 1, good, case 2, ... good, last case. */
    private static List<byte[]> docs() {
        List<byte[]> docs = new ArrayList<>();
        for (int i = 0; i < CASES.size(); i++) {
            docs.add(i % 2 == 0 ? GOOD : GOOD_EXAMPLE);
            docs.add(CASES.get(i).doc());
        }
        return docs;
    }

    private static byte[] join(List<byte[]> docs, String open, String sep, String close, boolean bom) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) out.write(TestDocs.BOM);
        out.write(utf8(open));
        for (int i = 0; i < docs.size(); i++) {
            if (i > 0) out.write(utf8(sep));
            out.write(docs.get(i));
        }
        out.write(utf8(close));
        return out.toByteArray();
    }

    private static void check(List<ReadResult> results, ReadCounts counts, boolean split) {
        int n = CASES.size();
        assertThat(results).hasSize(2 * n);
        assertThat(counts.read()).isEqualTo(2L * n);
        assertThat(counts.parsed()).isEqualTo(n);
        assertThat(counts.rejected()).isEqualTo(n);
        for (int i = 0; i < n; i++) {
            ReadResult good = results.get(2 * i);
            TestDocs.parsed(good);
            Case c = CASES.get(i);
            Rejected r = TestDocs.rejected(results.get(2 * i + 1));
            String pointer = split && c.splitPointer() != null ? c.splitPointer() : c.pointer();
            String reason = split && c.splitReason() != null ? c.splitReason() : c.reason();
            assertThat(r.problems().get(0).pointer()).as("%s: %s", c.name(), r.describe()).isEqualTo(pointer);
            assertThat(r.problems().get(0).reason()).as("%s: %s", c.name(), r.describe()).contains(reason);
            assertThat(r.describe()).as(c.name()).contains(pointer.isEmpty() ? "(document)" : pointer);
        }
    }

    private static void checkOrder(List<ReadResult> results, String source) {
        for (int i = 0; i < results.size(); i++) {
            assertThat(results.get(i).info().source()).isEqualTo(source);
            assertThat(results.get(i).info().position()).isEqualTo(i);
        }
    }

    @Test
    void arrayFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("batch.json");
        List<byte[]> docs = docs();
        byte[] all = join(docs, "[\n", ",\n", "", true);   // the last document is truncated: no ']' either
        Files.write(f, all);
        ReadCounts[] counts = new ReadCounts[1];
        List<ReadResult> results = TestDocs.readAll(List.of(f.toString()), LIMITS, InputStream.nullInputStream(), counts);
        check(results, counts[0], true);
        checkOrder(results, f.toString());
        assertThat(results.get(0).info().line()).isEqualTo(2);
        assertThat(results.get(5).info().line()).isEqualTo(7);
    }

    @Test
    void ndjsonFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("batch.ndjson");
        List<byte[]> docs = docs();
        docs.add(3, utf8("   "));   // a blank line: skipped, but lines still count
        Files.write(f, join(docs, "", "\r\n", "\n", true));
        ReadCounts[] counts = new ReadCounts[1];
        List<ReadResult> results = TestDocs.readAll(List.of(f.toString()), LIMITS, InputStream.nullInputStream(), counts);
        check(results, counts[0], false);
        checkOrder(results, f.toString());
        assertThat(results.get(2).info().line()).isEqualTo(3);
        assertThat(results.get(3).info().line()).isEqualTo(5);
    }

    @Test
    void directoryOfFiles(@TempDir Path dir) throws IOException {
        List<byte[]> docs = docs();
        for (int i = 0; i < docs.size(); i++) {
            byte[] bytes = docs.get(i);
            if (i == 0) bytes = join(List.of(bytes), "", "", "\n", true);   // a BOM: accepted
            Files.write(dir.resolve(String.format("doc-%03d.json", i)), bytes);
        }
        Files.writeString(dir.resolve("notes.txt"), "not a batch file");
        Files.createDirectory(dir.resolve("sub.json"));
        ReadCounts[] counts = new ReadCounts[1];
        List<ReadResult> results = TestDocs.readAll(List.of(dir.toString()), LIMITS, InputStream.nullInputStream(), counts);
        check(results, counts[0], true);
        for (int i = 0; i < results.size(); i++) {
            assertThat(results.get(i).info().source()).isEqualTo(dir.resolve(String.format("doc-%03d.json", i)).toString());
            assertThat(results.get(i).info().position()).isZero();
        }
    }

    @Test
    void stdinAsLines() throws IOException {
        byte[] in = join(docs(), "", "\n", "\n", true);
        ReadCounts[] counts = new ReadCounts[1];
        List<ReadResult> results = TestDocs.readAll(List.of("-"), LIMITS, new ByteArrayInputStream(in), counts);
        check(results, counts[0], false);
        checkOrder(results, "-");
    }

    @Test
    void stdinAsArray() throws IOException {
        byte[] in = join(docs(), "  [", ", ", "", true);
        ReadCounts[] counts = new ReadCounts[1];
        List<ReadResult> results = TestDocs.readAll(List.of("-"), LIMITS, new ByteArrayInputStream(in), counts);
        check(results, counts[0], true);
        checkOrder(results, "-");
    }

    @Test
    void severalInputsKeepTheirOrderAndAFailedSourceDoesNotStopTheNext(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.json");
        Files.write(a, join(List.of(GOOD, utf8("{\"schemaVersion\":")), "[", ",", "", false));   // stops inside its 2nd document
        Path b = dir.resolve("b.ndjson");
        Files.write(b, join(List.of(GOOD, GOOD), "", "\n", "\n", false));
        Path missing = dir.resolve("missing.json");
        ReadCounts[] counts = new ReadCounts[1];
        List<ReadResult> results = TestDocs.readAll(List.of(a.toString(), missing.toString(), "-", b.toString()), LIMITS,
                new ByteArrayInputStream(GOOD), counts);
        assertThat(results).extracting(r -> r.info().source())
                .containsExactly(a.toString(), a.toString(), missing.toString(), "-", b.toString(), b.toString());
        assertThat(results).extracting(r -> r instanceof Parsed).containsExactly(true, false, false, true, true, true);
        assertThat(TestDocs.rejected(results.get(2)).problems().get(0).reason()).contains("cannot read").contains("no such file");
        assertThat(counts[0]).isEqualTo(new ReadCounts(6, 4, 2));
    }
}
