package org.matrisk.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Severity;
import org.matrisk.engine.RiskEngine;
import org.matrisk.engine.rating.RatingPolicy;
import org.matrisk.engine.suppress.SuppressionFileException;
import org.matrisk.engine.suppress.Suppressions;
import org.matrisk.json.read.ReaderLimits;
import org.matrisk.output.AssessmentWriter;
import org.matrisk.output.AssessmentWriters;
import org.matrisk.output.ScanSummary;
import org.matrisk.output.WriterOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Assess every trust document of the inputs.",
                "INPUT is a file (one object, an array of objects, or .ndjson), a directory of such files, or - for stdin.",
                "Exit status: 0 all assessed; 1 a finding at or above --fail-on; 2 usage or unreadable input; 3 some documents rejected."})
final class ScanCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "ndjson, json, csv, html, xlsx, table, or the class name of an AssessmentWriterProvider on the class path (default: table on a terminal, else ndjson)")
    String format;

    @Option(names = "--out", paramLabel = "PATH", description = "write here instead of stdout")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE", description = "assess every document as at this day (overrides the documents' asOf)")
    LocalDate asOf;

    @picocli.CommandLine.Mixin
    RulePackOptions rulePacks = new RulePackOptions();

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "exit 1 when a finding is at or above this severity: ${COMPLETION-CANDIDATES}")
    Severity failOn;

    @Option(names = "--rejects", paramLabel = "FILE", description = "also write each rejected document's problems here, as NDJSON")
    Path rejects;

    @Option(names = "--threads", paramLabel = "N", description = "assessing threads (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", negatable = true, description = "show a progress bar on stderr (default: when stderr is a terminal)")
    Boolean progress;

    @Option(names = "--summary", negatable = true,
            description = "print the ranked summary on stderr at the end (default: on a terminal, when more than one document was read and stdout is not piped)")
    Boolean summary;

    @Option(names = "--top", paramLabel = "N", description = "riskiest trusts in the summary (default ${DEFAULT-VALUE})")
    int top = 10;

    @Option(names = "--max-depth", paramLabel = "N", description = "reject documents nested deeper than N (default ${DEFAULT-VALUE})")
    int maxDepth = ReaderLimits.defaults().maxDepth();

    @Option(names = "--max-document-bytes", paramLabel = "N", description = "reject documents larger than N bytes (default ${DEFAULT-VALUE})")
    long maxDocumentBytes = ReaderLimits.defaults().maxDocumentBytes();

    @Option(names = "--max-string-length", paramLabel = "N", description = "reject strings longer than N characters (default ${DEFAULT-VALUE})")
    int maxStringLength = ReaderLimits.defaults().maxStringLength();

    @Option(names = "--max-number-length", paramLabel = "N", description = "reject numbers written with more than N characters (default ${DEFAULT-VALUE})")
    int maxNumberLength = ReaderLimits.defaults().maxNumberLength();

    @Option(names = "--upgrade-v1",
            description = "read schema version 1 documents as version 2 (every section whose data is present complete) and assess them with rule catalogue v2")
    boolean upgradeV1;

    @Option(names = "--include-names", description = "also cite the names of people given as evidence (personal data; off by default)")
    boolean includeNames;

    @Option(names = "--suppressions", paramLabel = "FILE",
            description = "accept the findings listed in FILE (docs/suppressions.md): still listed, with the justification, earning no points")
    Path suppressionsFile;

    @Option(names = "--ignore-suppressions", description = "do not apply --suppressions: every finding counts")
    boolean ignoreSuppressions;

    @Option(names = "--csv-bom", arity = "0..1", defaultValue = "true", fallbackValue = "true", paramLabel = "true|false",
            description = "start CSV output with the UTF-8 byte-order mark, so that Excel reads it as UTF-8 (default ${DEFAULT-VALUE}; --csv-bom=false drops it)")
    boolean csvBom = true;

    @Option(names = "--strict", description = "reject a document with warnings (a field the contract does not know) instead of assessing it")
    boolean strict;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "files, directories, or - for stdin")
    List<String> inputs;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        for (String in : inputs) {
            if (!in.equals("-") && !Files.exists(Path.of(in))) {
                err.println("matrisk: cannot read " + in + ": no such file or directory");
                return Main.USAGE;
            }
        }
        if (!checkDirectories(err)) return Main.USAGE;
        boolean terminal = out == null && Terminal.stdoutIsTerminal();
        String fmt = format != null ? format : terminal ? "table" : "ndjson";
        if (out == null && "xlsx".equalsIgnoreCase(fmt) && Terminal.stdoutIsTerminal()) {
            err.println("matrisk: xlsx is binary; give --out FILE.xlsx (or redirect stdout)");
            return Main.USAGE;
        }
        String unwritable = unwritable(out, "--out");
        if (unwritable == null) unwritable = unwritable(rejects, "--rejects");
        if (unwritable != null) {
            err.println("matrisk: " + unwritable);
            return Main.USAGE;
        }
        boolean bomless = "csv".equalsIgnoreCase(fmt) && !csvBom;
        try {
            if (!bomless) AssessmentWriters.provider(fmt);
        } catch (IllegalArgumentException e) {
            err.println("matrisk: " + e.getMessage());
            return Main.USAGE;
        }
        ReaderLimits limits = limits();
        Suppressions suppressions;
        try {
            // the policy of every engine the options build (RulePackOptions): checked before the pack is compiled
            suppressions = suppressionsFile == null || ignoreSuppressions
                    ? Suppressions.none() : Suppressions.load(suppressionsFile, RatingPolicy.DEFAULT);
        } catch (SuppressionFileException e) {
            e.problems().forEach(p -> err.println("matrisk: " + p));
            return Main.USAGE;
        }
        // every argument is checked: now the rule pack is compiled (the seconds a scan starts with)
        RiskEngine engine = rulePacks.engine(System.err);
        Severity[] worst = {null};

        OutputStream sink;
        try {
            sink = out == null ? new BufferedOutputStream(new NonClosing(System.out), 1 << 16) : Files.newOutputStream(out);
        } catch (IOException e) {
            String why = Main.reason(e);
            err.println("matrisk: cannot write --out " + out + ": " + (why.startsWith(out + ": ") ? why.substring(out.toString().length() + 2) : why));
            return Main.USAGE;
        }
        PrintWriter rejectsOut = rejects == null ? null
                : new PrintWriter(Files.newBufferedWriter(rejects, StandardCharsets.UTF_8));
        RankedSummary ranked = new RankedSummary(top);
        FailOn failing = new FailOn(failOn);
        Scan.Result result;
        try (sink; AssessmentWriter writer = bomless ? new org.matrisk.reports.CsvWriter(sink, false)
                : AssessmentWriters.open(fmt, sink, new WriterOptions(terminal));
             ScanProgress bar = ScanProgress.start(inputs, progress != null ? progress : !terminal && Terminal.stderrIsTerminal())) {
            writer.start();
            boolean forPeople = !"ndjson".equalsIgnoreCase(fmt) && !"json".equalsIgnoreCase(fmt);
            Scan scan = new Scan(engine, limits, asOf, threads).includeNames(includeNames).upgradeV1(upgradeV1).strict(strict)
                    .nameCompanies(forPeople)
                    .warnings((info, warnings) -> warnings.forEach(w -> err.println("matrisk: warning: "
                            + org.matrisk.json.read.Problem.printableLine(org.matrisk.json.read.Rejected.where(info, w)) + ": " + w
                            + " (ignored; --strict rejects the document)")));
            result = scan.run(inputs, assessed -> {
                Suppressions.Applied applied = suppressions.applyWithWarnings(assessed);
                applied.warnings().forEach(w -> err.println("matrisk: " + w.message()));
                Assessment a = applied.assessment();
                worst[0] = worst(worst[0], a);
                failing.accept(a);
                writer.accept(a);
                ranked.accept(a);
            }, rejected -> {
                err.println("matrisk: rejected " + rejected.describe());
                ranked.reject(rejected);
                if (rejectsOut != null) rejectsOut.println(Rejects.toJson(rejected));
            }, bar);
            bar.finish(result.read(), Long.MAX_VALUE);
            writer.end(new ScanSummary(result.read(), result.assessed(), result.rejected()));
        } finally {
            if (rejectsOut != null) rejectsOut.close();
        }
        suppressions.unmatched().forEach(w -> err.println("matrisk: " + w.message()));
        // the summary is for a person at a terminal (README): not when stdout is piped, nor when stderr is not a terminal
        boolean onTerminal = Terminal.stderrIsTerminal() && (out != null || Terminal.stdoutIsTerminal());
        if (summary != null ? summary : result.read() > 1 && onTerminal) ranked.print(err, result.read(), result.assessed());
        err.printf("matrisk: %d document%s read: %d assessed, %d rejected%n",
                result.read(), result.read() == 1 ? "" : "s", result.assessed(), result.rejected());
        if (result.read() == 0) {
            err.println("matrisk: no documents in the input " + String.join(" ", inputs) + " (expected JSON objects: one, an array, or one per line)");
            return Main.USAGE;
        }
        if (result.rejected() > 0) return Main.REJECTED;
        if (failOn != null && worst[0] != null && worst[0].atLeast(failOn)) {
            failing.print(err);
            return Main.FINDINGS;
        }
        return Main.OK;
    }

    /**
     * Lists on stderr the files of each input directory that are skipped (not {@code .json}, {@code .ndjson} or
     * {@code .jsonl}; subdirectories are not files and are not read); false, after a message, when a directory
     * has no file to read.
     */
    private boolean checkDirectories(PrintStream err) throws IOException {
        for (String in : inputs) {
            Path dir = Path.of(in);
            if (in.equals("-") || !Files.isDirectory(dir)) continue;
            int read = 0;
            List<Path> skipped = new java.util.ArrayList<>();
            try (var files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    if (Files.isDirectory(f)) continue; // not a file: directories are not read (nor recursed into)
                    if (f.getFileName().toString().matches("(?i).*\\.(json|ndjson|jsonl)")) read++;
                    else skipped.add(f);
                }
            }
            for (Path f : skipped) {
                err.println("matrisk: skipped " + f + ": not a .json, .ndjson or .jsonl file");
            }
            if (read == 0) {
                err.println("matrisk: no JSON files in " + in + " (looked for *.json, *.ndjson and *.jsonl)");
                return false;
            }
        }
        return true;
    }

    /** Why {@code path} cannot be written, or null when it can be tried. */
    private static String unwritable(Path path, String option) {
        if (path == null) return null;
        Path parent = path.toAbsolutePath().getParent();
        if (Files.isDirectory(path)) return "cannot write " + option + " " + path + ": it is a directory";
        if (parent != null && !Files.isDirectory(parent)) return "cannot write " + option + " " + path + ": directory " + parent + " does not exist";
        if (parent != null && !Files.isWritable(parent) && !Files.exists(path)) return "cannot write " + option + " " + path + ": permission denied on " + parent;
        if (Files.exists(path) && !Files.isWritable(path)) return "cannot write " + option + " " + path + ": permission denied";
        return null;
    }

    /** The findings at or above --fail-on, to say on stderr which ones made the exit status 1 (the first {@value #SHOWN}). */
    private static final class FailOn {
        static final int SHOWN = 20;
        private final Severity threshold;
        private final List<String> shown = new java.util.ArrayList<>();
        private long count;
        private long trusts;

        FailOn(Severity threshold) { this.threshold = threshold; }

        void accept(Assessment a) {
            if (threshold == null) return;
            boolean any = false;
            for (org.matrisk.assessment.Finding f : a.findings()) {
                if (f.suppressed() || !f.severity().atLeast(threshold)) continue;
                any = true;
                count++;
                if (shown.size() < SHOWN) shown.add(a.trust().id() + " " + f.ruleId() + " " + f.severity() + ": " + f.title());
            }
            if (any) trusts++;
        }

        void print(PrintStream err) {
            err.printf("matrisk: exit 1: %d finding%s at or above %s (--fail-on) in %d trust%s:%n", count, count == 1 ? "" : "s", threshold,
                    trusts, trusts == 1 ? "" : "s");
            shown.forEach(l -> err.println("  " + l));
            if (count > shown.size()) err.printf("  ... and %d more%n", count - shown.size());
        }
    }

    ReaderLimits limits() {
        return ReaderLimits.defaults().withMaxDepth(maxDepth).withMaxDocumentBytes(maxDocumentBytes)
                .withMaxStringLength(maxStringLength).withMaxNumberLength(maxNumberLength);
    }

    /** stdout must outlive one scan (tests run several in one JVM). */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) { super(out); }
        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
        @Override public void close() throws IOException { out.flush(); }
    }

    static Severity worst(Severity a, Assessment b) {
        Severity w = b.worstSeverity();
        if (w == null) return a;
        return a == null || w.atLeast(a) ? w : a;
    }
}
