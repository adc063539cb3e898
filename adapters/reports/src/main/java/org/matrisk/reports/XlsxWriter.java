package org.matrisk.reports;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.AreaResult;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Decided;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.Rating;
import org.matrisk.assessment.Severity;
import org.matrisk.assessment.UnknownOutcome;
import org.matrisk.output.AssessmentWriter;
import org.matrisk.output.AssessmentWriterProvider;
import org.matrisk.output.ScanSummary;
import org.matrisk.output.WriterOptions;

/**
 * An Excel workbook (XLSX) for auditors, written with fastexcel, which streams rows to the output:
 * <ul>
 * <li><b>Summary</b>, the first sheet: one row per trust in input order, with the columns of
 *     {@link #SUMMARY_HEADER}: the trust, its period, rating and score, each v1 area's rating and score,
 *     the number of unsuppressed findings by severity, suppressed findings, unknown outcomes and rules
 *     passed; then, appended with catalogue v2: the trust's points, the format version, "rated on D of
 *     N rules" as {@code decidedRules} and {@code packRules}, the partial sections, the rating and score
 *     of {@code PROCUREMENT_AND_PROPRIETY}, and each area's points. Cells of an area the assessment does
 *     not list (the seventh, in format version 1), and the v2 cells of a version 1 assessment, are
 *     empty.</li>
 * <li><b>Findings</b>: one row per finding, the columns of {@link FindingColumn} (as the CSV), dates
 *     as dates, scores as numbers, the area in words, the reference a hyperlink to its source; then,
 *     XLSX only, {@value #AMOUNT}: the first evidence value that is money, as a number with a £ format.
 *     A batch with more findings than a sheet holds continues on "Findings 2", and so on.</li>
 * <li><b>Not assessable</b>: one row per UNKNOWN outcome: the trust, the rule, the item and what is
 *     missing, in words.</li>
 * </ul>
 * Headers are in words ({@code trustId} is "Trust ID"; {@link #SUMMARY_KEYS} and {@link FindingColumn}
 * keep the machine names the CSV uses). Header rows are bold and frozen, columns have set widths and
 * carry an autofilter. Cells are values,
 * never formulas, whatever the text. Memory: the Findings rows are flushed every
 * {@value #FLUSH_EVERY} rows and their free text is written as inline strings (not into the shared
 * string table, which lives until the end); only the small summary row of each trust is kept until
 * {@link #end}, when the Summary sheet is written.
 *
 * <p>The same assessments give the same sheets, except for one value outside them: fastexcel stamps the
 * workbook's document properties ({@code docProps/core.xml}, "created") with the time of writing.
 */
public final class XlsxWriter implements AssessmentWriter {
    /** The areas of the v1 columns; the areas added later have their columns after {@code passed}. */
    private static final List<Area> V1_AREAS = Area.v1();
    private static final List<Area> LATER_AREAS = List.of(Area.values()).subList(V1_AREAS.size(), Area.values().length);

    static final String SUMMARY = "Summary";
    static final String FINDINGS = "Findings";
    static final String UNKNOWN = "Not assessable";
    static final String AMOUNT = "Amount (£)";
    /** The machine names of the Summary columns (camelCase, as the CSV's). */
    static final List<String> SUMMARY_KEYS = summaryKeys();
    /** The Summary headers, in words. */
    static final List<String> SUMMARY_HEADER = SUMMARY_KEYS.stream().map(XlsxWriter::label).toList();
    static final List<String> FINDINGS_HEADER = findingsHeader();
    static final List<String> UNKNOWN_HEADER = List.of("Trust ID", "Trust name", "Rule ID", "Item (where in the data)", "Missing");
    /** Pounds and pence, negative amounts in brackets' place with a minus sign. */
    static final String MONEY_FORMAT = "\"£\"#,##0.00;-\"£\"#,##0.00";

    private static final int FLUSH_EVERY = 500;
    /** Excel's limit on the characters of one cell. */
    static final int MAX_CELL_CHARS = 32_767;
    private static final String TRUNCATED = " [truncated]";
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final String HEADER_FILL = "D9E1F2";

    private final Workbook workbook;
    private final Worksheet summary;
    private Worksheet findings;
    private int findingSheets = 1;
    private int findingRow;
    private final List<SummaryRow> summaryRows = new ArrayList<>();
    private final Worksheet unknownSheet;
    private final List<UnknownRow> unknownRows = new ArrayList<>();
    private boolean finished;

    public XlsxWriter(OutputStream out) {
        // fastexcel finishes the zip but never closes the stream; the shield makes sure of it: the caller owns it
        this.workbook = new Workbook(new FilterOutputStream(out) {
            @Override public void write(byte[] b, int off, int len) throws IOException { this.out.write(b, off, len); }
            @Override public void close() throws IOException { flush(); }
        }, "matrisk", "1.0");
        this.summary = workbook.newWorksheet(SUMMARY);
        this.findings = newFindingsSheet(FINDINGS);
        this.unknownSheet = workbook.newWorksheet(UNKNOWN);
    }

    /** What the Not assessable sheet needs of one UNKNOWN outcome, kept until {@link #end}. */
    private record UnknownRow(String trustId, String trustName, String ruleId, String pointer, String missing) {}

    @Override
    public void accept(Assessment a) throws IOException {
        summaryRows.add(SummaryRow.of(a));
        for (UnknownOutcome u : a.unknown()) {
            unknownRows.add(new UnknownRow(a.trust().id(), a.trust().name(), u.ruleId(),
                    u.pointer() == null || u.pointer().isEmpty() ? "(the whole document)" : u.pointer(),
                    String.join(", ", u.missing().stream().map(Text::words).toList())));
        }
        for (Finding f : a.findings()) {
            if (findingRow >= Worksheet.MAX_ROWS - 1) {
                finishFindings();
                findings = newFindingsSheet(FINDINGS + " " + ++findingSheets);
            }
            findingRow++;
            int c = 0;
            for (FindingColumn col : FindingColumn.ALL) {
                if (col == FindingColumn.REFERENCE && f.reference() != null && Html.linkable(f.reference().url())) {
                    String shown = Text.reference(new org.matrisk.assessment.Reference(f.reference().source(), f.reference().edition(),
                            f.reference().paragraph(), null));
                    findings.hyperlink(findingRow, c, new HyperLink(f.reference().url().strip(), shown.isEmpty() ? f.reference().url() : shown));
                    findings.style(findingRow, c).fontColor("1D4ED8").underlined().set();
                    c++;
                } else if (col == FindingColumn.AREA) {
                    cell(findings, findingRow, c++, Text.areaLabel(f.area()));
                } else {
                    cell(findings, findingRow, c++, col.value(a, f));
                }
            }
            java.math.BigDecimal amount = amount(f);
            if (amount != null) {
                findings.value(findingRow, c, amount);
                findings.style(findingRow, c).format(MONEY_FORMAT).set();
            }
            if (findingRow % FLUSH_EVERY == 0) findings.flush();
        }
    }

    @Override
    public void end(ScanSummary scan) throws IOException {
        if (finished) return;
        finished = true;
        finishFindings();
        writeUnknown();
        writeSummary();
        workbook.finish();
    }

    @Override
    public void close() throws IOException {
        // nothing to release: without end() no workbook is written (a half-written zip helps no auditor)
    }

    private Worksheet newFindingsSheet(String name) {
        Worksheet ws = workbook.newWorksheet(name);
        findingRow = 0;
        header(ws, FINDINGS_HEADER);
        for (FindingColumn c : FindingColumn.ALL) ws.width(c.ordinal(), c.width);
        ws.width(FindingColumn.ALL.size(), 14);
        return ws;
    }

    private void finishFindings() throws IOException {
        findings.setAutoFilter(0, 0, Math.max(findingRow, 1), FINDINGS_HEADER.size() - 1);
        findings.finish();
    }

    private void writeUnknown() throws IOException {
        Worksheet ws = unknownSheet;
        header(ws, UNKNOWN_HEADER);
        double[] widths = {12, 30, 10, 30, 50};
        for (int c = 0; c < widths.length; c++) ws.width(c, widths[c]);
        int r = 0;
        for (UnknownRow u : unknownRows) {
            r++;
            cell(ws, r, 0, u.trustId());
            cell(ws, r, 1, u.trustName());
            cell(ws, r, 2, u.ruleId());
            cell(ws, r, 3, u.pointer());
            cell(ws, r, 4, u.missing());
            if (r % FLUSH_EVERY == 0) ws.flush();
        }
        ws.setAutoFilter(0, 0, Math.max(r, 1), UNKNOWN_HEADER.size() - 1);
        ws.finish();
    }

    /** The first evidence value of the finding that is an amount of money ({@link Text#isMoney}), or null. */
    static java.math.BigDecimal amount(Finding f) {
        for (org.matrisk.assessment.Evidence e : f.evidence()) {
            if (Text.isMoney(e.field(), e.value())) return new java.math.BigDecimal(e.value());
        }
        return null;
    }

    /** A column's machine name in words: {@code trustId} is "Trust ID", {@code relatedPartyRating} "Related-party transactions: rating". */
    static String label(String key) {
        for (Area a : Area.values()) {
            String prefix = Text.camel(a);
            if (key.startsWith(prefix) && key.length() > prefix.length() && Character.isUpperCase(key.charAt(prefix.length()))) {
                String rest = key.substring(prefix.length());
                return Text.areaLabel(a) + ": " + Text.words(Character.toLowerCase(rest.charAt(0)) + rest.substring(1));
            }
        }
        return switch (key) {
            case "unknown" -> "Not assessable";
            case "passed" -> "Rules passed";
            case "decidedRules" -> "Rated on (rules)";
            case "packRules" -> "Rules in the pack";
            case "evidencePointers" -> "Evidence: where in the data";
            case "evidenceValues" -> "Evidence: values";
            default -> Text.heading(key);
        };
    }

    private static List<String> findingsHeader() {
        List<String> h = new ArrayList<>();
        for (FindingColumn c : FindingColumn.ALL) h.add(label(c.header));
        h.add(AMOUNT);
        return List.copyOf(h);
    }

    private static void header(Worksheet ws, List<String> names) {
        for (int c = 0; c < names.size(); c++) ws.value(0, c, names.get(c));
        ws.range(0, 0, 0, names.size() - 1).style().bold().fillColor(HEADER_FILL).set();
        ws.freezePane(0, 1);
    }

    private void writeSummary() throws IOException {
        Worksheet ws = summary;
        header(ws, SUMMARY_HEADER);
        ws.freezePane(2, 1);
        for (int c = 0; c < SUMMARY_HEADER.size(); c++) ws.width(c, c == 1 ? 30 : Math.min(24, Math.max(9, SUMMARY_HEADER.get(c).length() + 3)));
        int r = 0;
        for (SummaryRow s : summaryRows) {
            r++;
            Object[] cells = s.cells();
            for (int c = 0; c < cells.length; c++) cell(ws, r, c, cells[c]);
            if (r % FLUSH_EVERY == 0) ws.flush();
        }
        ws.setAutoFilter(0, 0, Math.max(r, 1), SUMMARY_HEADER.size() - 1);
        ws.finish();
    }

    private static void cell(Worksheet ws, int r, int c, Object v) {
        if (v == null) return;
        if (v instanceof String s) {
            if (s.isEmpty()) return;
            if (s.length() > MAX_CELL_CHARS) s = s.substring(0, MAX_CELL_CHARS - TRUNCATED.length()) + TRUNCATED;
            ws.inlineString(r, c, s);
        } else if (v instanceof Number n) {
            ws.value(r, c, n);
        } else if (v instanceof Boolean b) {
            ws.value(r, c, b);
        } else if (v instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format(DATE_FORMAT).set();
        } else if (v instanceof Rating rating) {
            ws.value(r, c, rating.name()); // a handful of distinct values: the shared string table suits them
            ws.style(r, c).fillColor(fill(rating)).set();
        } else if (v instanceof Severity sev) {
            ws.value(r, c, sev.name());
        } else if (v instanceof Enum<?> e) {
            ws.value(r, c, e.name());
        } else {
            ws.inlineString(r, c, v.toString());
        }
    }

    /** Light fills, so that the black text stays readable; the rating is always written as text too. */
    private static String fill(Rating r) {
        return switch (r) {
            case CRITICAL -> "F4B6B6";
            case HIGH -> "F9CFA8";
            case MEDIUM -> "FCE8A6";
            case LOW -> "C8E6C9";
        };
    }

    private static List<String> summaryKeys() {
        List<String> h = new ArrayList<>(List.of("trustId", "trustName", "periodStart", "periodEnd", "asOf", "trustRating", "trustScore"));
        for (Area a : V1_AREAS) {
            h.add(Text.camel(a) + "Rating");
            h.add(Text.camel(a) + "Score");
        }
        for (Severity s : Severity.values()) h.add(s.name().toLowerCase(java.util.Locale.ROOT) + "Findings");
        h.addAll(List.of("suppressedFindings", "unknown", "passed"));
        // appended with catalogue v2
        h.addAll(List.of("trustPoints", "formatVersion", "decidedRules", "packRules", "partialSections"));
        for (Area a : LATER_AREAS) {
            h.add(Text.camel(a) + "Rating");
            h.add(Text.camel(a) + "Score");
        }
        for (Area a : Area.values()) h.add(Text.camel(a) + "Points");
        return List.copyOf(h);
    }

    /**
     * What the Summary sheet needs of one trust, kept until {@link #end}: compact (no boxed values, no
     * findings), some two hundred bytes a trust.
     */
    private record SummaryRow(String id, String name, LocalDate start, LocalDate end, LocalDate asOf, Rating rating, int score,
                              Rating[] areaRatings, int[] areaScores, int[] bySeverity, int suppressed, int unknown, int passed,
                              int points, String formatVersion, Decided decided, String partialSections, int[] areaPoints) {
        static SummaryRow of(Assessment a) {
            Rating[] ratings = new Rating[Area.values().length];
            int[] scores = new int[Area.values().length];
            int[] points = new int[Area.values().length];
            Arrays.fill(scores, -1);
            Arrays.fill(points, -1);
            for (AreaResult r : a.areas()) {
                ratings[r.area().ordinal()] = r.rating();
                scores[r.area().ordinal()] = r.score();
                points[r.area().ordinal()] = r.points();
            }
            int[] bySeverity = new int[Severity.values().length];
            int suppressed = 0;
            for (Finding f : a.findings()) {
                if (f.suppressed()) suppressed++;
                else bySeverity[f.severity().ordinal()]++;
            }
            return new SummaryRow(a.trust().id(), a.trust().name(), a.period() == null ? null : a.period().start(),
                    a.period() == null ? null : a.period().end(), a.asOf(), a.rating(), a.score(),
                    ratings, scores, bySeverity, suppressed, a.unknown().size(), a.passed(),
                    a.points(), a.formatVersion(), a.decided(), a.decided() == null ? null : Text.partialSections(a), points);
        }

        private void area(List<Object> c, Area area) {
            c.add(areaRatings[area.ordinal()]);
            c.add(areaScores[area.ordinal()] < 0 ? null : areaScores[area.ordinal()]);
        }

        /** The cells, in {@link #SUMMARY_HEADER} order. */
        Object[] cells() {
            List<Object> c = new ArrayList<>(SUMMARY_HEADER.size());
            c.add(id);
            c.add(name);
            c.add(start);
            c.add(end);
            c.add(asOf);
            c.add(rating);
            c.add(score);
            for (Area area : V1_AREAS) area(c, area);
            for (int n : bySeverity) c.add(n);
            c.add(suppressed);
            c.add(unknown);
            c.add(passed);
            c.add(points);
            c.add(formatVersion);
            c.add(decided == null ? null : decided.rules());
            c.add(decided == null ? null : decided.total());
            c.add(partialSections);
            for (Area area : LATER_AREAS) area(c, area);
            for (int p : areaPoints) c.add(p < 0 ? null : p);
            return c.toArray();
        }
    }

    public static final class Provider implements AssessmentWriterProvider {
        @Override public String name() { return "xlsx"; }
        @Override public String description() { return "an Excel workbook: a Summary sheet (one row per trust) and a Findings sheet (one row per finding)"; }
        @Override public AssessmentWriter open(OutputStream out, WriterOptions options) { return new XlsxWriter(out); }
    }
}
