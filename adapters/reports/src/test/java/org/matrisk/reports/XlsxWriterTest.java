package org.matrisk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.Suppression;
import org.matrisk.output.AssessmentWriter;
import org.matrisk.output.ScanSummary;
import org.matrisk.output.WriterOptions;

class XlsxWriterTest {
    record Book(List<String> sheets, List<Row> summary, List<Row> findings) {}

    static Book read(byte[] xlsx) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            List<Sheet> sheets = wb.getSheets().toList();
            return new Book(sheets.stream().map(Sheet::getName).toList(), sheets.get(0).read(), sheets.get(1).read());
        }
    }

    static List<String> texts(Row r) {
        return r.stream().map(c -> c == null ? "" : c.getText()).toList();
    }

    /** The index of the column whose machine name is {@code key} (the headers are in words). */
    static int col(List<String> header, String key) {
        int i = header.indexOf(XlsxWriter.label(key));
        assertThat(i).as("column " + key).isNotNegative();
        return i;
    }

    static String text(Row r, String column, List<String> header) {
        return r.getCellText(col(header, column));
    }

    @Test
    void summaryAndFindingsSheets() throws IOException {
        Book b = read(Examples.write("xlsx", Examples.BOTH));
        assertThat(b.sheets()).containsExactly("Summary", "Findings", "Not assessable");

        // Summary: header, then one row per trust in input order
        List<String> sh = texts(b.summary().get(0));
        assertThat(sh).startsWith("Trust ID", "Trust name", "Period start", "Period end", "As of", "Trust rating", "Trust score",
                "Notices and finances: rating", "Notices and finances: score", "Related-party transactions: rating");
        assertThat(sh).containsExactlyElementsOf(XlsxWriter.SUMMARY_KEYS.stream().map(XlsxWriter::label).toList());
        assertThat(XlsxWriter.SUMMARY_KEYS).containsExactly("trustId", "trustName", "periodStart", "periodEnd", "asOf", "trustRating", "trustScore",
                "noticesRating", "noticesScore", "relatedPartyRating", "relatedPartyScore", "remunerationRating", "remunerationScore",
                "growthRating", "growthScore", "autonomyRating", "autonomyScore", "governanceRating", "governanceScore",
                "criticalFindings", "highFindings", "mediumFindings", "lowFindings", "infoFindings", "suppressedFindings", "unknown", "passed",
                "trustPoints", "formatVersion", "decidedRules", "packRules", "partialSections",
                "procurementAndProprietyRating", "procurementAndProprietyScore",
                "noticesPoints", "relatedPartyPoints", "remunerationPoints", "growthPoints", "autonomyPoints", "governancePoints",
                "procurementAndProprietyPoints");
        assertThat(b.summary()).hasSize(3);
        Row ng = b.summary().get(1);
        Assessment n = Examples.NORTHGATE;
        assertThat(text(ng, "trustId", sh)).isEqualTo("10070002");
        assertThat(text(ng, "trustName", sh)).isEqualTo("Northgate Academies Trust");
        assertThat(text(ng, "trustRating", sh)).isEqualTo("CRITICAL");
        assertThat(ng.getCellAsNumber(col(sh, "trustScore"))).contains(new BigDecimal(n.score()));
        assertThat(text(ng, "remunerationRating", sh)).isEqualTo("CRITICAL");
        assertThat(ng.getCellAsNumber(col(sh, "remunerationScore"))).contains(new BigDecimal(n.area(org.matrisk.assessment.Area.REMUNERATION).score()));
        assertThat(text(ng, "growthRating", sh)).isEqualTo(n.area(org.matrisk.assessment.Area.GROWTH).rating().name());
        assertThat(ng.getCellAsNumber(col(sh, "criticalFindings"))).contains(BigDecimal.ONE);
        assertThat(ng.getCellAsNumber(col(sh, "highFindings"))).contains(new BigDecimal(count(n, "HIGH")));
        assertThat(ng.getCellAsNumber(col(sh, "mediumFindings"))).contains(new BigDecimal(count(n, "MEDIUM")));
        assertThat(ng.getCellAsNumber(col(sh, "unknown"))).contains(new BigDecimal(n.unknown().size()));
        assertThat(ng.getCellAsNumber(col(sh, "passed"))).contains(new BigDecimal(n.passed()));
        assertThat(ng.getCellAsNumber(col(sh, "trustPoints"))).contains(new BigDecimal(n.points()));
        assertThat(text(ng, "formatVersion", sh)).isEqualTo("1");
        assertThat(ng.getCellAsNumber(col(sh, "remunerationPoints")))
                .contains(new BigDecimal(n.area(org.matrisk.assessment.Area.REMUNERATION).points()));
        // version 2 cells, and the area a version 1 assessment does not list, are empty
        for (String c : List.of("decidedRules", "packRules", "partialSections", "procurementAndProprietyRating", "procurementAndProprietyScore",
                "procurementAndProprietyPoints")) {
            int i = col(sh, c);
            assertThat(i >= ng.getCellCount() || ng.getCell(i) == null || ng.getCell(i).getType() == CellType.EMPTY).as(c).isTrue();
        }
        assertThat(ng.getCellAsDate(col(sh, "periodStart"))).hasValueSatisfying(d -> assertThat(d.toLocalDate()).isEqualTo(LocalDate.of(2023, 9, 1)));
        assertThat(ng.getCell(col(sh, "periodStart")).getDataFormatString()).isEqualTo("yyyy-mm-dd");
        Row rs = b.summary().get(2);
        assertThat(text(rs, "trustId", sh)).isEqualTo("10070001");
        assertThat(text(rs, "trustRating", sh)).isEqualTo("LOW");
        for (String area : List.of("notices", "relatedParty", "remuneration", "growth", "autonomy", "governance")) {
            assertThat(text(rs, area + "Rating", sh)).isEqualTo("LOW");
            assertThat(rs.getCellAsNumber(col(sh, area + "Score"))).contains(BigDecimal.ZERO);
        }

        // Findings: the CSV's columns, one row per finding (a trust without findings has none here: the Summary lists it)
        List<String> fh = texts(b.findings().get(0));
        List<String> human = new java.util.ArrayList<>(java.util.Arrays.stream(CsvWriterTest.HEADER.split(",")).map(XlsxWriter::label).toList());
        human.add("Amount (£)");
        assertThat(fh).containsExactlyElementsOf(human);
        assertThat(fh).contains("Rule ID", "Evidence: where in the data", "Suppression justification", "Trust points");
        assertThat(b.findings()).hasSize(1 + n.findings().size());
        List<Row> pay05 = b.findings().stream().filter(r -> r.getCellText(col(fh, "ruleId")).equals("PAY-05")).toList();
        assertThat(pay05).hasSize(1);
        Row r = pay05.get(0);
        assertThat(text(r, "trustId", fh)).isEqualTo("10070002");
        assertThat(text(r, "severity", fh)).isEqualTo("CRITICAL");
        assertThat(text(r, "area", fh)).isEqualTo("Executive pay");
        // money as a number with a £ format; the reference a hyperlink to its source
        int amount = fh.indexOf("Amount (£)");
        assertThat(r.getCell(amount).getType()).isEqualTo(CellType.NUMBER);
        assertThat(r.getCellAsNumber(amount)).contains(new BigDecimal("62000.00"));
        assertThat(r.getCell(amount).getDataFormatString()).contains("£").contains("#,##0.00");
        assertThat(text(r, "reference", fh)).isEqualTo(n.findings("PAY-05").get(0).reference().source() + " " + n.findings("PAY-05").get(0).reference().edition()
                + " para " + n.findings("PAY-05").get(0).reference().paragraph());
        assertThat(text(r, "evidencePointers", fh)).isEqualTo("/specialPayments/0");
        assertThat(text(r, "evidenceValues", fh)).isEqualTo("amount=62000.00");
        assertThat(text(r, "message", fh)).isEqualTo(n.findings("PAY-05").get(0).message());
        assertThat(r.getCellAsBoolean(col(fh, "suppressed"))).contains(false);
        assertThat(r.getCell(col(fh, "trustScore")).getType()).isEqualTo(CellType.NUMBER);
        assertThat(r.getCellAsDate(col(fh, "asOf"))).hasValueSatisfying(d -> assertThat(d.toLocalDate()).isEqualTo(n.asOf()));
        // every finding row matches its finding, in order
        for (int i = 0; i < n.findings().size(); i++) {
            Finding f = n.findings().get(i);
            Row row = b.findings().get(1 + i);
            assertThat(text(row, "ruleId", fh)).isEqualTo(f.ruleId());
            assertThat(text(row, "title", fh)).isEqualTo(f.title());
            assertThat(text(row, "evidencePointers", fh)).isEqualTo(Text.pointers(f.evidence()));
        }
    }

    static int count(Assessment a, String severity) {
        return (int) a.findings().stream().filter(f -> !f.suppressed() && f.severity().name().equals(severity)).count();
    }

    @Test
    void headersBoldAndFrozenWidthsSetAutofilterOn() {
        Map<String, String> zip = Reports.unzip(Examples.write("xlsx", Examples.BOTH));
        String workbook = zip.get("xl/workbook.xml");
        assertThat(workbook).containsSubsequence("name=\"Summary\"", "name=\"Findings\"", "name=\"Not assessable\"");
        String summary = zip.get("xl/worksheets/sheet1.xml");
        String findings = zip.get("xl/worksheets/sheet2.xml");
        assertThat(summary).contains("state=\"frozen\"").contains("ySplit=\"1\"").contains("xSplit=\"2\"")
                .contains("<cols>").contains("<autoFilter ref=\"A1:AO3\"");
        assertThat(findings).contains("state=\"frozen\"").contains("ySplit=\"1\"")
                .contains("<cols>").contains("<autoFilter ref=\"A1:Z25\"");
        assertThat(findings).contains("<col min=\"12\" max=\"12\" width=\"80.0\""); // message
        assertThat(zip.get("xl/styles.xml")).contains("<b/>");
        // the free text is inline (no shared string table growing with the batch)
        assertThat(findings).contains("t=\"inlineStr\"");
    }

    @Test
    void aSuppressedFindingIsMarked() throws IOException {
        Assessment a = Examples.withSuppression(Examples.NORTHGATE, "NTI-02",
                new Suppression("Letter withdrawn on appeal", "audit-committee", LocalDate.of(2025, 9, 30)));
        Book b = read(Examples.write("xlsx", List.of(a)));
        List<String> fh = texts(b.findings().get(0));
        Row r = b.findings().stream().filter(x -> x.getCellText(col(fh, "ruleId")).equals("NTI-02")).findFirst().orElseThrow();
        assertThat(r.getCellAsBoolean(col(fh, "suppressed"))).contains(true);
        assertThat(text(r, "suppressionJustification", fh)).isEqualTo("Letter withdrawn on appeal");
        assertThat(text(r, "suppressionBy", fh)).isEqualTo("audit-committee");
        assertThat(r.getCellAsDate(col(fh, "suppressionExpires"))).hasValueSatisfying(d -> assertThat(d.toLocalDate()).isEqualTo(LocalDate.of(2025, 9, 30)));
        List<String> sh = texts(b.summary().get(0));
        assertThat(b.summary().get(1).getCellAsNumber(col(sh, "suppressedFindings"))).contains(BigDecimal.ONE);
    }

    @Test
    void textIsNeverAFormulaAndOverlongTextIsCut() throws IOException {
        String formula = "=HYPERLINK(\"http://127.0.0.1/\",\"x\")";
        Assessment a = Reports.renamed(Examples.RIVERSIDE, "T1", formula);
        String huge = "x".repeat(40_000);
        Assessment b = Reports.renamed(Examples.RIVERSIDE, "T2", huge);
        Book book = read(Examples.write("xlsx", List.of(a, b)));
        assertThat(book.summary().get(1).getCell(1).getType()).isEqualTo(CellType.STRING);
        assertThat(book.summary().get(1).getCellText(1)).isEqualTo(formula);
        assertThat(book.summary().get(1).getCell(1).getFormula()).isNull();
        String cut = book.summary().get(2).getCellText(1);
        assertThat(cut).hasSize(XlsxWriter.MAX_CELL_CHARS).endsWith(" [truncated]");
    }

    @Test
    void anEmptyScanGivesAValidWorkbookWithHeaders() throws IOException {
        Book b = read(Examples.write("xlsx", List.of()));
        assertThat(b.sheets()).containsExactly("Summary", "Findings", "Not assessable");
        assertThat(b.summary()).hasSize(1);
        assertThat(b.findings()).hasSize(1);
    }

    @Test
    void theCallerKeepsItsStream() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FilterOutputStream out = new FilterOutputStream(bytes) {
            @Override public void close() { closed[0] = true; }
        };
        try (AssessmentWriter w = new XlsxWriter.Provider().open(out, WriterOptions.defaults())) {
            w.start();
            w.accept(Examples.NORTHGATE);
            w.end(new ScanSummary(1, 1, 0));
        }
        assertThat(closed[0]).isFalse();
        assertThat(read(bytes.toByteArray()).findings()).hasSize(25);
    }

    @Test
    void manyFindingsAreFlushedAsTheyCome() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AssessmentWriter w = new XlsxWriter.Provider().open(out, WriterOptions.defaults());
        w.start();
        for (int i = 0; i < 100; i++) w.accept(Examples.NORTHGATE); // 2,400 finding rows
        assertThat(out.size()).as("bytes on the stream before end()").isGreaterThan(10_000);
        w.end(new ScanSummary(100, 100, 0));
        Book b = read(out.toByteArray());
        assertThat(b.summary()).hasSize(101);
        assertThat(b.findings()).hasSize(1 + 2400);
    }

    @Test
    void sameAssessmentsSameSheets() {
        Map<String, String> one = Reports.unzip(Examples.write("xlsx", Examples.BOTH));
        Map<String, String> two = Reports.unzip(Examples.write("xlsx", Examples.BOTH));
        // fastexcel stamps docProps/core.xml with the time of writing (dcterms:created): every other part is identical
        assertThat(one.get("docProps/core.xml")).contains("<dcterms:created");
        one.remove("docProps/core.xml");
        two.remove("docProps/core.xml");
        assertThat(one).isEqualTo(two);
    }

    @Test
    void referencesAreHyperlinksAndTheUnknownOutcomesHaveTheirSheet() throws IOException {
        byte[] xlsx = Examples.write("xlsx", Examples.BOTH);
        Map<String, String> zip = Reports.unzip(xlsx);
        String findings = zip.get("xl/worksheets/sheet2.xml");
        assertThat(findings).contains("<hyperlinks>").contains("<hyperlink ref=\"O2\"");
        assertThat(zip.get("xl/worksheets/_rels/sheet2.xml.rels"))
                .contains("https://www.gov.uk/").contains("TargetMode=\"External\"");
        String unknown = zip.get("xl/worksheets/sheet3.xml");
        assertThat(unknown).contains("state=\"frozen\"").contains("ySplit=\"1\"").contains("<autoFilter ref=\"A1:E");

        Assessment n = Examples.NORTHGATE;
        assertThat(n.unknown()).isNotEmpty();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            List<Row> rows = wb.getSheets().toList().get(2).read();
            assertThat(texts(rows.get(0))).containsExactly("Trust ID", "Trust name", "Rule ID", "Item (where in the data)", "Missing");
            assertThat(rows).hasSize(1 + n.unknown().size() + Examples.RIVERSIDE.unknown().size());
            for (int i = 0; i < n.unknown().size(); i++) {
                var u = n.unknown().get(i);
                Row r = rows.get(1 + i);
                assertThat(r.getCellText(0)).isEqualTo("10070002");
                assertThat(r.getCellText(2)).isEqualTo(u.ruleId());
                assertThat(r.getCellText(3)).isEqualTo(u.pointer().isEmpty() ? "(the whole document)" : u.pointer());
                // what is missing, in words
                assertThat(r.getCellText(4)).isEqualTo(String.join(", ", u.missing().stream().map(Text::words).toList()));
            }
        }
    }

    @Test
    void labelsAreWords() {
        assertThat(XlsxWriter.label("trustId")).isEqualTo("Trust ID");
        assertThat(XlsxWriter.label("relatedPartyScore")).isEqualTo("Related-party transactions: score");
        assertThat(XlsxWriter.label("suppressionExpires")).isEqualTo("Suppression expires");
        assertThat(XlsxWriter.label("asOf")).isEqualTo("As of");
    }
}
