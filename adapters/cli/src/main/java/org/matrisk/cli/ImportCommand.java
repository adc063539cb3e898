package org.matrisk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.matrisk.importer.ImportException;
import org.matrisk.importer.ImportOptions;
import org.matrisk.importer.ImportReport;
import org.matrisk.importer.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Build version 2 trust documents from public registers (GIAS, Companies House, Ofsted), a notices list",
                "and a trust's finance-system exports, with honest coverage; NDJSON, one document per academy trust, in trust id order.",
                "A summary goes to stderr: trusts written, rows read and skipped per file, every skipped row with file, line, column and reason.",
                "Exit 0: every row used; 3: some rows skipped; 2: usage error or unreadable input. See docs/import.md."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--period-end", required = true, paramLabel = "DATE", description = "last day of the financial year to build (normally 31 August); the period is the year ending then")
    String periodEnd;

    @Option(names = "--as-of", paramLabel = "DATE", description = "the documents' asOf (default: --period-end)")
    String asOf;

    @Option(names = "--trust", paramLabel = "ID", description = "keep only this trust (company number or GIAS group id); repeatable")
    List<String> trusts;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "NDJSON output file, or - for stdout")
    String out;

    @Option(names = "--gias", required = true, paramLabel = "DIR", description = "GIAS downloads: group links, groups, establishments (edubasealldata), governance")
    Path gias;

    @Option(names = "--companies-house", paramLabel = "DIR", description = "Companies House API responses saved as JSON: officer lists, appointment lists, filing histories")
    Path companiesHouse;

    @Option(names = "--ofsted", paramLabel = "FILE", description = "Ofsted management information, state-funded schools, latest inspections (CSV)")
    Path ofsted;

    @Option(names = "--notices", paramLabel = "FILE", description = "CSV of notices: Company number, Kind, Issued, Lifted, Academy URN, Published")
    Path notices;

    @Option(names = "--ledger", paramLabel = "FILE", description = "purchase-ledger export (CSV or XLSX)")
    Path ledger;

    @Option(names = "--suppliers", paramLabel = "FILE", description = "supplier master export (CSV or XLSX)")
    Path suppliers;

    @Option(names = "--interests", paramLabel = "FILE", description = "register of interests export (CSV or XLSX)")
    Path interests;

    @Option(names = "--mapping", paramLabel = "FILE", description = "JSON column mapping of the finance-system exports (examples/import/mappings/)")
    Path mapping;

    @Option(names = "--assert-complete", paramLabel = "SECTION", split = ",", description = "declare a coverage section complete (you know the source lists everything); repeatable")
    List<String> assertComplete;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        ImportOptions options;
        try {
            options = new ImportOptions(date("--period-end", periodEnd), asOf == null ? null : date("--as-of", asOf), trusts,
                    gias, companiesHouse, ofsted, notices, ledger, suppliers, interests, mapping,
                    assertComplete == null ? null : new LinkedHashSet<>(assertComplete));
        } catch (ImportException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ImportReport report;
        Path tmp = null;
        try {
            if ("-".equals(out)) {
                report = new Importer(options).run(new NonClosing(System.out));
            } else {
                Path target = Path.of(out);
                tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".matrisk-import", ".tmp");
                try (OutputStream sink = Files.newOutputStream(tmp)) {
                    report = new Importer(options).run(sink);
                }
                Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                tmp = null;
            }
        } catch (ImportException e) {
            err.println("matrisk import: " + e.getMessage());
            return Main.USAGE;
        } finally {
            if (tmp != null) Files.deleteIfExists(tmp);
        }
        report.print(err);
        return report.skipped() > 0 ? Main.REJECTED : Main.OK;
    }

    private LocalDate date(String option, String v) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), option + ": '" + v + "' is not a date (yyyy-mm-dd)");
        }
    }

    /** stdout stays open for whoever comes next. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) { super(out); }
        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
        @Override public void close() throws IOException { out.flush(); }
    }
}
