package org.matrisk.importer;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did: rows read and skipped per source, every unusable row (file, line, column, reason),
 * people who could not be matched across sources, and the trusts written.
 */
public final class ImportReport {

    /** One row that could not be used. {@code column} is the header name, or empty for the whole row. */
    public record Issue(String file, long line, String column, String reason) {
        @Override
        public String toString() {
            return file + ":" + line + (column.isEmpty() ? "" : ": column '" + column + "'") + ": " + reason;
        }
    }

    /** Rows read and skipped from one source file. */
    public static final class Counts {
        long read;
        long skipped;

        public long read() { return read; }
        public long skipped() { return skipped; }
    }

    private final Map<String, Counts> counts = new LinkedHashMap<>();
    private final List<Issue> issues = new ArrayList<>();
    private final List<String> unmatched = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int trustsWritten;

    Counts source(String file) {
        return counts.computeIfAbsent(file, f -> new Counts());
    }

    void read(String file) {
        source(file).read++;
    }

    /** Records an unusable row; it is counted as skipped for its file. */
    void skip(String file, long line, String column, String reason) {
        source(file).skipped++;
        issues.add(new Issue(file, line, column == null ? "" : column, reason));
    }

    void unmatched(String what) {
        unmatched.add(what);
    }

    void note(String what) {
        notes.add(what);
    }

    void trustsWritten(int n) {
        trustsWritten = n;
    }

    public Map<String, Counts> counts() { return counts; }
    public List<Issue> issues() { return List.copyOf(issues); }
    public List<String> unmatched() { return List.copyOf(unmatched); }
    public List<String> notes() { return List.copyOf(notes); }
    public int trustsWritten() { return trustsWritten; }
    public long skipped() { return counts.values().stream().mapToLong(c -> c.skipped).sum(); }

    /** The summary printed on stderr. */
    public void print(PrintStream err) {
        err.println("matrisk import: " + trustsWritten + (trustsWritten == 1 ? " trust" : " trusts") + " written");
        counts.forEach((file, c) -> err.println("  " + file + ": " + c.read + " rows read, " + c.skipped + " skipped"));
        for (Issue i : issues) err.println("  skipped " + i);
        for (String u : unmatched) err.println("  unmatched " + u);
        for (String n : notes) err.println("  note: " + n);
    }
}
