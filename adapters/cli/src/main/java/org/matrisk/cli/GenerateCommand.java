package org.matrisk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.matrisk.fixtures.generate.GenerationStats;
import org.matrisk.fixtures.generate.GeneratorOptions;
import org.matrisk.fixtures.generate.ProblemKind;
import org.matrisk.fixtures.generate.TrustGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generate realistic trust documents, valid under the trust-data contract, as NDJSON (one per line).",
                "The output is a function of the options: the same seed gives the same bytes.",
                "A summary line (trusts, transactions, bytes, seconds) goes to stderr."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--trusts", paramLabel = "N", description = "number of trust documents")
    Integer trusts;

    @Option(names = "--transactions-per-trust", paramLabel = "M",
            description = "ledger transactions in every document (default " + GeneratorOptions.DEFAULT_TRANSACTIONS + ")")
    int transactionsPerTrust = GeneratorOptions.DEFAULT_TRANSACTIONS;

    @Option(names = "--seed", paramLabel = "S", description = "random seed (default " + GeneratorOptions.DEFAULT_SEED + ")")
    long seed = GeneratorOptions.DEFAULT_SEED;

    @Option(names = "--problem-rate", paramLabel = "R",
            description = "share of trusts (0..1) given 1 to 5 problems across the six areas (default " + GeneratorOptions.DEFAULT_PROBLEM_RATE + ")")
    double problemRate = GeneratorOptions.DEFAULT_PROBLEM_RATE;

    @Option(names = "--absent-rate", paramLabel = "A",
            description = "chance (0..1), per trust and kind of optional data, that it is left out so rules report UNKNOWN (default 0)")
    double absentRate;

    @Option(names = "--problems", paramLabel = "KIND", split = ",",
            description = "inject only these problems (comma-separated; --list-problems shows them)")
    List<ProblemKind> problems;

    @Option(names = "--labels", description = "add a \"_generator\" member to each document naming its injected problems (readers ignore it)")
    boolean labels;

    @Option(names = "--schema", paramLabel = "V",
            description = "schema version of the documents: 1 (default) or 2 (declared coverage with partial sections, month dates, money bands, dated roles, family, party links)")
    int schema = 1;

    @Option(names = "--list-problems", description = "list the problems that can be injected, with their area and rules, and exit")
    boolean listProblems;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of stdout")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        if (listProblems) {
            for (ProblemKind k : ProblemKind.values()) {
                System.out.printf("%-30s %-13s %s%n", k.name(), k.area(), String.join(" ", k.expectedRules()));
            }
            return Main.OK;
        }
        if (trusts == null) throw new ParameterException(spec.commandLine(), "Missing required option: '--trusts=N'");
        GeneratorOptions options;
        try {
            options = new GeneratorOptions(trusts, transactionsPerTrust, seed, problemRate, absentRate,
                    problems == null ? null : EnumSet.copyOf(problems), labels, schema);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        GenerationStats stats;
        try (OutputStream sink = out == null ? new NonClosing(System.out) : Files.newOutputStream(out)) {
            stats = new TrustGenerator(options).write(sink);
        }
        err.println("matrisk: generated " + stats.describe() + (out == null ? "" : " to " + out));
        return Main.OK;
    }

    /** stdout stays open for whoever comes next. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) { super(out); }
        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
        @Override public void close() throws IOException { out.flush(); }
    }
}
