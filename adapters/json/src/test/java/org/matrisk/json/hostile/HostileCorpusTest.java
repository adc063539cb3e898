package org.matrisk.json.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matrisk.json.hostile.HostileCorpus.Entry;
import org.matrisk.json.hostile.HostileCorpus.Expected;
import org.matrisk.json.read.DocumentParser;
import org.matrisk.json.read.DocumentSources;
import org.matrisk.json.read.Parsed;
import org.matrisk.json.read.Problem;
import org.matrisk.json.read.ReadCounts;
import org.matrisk.json.read.ReadResult;
import org.matrisk.json.read.ReaderLimits;
import org.matrisk.json.read.Rejected;
import org.matrisk.json.read.TrustDataReader;

/**
 * Every file of the hostile corpus ({@link HostileCorpus}) read with the default limits, as one
 * batch and each alone: every document gets the outcome of {@code expected.tsv} (pointer and reason
 * of the first problem), nothing is thrown out of the reader, the batch goes on after each file, and
 * read = parsed + rejected. With {@code -Dhostile.print=true} the actual outcomes are printed in the
 * manifest's form (for adding a file).
 */
class HostileCorpusTest {

    static final ReaderLimits LIMITS = ReaderLimits.defaults();
    /** A reason quotes at most 60 characters of a value; beyond this (plus the pointers it names) it echoes the input. */
    static final int MAX_REASON = 400;
    static final boolean PRINT = Boolean.getBoolean("hostile.print");

    static Path work;
    static List<Entry> files;
    static Map<String, List<Expected>> expected;

    @BeforeAll
    static void corpus() throws IOException {
        work = Files.createTempDirectory("hostile");
        files = HostileCorpus.files(work);
        expected = HostileCorpus.expected();
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (work == null) return;
        try (Stream<Path> all = Files.walk(work)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Test
    void theCorpusHasAtLeastFortyFilesInTheRepoAndEveryFileHasItsExpectations() {
        long real = files.stream().filter(e -> !e.generated()).count();
        assertThat(real).as("real files in src/test/resources/hostile").isGreaterThanOrEqualTo(40);
        List<String> names = files.stream().map(Entry::name).toList();
        assertThat(expected.keySet()).as("files in expected.tsv").containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void oneBatchOfTheWholeCorpus() {
        List<String> inputs = files.stream().map(e -> e.path().toString()).toList();
        Map<String, Entry> byPath = new HashMap<>();
        files.forEach(e -> byPath.put(e.path().toString(), e));
        DocumentParser parser = new DocumentParser(LIMITS);
        Checker checker = new Checker();
        long read = 0, parsed = 0, rejected = 0;
        try (DocumentSources sources = DocumentSources.of(inputs, LIMITS, InputStream.nullInputStream())) {
            while (sources.hasNext()) {
                ReadResult r = parser.parse(sources.next());
                Entry e = byPath.get(r.info().source());
                assertThat(e).as("source %s", r.info().source()).isNotNull();
                checker.accept(e.name(), r);
                read++;
                if (r instanceof Parsed) parsed++;
                else rejected++;
            }
        }
        checker.finish();
        checker.print();
        if (PRINT) return;
        assertThat(read).isEqualTo(parsed + rejected).isEqualTo(checker.total);
        // the batch went through every file, in order, whatever the ones before it held
        assertThat(checker.seen).containsExactlyElementsOf(files.stream().map(Entry::name)
                .filter(n -> !expected.get(n).get(0).outcome().equals("none")).toList());
    }

    @Test
    void eachFileAlone() {
        for (Entry e : files) {
            Checker checker = new Checker();
            ReadCounts counts = new TrustDataReader(InputStream.nullInputStream())
                    .read(List.of(e.path().toString()), LIMITS, r -> checker.accept(e.name(), r));
            checker.finish();
            assertThat(counts.read()).as(e.name()).isEqualTo(counts.parsed() + counts.rejected()).isEqualTo(checker.total);
        }
    }

    /**
     * An array of a million empty objects is streamed element by element: each element is its own
     * document (so a per-document size limit far below the file's size does not apply to the file),
     * and the heap stays flat while they are read.
     */
    @Test
    void millionEmptyObjectsStreamInBoundedMemory() {
        Entry file = files.stream().filter(e -> e.name().equals("million-empty-objects.json")).findFirst().orElseThrow();
        ReaderLimits limits = LIMITS.withMaxDocumentBytes(64);   // the file is ~3 MB: only per-element documents fit
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        long[] peak = {0};
        long[] n = {0};
        ReadCounts counts = new TrustDataReader(InputStream.nullInputStream()).read(List.of(file.path().toString()), limits, r -> {
            Rejected rej = (Rejected) r;
            if (n[0]++ % 100_000 == 99_999) {
                assertThat(rej.problems().get(0).reason()).isEqualTo("required field is missing");
                System.gc();
                peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed() - baseline);
            }
        });
        assertThat(counts).isEqualTo(new ReadCounts(1_000_000, 0, 1_000_000));
        // live heap after a collection, sampled every 100,000 documents: a reader that kept the
        // documents (or buffered the array) would hold well over 100 MB by the end
        assertThat(peak[0]).as("heap growth while reading a million documents").isLessThan(32L << 20);
    }

    @Test
    void limitsAreConfigurable() {
        Map<String, Path> byName = new HashMap<>();
        files.forEach(e -> byName.put(e.name(), e.path()));
        assertThat(first(byName.get("nesting-over-limit.json"), LIMITS.withMaxDepth(65))).isNull();
        assertThat(first(byName.get("nesting-at-limit.json"), LIMITS.withMaxDepth(10)))
                .isEqualTo(new Problem("/x-extension", "nesting deeper than 10 levels (the limit)"));
        assertThat(first(byName.get("bom-utf8.json"), LIMITS.withMaxDocumentBytes(1000)))
                .isEqualTo(new Problem("", "document exceeds 1000 bytes"));
        assertThat(first(byName.get("string-20mb.json"), LIMITS.withMaxStringLength(1000)))
                .isEqualTo(new Problem("/trust/name", "string of 20971520 characters exceeds the limit of 1000"));
        assertThat(first(byName.get("bom-utf8.json"), LIMITS.withMaxStringLength(12)))
                .isEqualTo(new Problem("/schemaVersion", "member name of 13 characters exceeds the limit of 12"));
        assertThat(first(byName.get("bom-utf8.json"), LIMITS.withMaxNumberLength(8)))
                .isEqualTo(new Problem("/finance/totalIncome", "number of 11 characters exceeds the limit of 8"));
        assertThat(first(byName.get("number-10000-digits.json"), LIMITS.withMaxNumberLength(20_000)))
                .isEqualTo(new Problem("/finance/cash", "9".repeat(60) + "... has more than 15 digits before the decimal point"));
        assertThat(first(byName.get("string-20mb.json"), LIMITS.withMaxStringLength(32 << 20))).isNull();
        assertThat(first(byName.get("million-empty-objects-in-transactions.json"), LIMITS.withMaxProblems(3)))
                .isEqualTo(new Problem("/transactions/0/id", "required field is missing"));
    }

    /** The first problem of the file's first document, or null when it is accepted. */
    private static Problem first(Path file, ReaderLimits limits) {
        List<ReadResult> out = new ArrayList<>();
        new TrustDataReader(InputStream.nullInputStream()).read(List.of(file.toString()), limits, out::add);
        assertThat(out).isNotEmpty();
        if (out.get(0) instanceof Rejected r) {
            assertThat(r.problems()).hasSizeLessThanOrEqualTo(limits.maxProblems());
            return r.problems().get(0);
        }
        return null;
    }

    /** Checks results against the manifest, file by file, without keeping them. */
    static final class Checker {
        final List<String> seen = new ArrayList<>();
        final Map<String, Iterator<Expected>> pending = new HashMap<>();
        final Map<String, Integer> left = new HashMap<>();
        final Map<String, Expected> current = new HashMap<>();
        final StringBuilder actual = new StringBuilder();
        long total;
        private String lastFile;
        private String lastRow;
        private int run;

        void accept(String file, ReadResult r) {
            total++;
            if (PRINT) {
                record(file, r);
                return;
            }
            if (!file.equals(lastFile)) {
                if (lastFile != null) done(lastFile);
                seen.add(file);
                lastFile = file;
                List<Expected> rows = expected.get(file);
                assertThat(rows).as("rows for %s in expected.tsv", file).isNotNull();
                pending.put(file, rows.iterator());
            }
            // plain checks: a million documents go through here, and AssertJ's per-call cost would dominate
            sanity(file, r);
            record(file, r);
            Expected e = next(file);
            if (e == null) fail(file, r, "more documents than expected.tsv says");
            if (!e.outcome().equals(r instanceof Parsed ? "accepted" : "rejected")) fail(file, r, "expected " + e);
            if (r instanceof Rejected rej) {
                Problem p = rej.problems().get(0);
                if (!shown(p.pointer()).equals(e.pointer())) fail(file, r, "expected the pointer " + e.pointer());
                if (!p.reason().contains(e.reason())) fail(file, r, "expected a reason containing " + e.reason());
            }
        }

        private static void fail(String file, ReadResult r, String what) {
            throw new AssertionError(file + " document #" + r.info().position() + ": " + what + "; got: " + describe(r));
        }

        private Expected next(String file) {
            Integer n = left.get(file);
            if (n != null && n > 0) {
                left.put(file, n - 1);
                return current.get(file);
            }
            Iterator<Expected> it = pending.get(file);
            if (!it.hasNext()) return null;
            Expected e = it.next();
            if (e.outcome().equals("none")) return null;
            current.put(file, e);
            left.put(file, e.repeat() - 1);
            return e;
        }

        private void done(String file) {
            Integer n = left.get(file);
            assertThat(n == null ? 0 : n).as("%s: fewer documents than expected.tsv says", file).isZero();
            Iterator<Expected> it = pending.get(file);
            assertThat(it.hasNext()).as("%s: fewer documents than expected.tsv says: next %s", file, it.hasNext() ? it.next() : null).isFalse();
        }

        void finish() {
            if (lastFile != null && !PRINT) done(lastFile);
            flush();
        }

        /** Every rejection, whatever the file: a pointer, a short one-line reason. */
        private static void sanity(String file, ReadResult r) {
            if (r.info() == null) fail(file, r, "no info");
            if (!(r instanceof Rejected rej)) return;
            if (rej.problems().isEmpty() || rej.problems().size() > LIMITS.maxProblems()) fail(file, r, rej.problems().size() + " problems");
            for (Problem p : rej.problems()) {
                if (p.pointer() == null || !(p.pointer().isEmpty() || p.pointer().startsWith("/"))) fail(file, r, "not a pointer: " + p.pointer());
                if (p.pointer().length() >= 2_000) fail(file, r, "a pointer of " + p.pointer().length() + " characters");
                if (p.reason() == null || p.reason().isBlank()) fail(file, r, "a blank reason");
                if (p.reason().length() > MAX_REASON + 2 * p.pointer().length()) fail(file, r, "a reason of " + p.reason().length() + " characters");
            }
            String line = rej.describe();
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) fail(file, r, "describe() is not one line");
        }

        /** A pointer as expected.tsv writes it: control characters as {@code \\uXXXX}. */
        static String shown(String pointer) {
            StringBuilder sb = new StringBuilder(pointer.length());
            for (char c : pointer.toCharArray()) {
                if (c < 0x20) sb.append(String.format("\\u%04X", (int) c));
                else sb.append(c);
            }
            return sb.toString();
        }

        private static String describe(ReadResult r) {
            return r instanceof Rejected rej ? rej.describe() : "accepted";
        }

        // -------------------------------------------------- the actual outcomes, as manifest rows

        private void record(String file, ReadResult r) {
            String row = r instanceof Rejected rej
                    ? "rejected\t" + (rej.problems().get(0).pointer().isEmpty() ? "(document)" : shown(rej.problems().get(0).pointer()))
                            + "\t" + rej.problems().get(0).reason()
                    : "accepted";
            String key = file + "\u0000" + row;
            if (key.equals(lastRow)) {
                run++;
                return;
            }
            flush();
            lastRow = key;
            lastPosition = r.info().position();
            run = 1;
        }

        private long lastPosition;

        private void flush() {
            if (lastRow == null) return;
            String[] parts = lastRow.split("\u0000", 2);
            actual.append(parts[0]).append('\t').append(run > 1 ? "*" + run : String.valueOf(lastPosition)).append('\t').append(parts[1]).append('\n');
            lastRow = null;
        }

        void print() {
            if (PRINT) System.out.print(actual);
        }
    }
}
