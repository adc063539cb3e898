package org.matrisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that need no rule base never build one (issue 13): {@code rules}, {@code explain}, {@code diff},
 * {@code --help}, {@code --version}, and every argument error of {@code scan}, {@code serve}, {@code stream},
 * {@code import} and {@code generate}, which is reported (exit 2) before any rule is compiled.
 *
 * <p>Two proofs. A pack whose metadata is sound but whose DRL does not compile is listed and explained, while a
 * scan with it is refused by the compiler. And the commands run in a JVM of their own whose class loading is
 * logged: not one Drools or KIE class is loaded while they run (building a rule base, from DRL or precompiled,
 * goes through Drools classes); the driver then loads one, to show that the log would have caught it.
 */
class NoCompileCliTest {
    static final Path EXAMPLES = Path.of("../../examples");
    static final String CLEAN = EXAMPLES.resolve("riverside-clean.json").toString();

    @TempDir Path tmp;

    @Test
    void rulesAndExplainReadAPackWhoseRulesDoNotCompileWhileAScanRefusesIt() throws URISyntaxException {
        Path typeError = RulePacksCliTest.pack("type-error");
        CliRun rules = CliRun.of("rules", "--rules", typeError.toString());
        assertThat(rules.exit()).as(rules.err()).isEqualTo(Main.OK);
        assertThat(rules.out()).contains("X-91", "Many board meetings", "pack builtin+");
        CliRun json = CliRun.of("rules", "--format", "json", "--rules", typeError.toString());
        assertThat(json.exit()).as(json.err()).isEqualTo(Main.OK);
        assertThat(json.out()).contains("\"id\": \"X-91\"");
        CliRun explain = CliRun.of("explain", "X-91", "--rules", typeError.toString());
        assertThat(explain.exit()).as(explain.err()).isEqualTo(Main.OK);
        assertThat(explain.out()).contains("X-91  Many board meetings", "x.cli.maxMeetings");

        CliRun scan = CliRun.of("scan", "--rules", typeError.toString(), CLEAN, "--format", "ndjson");
        assertThat(scan.exit()).isEqualTo(Main.USAGE);
        assertThat(scan.err()).contains("refused:", "Unable to Analyse Expression chair.intValue()");
    }

    @Test
    void aPackThatFailsItsManifestIsRefusedByRulesAsByScan() throws URISyntaxException {
        Path modified = RulePacksCliTest.pack("modified-file");
        CliRun rules = CliRun.of("rules", "--rules", modified.toString());
        assertThat(rules.exit()).isEqualTo(Main.USAGE);
        assertThat(rules.err()).contains("rules.drl: modified (expected sha256");
        CliRun allowed = CliRun.of("rules", "--rules", modified.toString(), "--allow-modified-rules");
        assertThat(allowed.exit()).as(allowed.err()).isEqualTo(Main.OK);
        assertThat(allowed.err()).contains("warning", "rules.drl: modified");
    }

    @Test
    void argumentErrorsAreReportedBeforeAnythingIsCompiled() {
        CliRun out = CliRun.of("scan", "--out", tmp.resolve("missing/dir/x.html").toString(), CLEAN);
        assertThat(out.exit()).isEqualTo(Main.USAGE);
        assertThat(out.err()).contains("cannot write --out", "does not exist");
        CliRun format = CliRun.of("scan", "--format", "nope", "--out", tmp.resolve("x.out").toString(), CLEAN);
        assertThat(format.exit()).isEqualTo(Main.USAGE);
        assertThat(format.err()).contains("unknown output format \"nope\"");
        assertThat(tmp.resolve("x.out")).as("nothing is written for a bad format").doesNotExist();
        CliRun suppressions = CliRun.of("scan", "--suppressions", tmp.resolve("none.json").toString(), CLEAN);
        assertThat(suppressions.exit()).isEqualTo(Main.USAGE);
        CliRun serve = CliRun.of("serve", "--insecure-no-auth", "--tls-keystore", tmp.resolve("ks.p12").toString(),
                "--tls-password-file", tmp.resolve("pw").toString(), "--data", tmp.resolve("data").toString());
        assertThat(serve.exit()).isEqualTo(Main.USAGE);
        assertThat(serve.err()).contains("cannot read --tls-keystore", "no such file");
        CliRun tokens = CliRun.of("serve", "--tokens", tmp.resolve("tokens").toString(), "--data", tmp.resolve("data").toString());
        assertThat(tokens.exit()).isEqualTo(Main.USAGE);
        assertThat(tokens.err()).contains("tokens", "no such file");
    }

    @Test
    void noCommandThatNeedsNoRuleBaseLoadsAnyDroolsClass() throws Exception {
        Path before = tmp.resolve("before.ndjson"), after = tmp.resolve("after.ndjson");
        // two scans to compare (in this JVM: the JVM watched below only runs the commands)
        assertThat(CliRun.of("scan", EXAMPLES.toString(), "--format", "ndjson", "--out", before.toString()).exit()).isEqualTo(Main.OK);
        assertThat(CliRun.of("scan", EXAMPLES.toString(), "--format", "ndjson", "--out", after.toString(), "--as-of", "2025-08-31").exit()).isIn(Main.OK, Main.REJECTED);
        Path typeError;
        try {
            typeError = RulePacksCliTest.pack("type-error");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        String missing = tmp.resolve("missing/dir").toString();
        List<String[]> commands = List.of(
                cmd(0, "rules", "--format", "json"),
                cmd(0, "rules", "--format", "markdown"),
                cmd(0, "rules"),
                cmd(0, "rules", "--rules", typeError.toString()),
                cmd(0, "explain", "RPT-02"),
                cmd(2, "explain", "NOPE-01"),
                cmd(0, "diff", before.toString(), after.toString()),
                cmd(0, "--help"),
                cmd(0, "--version"),
                cmd(0, "scan", "--help"),
                cmd(2, "scan", "--out", missing + "/x.html", CLEAN),
                cmd(2, "scan", "--as-of", "2024-13-45", CLEAN),
                cmd(2, "scan", "--fail-on", "SEVERE", CLEAN),
                cmd(2, "scan", missing + "/doc.json"),
                cmd(2, "scan", "--format", "nope", CLEAN),
                cmd(2, "scan", "--rejects", missing + "/rejects.ndjson", CLEAN),
                cmd(2, "scan", "--suppressions", missing + "/s.json", CLEAN),
                cmd(2, "scan", "--max-depth", "0", CLEAN),
                cmd(2, "scan", "--rules", missing, CLEAN),
                cmd(2, "serve", "--tokens", missing + "/tokens", "--data", tmp.resolve("data").toString()),
                cmd(2, "serve"),
                cmd(2, "stream", "--bootstrap-servers", "localhost:1", "--config", missing + "/streams.properties"),
                cmd(2, "import", "--period-end", "2024-08-31", "--out", tmp.resolve("i.ndjson").toString(), "--gias", missing),
                cmd(2, "import", "--period-end", "2024-02-30", "--out", tmp.resolve("i.ndjson").toString(), "--gias", missing),
                cmd(2, "generate", "--trusts", "1", "--out", missing + "/g.ndjson"),
                cmd(2, "generate", "--trusts", "-1"));

        Path log = tmp.resolve("classes.log");
        List<String> java = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"), NoCompileDriver.class.getName()));
        List<Integer> expected = new ArrayList<>();
        for (String[] c : commands) {
            expected.add(Integer.parseInt(c[0]));
            java.add(String.join("\t", List.of(c).subList(1, c.length)));
        }
        Path stdout = tmp.resolve("stdout"), stderr = tmp.resolve("stderr");
        Process p = new ProcessBuilder(java).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).directory(new File(".")).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("the commands finish").isTrue();
        String out = Files.readString(stdout, StandardCharsets.UTF_8), err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isZero();
        List<Integer> exits = out.substring(out.lastIndexOf("EXITS\n") + 6).lines().map(Integer::valueOf).toList();
        for (int i = 0; i < commands.size(); i++)
            assertThat(exits.get(i)).as(String.join(" ", List.of(commands.get(i)).subList(1, commands.get(i).length)) + "\n" + err)
                    .isEqualTo(expected.get(i));

        List<String> loaded = loaded(log);
        int marker = loaded.indexOf(NoCompileDriver.Marker.class.getName());
        assertThat(marker).as("the marker class is in the class-load log").isPositive();
        assertThat(loaded.subList(0, marker)).as("classes loaded while the commands ran")
                .noneMatch(c -> c.startsWith("org.drools.") || c.startsWith("org.kie."));
        assertThat(loaded.subList(marker, loaded.size())).as("the log shows a Drools class loaded after the marker").contains("org.kie.api.KieServices");
        assertThat(out).contains("\"id\": \"GOV-01\"", "### GOV-01", "RPT-02  ", "matrisk " + org.matrisk.engine.RiskEngine.VERSION);
    }

    private static String[] cmd(int exit, String... args) {
        String[] c = new String[args.length + 1];
        c[0] = Integer.toString(exit);
        System.arraycopy(args, 0, c, 1, args.length);
        return c;
    }

    /** The class names of a {@code -Xlog:class+load} log, in the order loaded. */
    private static List<String> loaded(Path log) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            int tag = line.indexOf("[class,load] ");
            if (tag < 0) continue;
            String rest = line.substring(tag + "[class,load] ".length());
            int sp = rest.indexOf(' ');
            out.add(sp < 0 ? rest : rest.substring(0, sp));
        }
        return out;
    }
}
