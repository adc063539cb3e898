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
 * One row per finding, RFC 4180: UTF-8 with a byte-order mark by default (so that Excel on Windows
 * reads {@code £} as {@code £}; {@code matrisk scan --csv-bom=false} drops it), CRLF line ends, a
 * header row, fields quoted when they hold a comma, a double quote, CR or LF (a quote inside is doubled). The columns are
 * those of {@link FindingColumn}. A trust without findings still gets one row, its rule columns empty,
 * so that every assessed trust appears. Rows are written as each assessment arrives: nothing of the
 * batch is kept.
 *
 * <p>CSV injection (OWASP): a text cell beginning with {@code =}, {@code +}, {@code -}, {@code @}, tab or
 * carriage return would be taken for a formula by a spreadsheet that opens the file. Such a cell is
 * neutralised as OWASP recommends: a single quote is put before it and the field is quoted, so that the
 * spreadsheet shows the text. Numbers stay numbers: a cell that is a number ({@code -5}, {@code -240000.00},
 * an integer column) is never prefixed. The {@code xlsx} format, whose cells are always plain values,
 * needs none of this.
 *
 * <p>The quoting is written here rather than taken from a CSV library: it is the few lines of
 * {@link #field}, fully covered by the tests, and a dependency would add nothing for writing.
 */
public final class CsvWriter implements AssessmentWriter {
    private static final String EOL = "\r\n";

    /** U+FEFF, written first as the UTF-8 byte-order mark EF BB BF. */
    static final char BOM = '\uFEFF';
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

    private final Writer out;
    private final boolean bom;
    private boolean headerWritten;

    /** With a byte-order mark (the default of {@code matrisk scan}). */
    public CsvWriter(OutputStream out) {
        this(out, true);
    }

    /** @param bom start the file with the UTF-8 byte-order mark ({@code --csv-bom}, default true) */
    public CsvWriter(OutputStream out, boolean bom) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.bom = bom;
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
        if (bom) out.write(BOM);
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
            Object v = c.value(a, f);
            field(v instanceof String text ? neutralise(text) : Text.of(v));
        }
        out.write(EOL);
    }

    /**
     * OWASP's defence against CSV injection: a text beginning with {@code = + - @}, tab or CR gets a
     * leading single quote (and is then quoted by {@link #field}); a number such as {@code -5.00} is left alone.
     */
    static String neutralise(String s) {
        if (s.isEmpty()) return s;
        char c = s.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        if (!risky || NUMBER.matcher(s).matches()) return s;
        return "'" + s;
    }

    /** RFC 4180 section 2, rules 5-7; a neutralised cell (leading {@code '}) is quoted too, as OWASP advises. */
    private void field(String s) throws IOException {
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char ch = s.charAt(i);
            quote = ch == ',' || ch == '"' || ch == '\r' || ch == '\n';
        }
        if (!s.isEmpty() && s.charAt(0) == '\'' && s.length() > 1 && "=+-@\t\r".indexOf(s.charAt(1)) >= 0) quote = true;
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
        @Override public String description() { return "one row per finding (RFC 4180 CSV, UTF-8 with a byte-order mark, formula-like cells neutralised); a trust without findings gets one row"; }
        @Override public AssessmentWriter open(OutputStream out, WriterOptions options) { return new CsvWriter(out); }
    }
}
