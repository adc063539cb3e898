package org.matrisk.importer;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

/**
 * A table read row by row from a CSV file (RFC 4180 through Apache Commons CSV: quoted commas, quotes and line
 * breaks; a UTF-8 byte order mark dropped; UTF-8, or Windows-1252 when the file is not valid UTF-8, as the GIAS
 * downloads are) or from the first sheet of an XLSX workbook (fastexcel-reader, streamed). Columns are found by
 * header name, trimmed and case-insensitive; unknown columns are ignored. Only the current row is held.
 */
final class Table implements Closeable {

    /** One data row: its 1-based line in the file (the sheet row for XLSX) and its cells. */
    record Row(long line, String[] cells) {
        String get(int column) {
            if (column < 0 || column >= cells.length) return null;
            String v = cells[column];
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    final String name;
    final Path file;
    private final List<String> headers;
    private final Iterator<Row> rows;
    private final Closeable closer;

    private Table(String name, Path file, List<String> headers, Iterator<Row> rows, Closeable closer) {
        this.name = name;
        this.file = file;
        this.headers = headers;
        this.rows = rows;
        this.closer = closer;
    }

    static Table open(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) throw new ImportException(name + ": no such file");
        try {
            return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? xlsx(file) : csv(file);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException ie) throw ie;
            throw new ImportException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    List<String> headers() { return headers; }

    /** The index of the column with this header, or -1. */
    int column(String header) {
        for (int i = 0; i < headers.size(); i++) if (headers.get(i).equalsIgnoreCase(header.strip())) return i;
        return -1;
    }

    boolean has(String... names) {
        for (String h : names) if (column(h) < 0) return false;
        return true;
    }

    /** The index of a required column; a missing one is an error naming the file (exit 2). */
    int required(String header) {
        int c = column(header);
        if (c < 0) throw new ImportException(name + ": required column '" + header + "' is missing (columns found: "
                + String.join(", ", headers.subList(0, Math.min(12, headers.size()))) + (headers.size() > 12 ? ", ..." : "") + ")");
        return c;
    }

    /** The next row, or null at the end. */
    Row next() {
        try {
            return rows.hasNext() ? rows.next() : null;
        } catch (RuntimeException e) {
            throw new ImportException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (IOException ignored) {
            // read-only
        }
    }

    private static Table csv(Path file) throws IOException {
        Charset cs = isUtf8(file) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        InputStream in = BOMInputStream.builder().setInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16)).get();
        Reader reader = new InputStreamReader(in, cs);
        CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader);
        Iterator<CSVRecord> it = parser.iterator();
        if (!it.hasNext()) {
            parser.close();
            throw new ImportException(file + ": empty file (no header row)");
        }
        List<String> headers = new ArrayList<>();
        for (String h : it.next()) headers.add(h == null ? "" : h.replace("\uFEFF", "").strip());
        Iterator<Row> rows = new Iterator<>() {
            // the line on which the previous record ended (the iterator reads one record ahead of next())
            long previousEnd = parser.getCurrentLineNumber();

            @Override
            public boolean hasNext() { return it.hasNext(); }

            @Override
            public Row next() {
                CSVRecord r = it.next();
                long start = previousEnd + 1;
                previousEnd = Math.max(start, parser.getCurrentLineNumber());
                String[] cells = new String[r.size()];
                for (int i = 0; i < cells.length; i++) cells[i] = r.get(i);
                return new Row(start, cells);
            }
        };
        return new Table(file.toString(), file, headers, rows, parser);
    }

    private static Table xlsx(Path file) throws IOException {
        ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false)); // with cell formats: dates
        Stream<org.dhatim.fastexcel.reader.Row> stream = wb.getFirstSheet().openStream();
        Iterator<org.dhatim.fastexcel.reader.Row> it = stream.iterator();
        if (!it.hasNext()) {
            wb.close();
            throw new ImportException(file + ": empty workbook (no header row)");
        }
        List<String> headers = new ArrayList<>();
        for (String h : cells(it.next())) headers.add(h == null ? "" : h.strip());
        Iterator<Row> rows = new Iterator<>() {
            @Override
            public boolean hasNext() { return it.hasNext(); }

            @Override
            public Row next() {
                org.dhatim.fastexcel.reader.Row r = it.next();
                return new Row(r.getRowNum(), cells(r));
            }
        };
        return new Table(file.toString(), file, headers, rows, () -> {
            stream.close();
            wb.close();
        });
    }

    /** Cell texts; a number as its raw value, or as an ISO date when the cell has a date format. */
    private static String[] cells(org.dhatim.fastexcel.reader.Row r) {
        String[] out = new String[r.getCellCount()];
        for (int i = 0; i < out.length; i++) {
            Cell c = r.getCell(i);
            if (c == null) continue;
            out[i] = switch (c.getType()) {
                case NUMBER -> dateFormatted(c) ? c.asDate().toLocalDate().toString() : c.getRawValue();
                case EMPTY -> null;
                default -> c.getText();
            };
        }
        return out;
    }

    /** A number cell shown as a date: its number format has day, month or year letters (Excel's built-in date formats are 14-22). */
    private static boolean dateFormatted(Cell c) {
        Integer id = c.getDataFormatId();
        if (id != null && id >= 14 && id <= 22) return true;
        String f = c.getDataFormatString();
        if (f == null) return false;
        String bare = f.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]", "").toLowerCase(Locale.ROOT);
        return bare.contains("d") || bare.contains("yy") || (bare.contains("m") && !bare.contains("0") && !bare.contains("#"));
    }

    /** True when the whole file decodes as UTF-8 (one streaming pass, bounded memory). */
    static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream s = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = s.read(buf, 0, in.remaining())) > 0) {
                in.put(buf, 0, n);
                in.flip();
                if (d.decode(in, out, false).isError()) return false;
                in.compact();
                out.clear();
            }
            in.flip();
            if (d.decode(in, out, true).isError()) return false;
            return !d.flush(out).isError() && !in.hasRemaining();
        }
    }
}
