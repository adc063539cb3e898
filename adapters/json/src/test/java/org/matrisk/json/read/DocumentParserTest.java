package org.matrisk.json.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matrisk.json.read.TestDocs.mutate;
import static org.matrisk.json.read.TestDocs.utf8;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentParserTest {

    private static final DocumentParser PARSER = new DocumentParser();

    private static ReadResult parse(String doc) {
        return PARSER.parse(RawDocument.of("in.json", 3, 12, utf8(doc)));
    }

    private static Problem first(String doc) {
        ReadResult r = parse(doc);
        return TestDocs.rejected(r).problems().get(0);
    }

    @Test
    void describeNamesTheDocumentThePointerAndTheCountOfTheRest() {
        Rejected r = TestDocs.rejected(parse(mutate("\"amount\":1200.5", "\"amount\":-5.001")));
        assertThat(r.describe()).isEqualTo("in.json document #4 (line 12, column " + r.problems().get(0).column() + "): /transactions/1/amount: -5.001 is negative; "
                + "expected an amount >= 0 (and 1 more problem)");
        assertThat(r.info().sha256()).hasSize(64);
        Rejected whole = TestDocs.rejected(parse("[]"));
        assertThat(whole.describe()).isEqualTo("in.json document #4 (line 12, column 2): (document): top level must be a JSON object, got an array");
    }

    @Test
    void problemsStopAtTheLimit() {
        StringBuilder doc = new StringBuilder(TestDocs.minimal());
        doc.setLength(doc.length() - 1);
        for (int i = 0; i < 30; i++) doc.append(",\"dup\":").append(i);
        doc.append('}');
        DocumentParser five = new DocumentParser(ReaderLimits.defaults().withMaxProblems(5));
        Rejected r = TestDocs.rejected(five.parse(RawDocument.of("x", 0, 1, utf8(doc.toString()))));
        assertThat(r.problems()).hasSize(5).allSatisfy(p -> assertThat(p).isEqualTo(new Problem("/dup", "duplicate key \"dup\"")));
        assertThat(r.describe()).endsWith("(and 4 more problems)");
    }

    @Test
    void unknownMembersAreIgnoredButTheirPointersAreEscaped() {
        assertThat(parse(mutate("\"asOf\":\"2025-06-30\"", "\"asOf\":\"2025-06-30\",\"a/b~c\":{\"deep\":[null]},\"z\":\"x\"")))
                .isInstanceOf(Parsed.class);
        assertThat(first(mutate("\"asOf\":\"2025-06-30\"", "\"asOf\":\"2025-06-30\",\"a/b~c\":1,\"a/b~c\":2")))
                .isEqualTo(new Problem("/a~1b~0c", "duplicate key \"a/b~c\""));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            "totalIncome":5000000.500  | "totalIncome":1.005             | /finance/totalIncome                | more than two decimal places
            "totalIncome":5000000.500  | "totalIncome":1e-3              | /finance/totalIncome                | more than two decimal places
            "totalIncome":5000000.500  | "totalIncome":-0.5              | /finance/totalIncome                | is negative
            "totalIncome":5000000.500  | "totalIncome":"5"               | /finance/totalIncome                | expected a number, got string "5"
            "totalIncome":5000000.500  | "totalIncome":1E+15             | /finance/totalIncome                | more than 15 digits
            "totalIncome":5000000.500  | "totalIncome":-Infinity         | /finance/totalIncome                | NaN and Infinity are not valid JSON
            "cash":120000              | "cash":1e999999999999           | /finance/cash                       | is not a usable number
            "progress":0.35            | "progress":1e16                 | /academies/0/progress               | more than 15 digits
            "progress":0.35            | "progress":0.12345678901234567890123456789012345678901234567890123456789012345 | /academies/0/progress | exceeds the limit of 64
            "boardMeetings":6          | "boardMeetings":-1              | /governance/boardMeetings           | -1 is negative; expected a count >= 0
            "boardMeetings":6          | "boardMeetings":3000000000      | /governance/boardMeetings           | too large
            "count":1                  | "count":null                    | /websitePayBands/0/count            | required field is missing (got null)
            "fte":1.0                  | "fte":0                         | /pay/0/fte                          | expected 0 < fte <= 1
            "registerOfInterestsPublished":true | "registerOfInterestsPublished":"yes" | /governance/registerOfInterestsPublished | expected a boolean, got string "yes"
            "start":"2023-09-01"       | "start":"2023-9-01"             | /period/start                       | not a date in the form YYYY-MM-DD
            "issuedOn":"2024-06-03"    | "issuedOn":"2023-02-29"         | /notices/0/issuedOn                 | not a real date
            "issuedOn":"2024-06-03"    | "issuedOn":20240603             | /notices/0/issuedOn                 | expected a date string (YYYY-MM-DD), got number 20240603
            "chair":"P4"               | "chair":"P44"                   | /governance/chair                   | dangling reference "P44": no person with that id
            "accountingOfficer":"P5"   | "accountingOfficer":"X"         | /governance/accountingOfficer       | dangling reference "X"
            "chiefFinancialOfficer":"P6" | "chiefFinancialOfficer":"Y"   | /governance/chiefFinancialOfficer   | dangling reference "Y"
            "chair":"P3"               | "chair":"P33"                   | /governance/committees/0/chair      | dangling reference "P33"
            "personId":"P6"            | "personId":"P66"                | /specialPayments/0/personId         | dangling reference "P66"
            {"id":"O2"                 | {"id":"O1"                      | /parties/1/id                       | duplicate id "O1" (first at /parties/0)
            {"id":"T2"                 | {"id":"T1"                      | /transactions/1/id                  | duplicate id "T1" (first at /transactions/0)
            {"urn":"140002"            | {"urn":"140001"                 | /academies/1/urn                    | duplicate urn "140001" (first at /academies/0)
            "EDUCATION":"COMPLETE"     | "EDUCATION":"DONE"              | /growth/0/dueDiligence/EDUCATION    | unknown value "DONE"; expected one of COMPLETE, PARTIAL, NOT_DONE
            "EDUCATION":"COMPLETE"     | "EDUCATION":"COMPLETE","EDUCATION":"PARTIAL" | /growth/0/dueDiligence/EDUCATION | duplicate key "EDUCATION"
            "type":"MAT"               | "type":"mat"                    | /trust/type                         | unknown value "mat"; expected one of MAT, SAT
            "members":["P1","P2","P3"] | "members":["P1",7,"P3"]         | /governance/members/1               | expected a string, got number 7
            "members":["P1","P2","P3"] | "members":"P1"                  | /governance/members                 | expected an array, got string "P1"
            "transactions":[           | "transactions":[1,              | /transactions/0                     | expected an object, got number 1
            "schemaVersion":"1"        | "schemaVersion":1               | /schemaVersion                      | expected the string "1" or "2", got number 1
            """)
    void valueRules(String from, String to, String pointer, String reason) {
        Problem p = first(mutate(from, to));
        assertThat(p.pointer()).isEqualTo(pointer);
        assertThat(p.reason()).contains(reason);
    }

    @Test
    void negativeBalancesAndThreeDecimalProgressAreFine() {
        String doc = mutate("\"progress\":0.35", "\"progress\":-0.125");
        doc = doc.replace("\"revenueReserves\":250000", "\"revenueReserves\":-250000.10").replace("\"cash\":120000", "\"cash\":-1.5");
        assertThat(parse(doc)).isInstanceOf(Parsed.class);
        assertThat(parse(mutate("\"issuedOn\":\"2024-06-03\"", "\"issuedOn\":\"2024-02-29\""))).isInstanceOf(Parsed.class);
        assertThat(parse(mutate("\"approvedOn\":\"2021-07-08\"", "\"approvedOn\":null"))).isInstanceOf(Parsed.class);
    }

    @Test
    void wholeDocumentProblems() {
        assertThat(first("")).isEqualTo(new Problem("", "empty document"));
        assertThat(first(TestDocs.minimal() + " {}").reason()).startsWith("unexpected content after the end of the document");
        assertThat(first("\"x\"").reason()).isEqualTo("top level must be a JSON object, got string \"x\"");
        assertThat(first("{\"schemaVersion\":\"1\"}")).isEqualTo(new Problem("/trust", DocumentBinder.MISSING));
        Rejected split = TestDocs.rejected(PARSER.parse(new RawDocument("s", 4, 9, new byte[0], "document is not a JSON object")));
        assertThat(split.info().sha256()).isNull();
        assertThat(split.describe()).isEqualTo("s document #5 (line 9): (document): document is not a JSON object");
    }

    @Test
    void invalidUtf8IsFoundAnywhere() {
        byte[] good = utf8(TestDocs.minimal());
        byte[] truncated = java.util.Arrays.copyOf(good, good.length + 1);
        truncated[good.length - 1] = (byte) 0xE2;   // "...}" becomes "...\xE2}": a cut multi-byte sequence
        truncated[good.length] = '}';
        Problem p = TestDocs.rejected(PARSER.parse(RawDocument.of("u", 0, 5, truncated))).problems().get(0);
        assertThat(p.pointer()).isEmpty();
        assertThat(p.reason()).startsWith("invalid UTF-8 at byte offset " + (good.length - 1)).contains("(line 5 of the source)");
        byte[] overlong = utf8(mutate("Minimal Trust", "Minimal_Trust"));
        overlong[new String(overlong).indexOf('_')] = (byte) 0xC0;   // 0xC0 never appears in UTF-8
        assertThat(PARSER.parse(RawDocument.of("u", 0, 1, overlong))).isInstanceOf(Rejected.class);
    }

    @Test
    void theParserIsThreadSafe() {
        byte[] good = utf8(TestDocs.minimal());
        byte[] bad = utf8(mutate("\"amount\":1200.5", "\"amount\":-5"));
        AtomicInteger parsed = new AtomicInteger();
        List<ReadResult> results = IntStream.range(0, 2_000).parallel()
                .mapToObj(i -> PARSER.parse(RawDocument.of("t", i, 1, i % 3 == 0 ? bad : good))).toList();
        results.forEach(r -> { if (r instanceof Parsed) parsed.incrementAndGet(); });
        assertThat(parsed.get()).isEqualTo(2_000 - 667);
        assertThat(results).filteredOn(r -> r instanceof Rejected)
                .allSatisfy(r -> assertThat(((Rejected) r).problems()).containsExactly(
                        new Problem("/transactions/1/amount", "-5 is negative; expected an amount >= 0")));
        assertThat(results).filteredOn(r -> r instanceof Parsed).extracting(r -> r.info().sha256()).containsOnly(DocumentParser.sha256(good));
    }
}
