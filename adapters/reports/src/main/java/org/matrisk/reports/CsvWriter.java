package org.matrisk.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;
import org.matrisk.output.AssessmentWriter;
import org.matrisk.output.AssessmentWriterProvider;
import org.matrisk.output.ScanSummary;
import org.matrisk.output.WriterOptions;

/**
 * One row per finding, RFC 4180: UTF-8 (no byte-order mark), CRLF line ends, a header row, fields
 * quoted when they hold a comma, a double quote, CR or LF (a quote inside is doubled). The columns are
 * those of {@link FindingColumn}. A trust without findings still gets one row, its rule columns empty,
 * so that every assessed trust appears. Rows are written as each assessment arrives: nothing of the
 * batch is kept.
 *
 * <p>Values are written as they are, never altered: a value beginning with {@code =}, {@code +},
 * {@code -} or {@code @} (e.g. a negative amount) may be taken for a formula by a spreadsheet that
 * opens the file directly; auditors who want a spreadsheet should use the {@code xlsx} format, whose
 * cells are always plain values.
 *
 * <p>The quoting is written here rather than taken from a CSV library: it is the few lines of
 * {@link #field}, fully covered by the tests, and a dependency would add nothing for writing.
 */
public final class CsvWriter implements AssessmentWriter {
    private static final String EOL = "\r\n";

    private final Writer out;
    private boolean headerWritten;

    public CsvWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void start() throws IOException { header(); }

    @Override
    public void accept(Assessment a) throws IOException {
        header();
        if (a.findings().isEmpty()) {
            row(a, null);
        } else {
            for (Finding f : a.findings()) row(a, f);
        }
    }

    @Override
    public void end(ScanSummary summary) throws IOException {
        header();
        out.flush();
    }

    @Override
    public void close() throws IOException { out.flush(); }

    private void header() throws IOException {
        if (headerWritten) return;
        headerWritten = true;
        boolean first = true;
        for (FindingColumn c : FindingColumn.ALL) {
            if (!first) out.write(',');
            first = false;
            field(c.header);
        }
        out.write(EOL);
    }

    private void row(Assessment a, Finding f) throws IOException {
        boolean first = true;
        for (FindingColumn c : FindingColumn.ALL) {
            if (!first) out.write(',');
            first = false;
            field(Text.of(c.value(a, f)));
        }
        out.write(EOL);
    }

    /** RFC 4180 section 2, rules 5-7. */
    private void field(String s) throws IOException {
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char ch = s.charAt(i);
            quote = ch == ',' || ch == '"' || ch == '\r' || ch == '\n';
        }
        if (!quote) {
            out.write(s);
            return;
        }
        out.write('"');
        out.write(s.replace("\"", "\"\""));
        out.write('"');
    }

    public static final class Provider implements AssessmentWriterProvider {
        @Override public String name() { return "csv"; }
        @Override public String description() { return "one row per finding (RFC 4180 CSV, UTF-8); a trust without findings gets one row"; }
        @Override public AssessmentWriter open(OutputStream out, WriterOptions options) { return new CsvWriter(out); }
    }
}
