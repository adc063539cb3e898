package org.matrisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;
import org.matrisk.engine.RiskEngine;
import org.matrisk.engine.pack.RulePack;
import org.matrisk.fixtures.Documents;
import org.matrisk.json.write.AssessmentGson;
import org.matrisk.model.TrustDocument;

/**
 * Custom rule packs on the command line: {@code --rules DIR} adds the example pack's findings to the
 * bundled example documents and stamps the combined pack on every assessment; each kind of broken
 * pack (src/test/resources/packs/) is refused with its message; a modified pack is refused unless
 * {@code --allow-modified-rules}.
 */
class RulePacksCliTest {
    static final Path EXAMPLES = Path.of("../../examples");
    static final Path EXAMPLE_PACK = EXAMPLES.resolve("packs/cash-reserves");

    static Path pack(String name) throws URISyntaxException {
        return Path.of(RulePacksCliTest.class.getClassLoader().getResource("packs/" + name + "/rules.drl").toURI()).getParent();
    }

    static List<Assessment> assessments(CliRun r) {
        return r.out().lines().map(AssessmentGson::fromJson).toList();
    }

    static List<String> ids(Assessment a) { return a.findings().stream().map(Finding::ruleId).toList(); }

    // ---- the example pack ---------------------------------------------------------------------

    @Test
    void theExamplePackAddsItsFindingsToTheExampleDocuments() {
        CliRun plain = CliRun.of("scan", EXAMPLES.toString(), "--format", "ndjson");
        CliRun extended = CliRun.of("scan", "--rules", EXAMPLE_PACK.toString(), EXAMPLES.toString(), "--format", "ndjson");
        assertThat(extended.exit()).as(extended.err()).isEqualTo(Main.OK);
        assertThat(extended.err()).doesNotContain("warning");
        List<Assessment> before = assessments(plain), after = assessments(extended);
        assertThat(after).hasSize(2);
        String sha = RulePack.load(EXAMPLE_PACK, false).sha256();
        for (int i = 0; i < 2; i++) {
            assertThat(before.get(i).rulePack().id()).isEqualTo("builtin");
            assertThat(after.get(i).rulePack()).isEqualTo(new Assessment.RulePackInfo("builtin+cash-reserves", "1+1", sha));
            // the built-in findings are unchanged; the pack only adds X- findings
            List<Finding> builtinFindings = after.get(i).findings().stream().filter(f -> !f.ruleId().startsWith("X-")).toList();
            assertThat(builtinFindings).containsExactlyElementsOf(before.get(i).findings());
        }
        // northgate-risky: an in-year deficit of £610,000 on income of £18,450,000 (3.3%, above the 2% tolerated)
        Assessment northgate = after.get(0);
        assertThat(northgate.trust().id()).isEqualTo("10070002");
        assertThat(ids(northgate)).filteredOn(id -> id.startsWith("X-")).containsExactly("X-02");
        assertThat(northgate.findings("X-02").get(0).message()).startsWith("The in-year revenue balance is -£610,000.00, a deficit of 3.3% of total income (£18,450,000.00), above the 2% tolerated");
        // riverside-clean: a surplus, and reserves of 7.2% of income (X-01 would need more than 20%, and applies from 1 Sep 2024)
        assertThat(ids(after.get(1))).noneMatch(id -> id.startsWith("X-"));
        assertThat(after.get(1).unknown()).noneMatch(u -> u.ruleId().startsWith("X-"));
    }

    @Test
    void theExamplePackFiresX01OnAnExampleMovedIntoTheAth2024YearWithLargeReserves() throws IOException {
        // riverside-clean a year later, with reserves of 21.1% of income; the near miss has exactly 20%
        String json = Files.readString(EXAMPLES.resolve("riverside-clean.json"), StandardCharsets.UTF_8)
                .replace("\"start\": \"2023-09-01\"", "\"start\": \"2024-09-01\"").replace("\"end\": \"2024-08-31\"", "\"end\": \"2025-08-31\"")
                .replace("\"asOf\": \"2025-06-30\"", "\"asOf\": \"2025-12-31\"");
        RiskEngine engine = RiskEngine.of(RulePack.load(EXAMPLE_PACK, false));
        TrustDocument fires = Documents.parse("riverside 21.1%", json.replace("\"revenueReserves\": 1320000.0", "\"revenueReserves\": 3900000.0"));
        TrustDocument near = Documents.parse("riverside 20%", json.replace("\"revenueReserves\": 1320000.0", "\"revenueReserves\": 3690000.0"));
        assertThat(fires.period().start()).hasToString("2024-09-01");
        assertThat(ids(engine.assess(fires))).filteredOn(id -> id.startsWith("X-")).containsExactly("X-01");
        assertThat(ids(engine.assess(near))).noneMatch(id -> id.startsWith("X-"));
    }

    @Test
    void rulesAndExplainSeeTheCombinedPack() {
        CliRun rules = CliRun.of("rules", "--rules", EXAMPLE_PACK.toString());
        assertThat(rules.exit()).as(rules.err()).isEqualTo(Main.OK);
        assertThat(rules.out()).contains("X-01 ", "X-02 ", "GOV-10 ", "pack builtin+cash-reserves version 1+1, sha256 " + RulePack.load(EXAMPLE_PACK, false).sha256());
        CliRun explain = CliRun.of("explain", "X-01", "--rules", EXAMPLE_PACK.toString());
        assertThat(explain.exit()).as(explain.err()).isEqualTo(Main.OK);
        assertThat(explain.out()).contains("x.reservesScrutinyPercent", "2024-09-01",
                EXAMPLE_PACK + "/reserves.drl:", EXAMPLE_PACK + "/parameters/reserves.json", EXAMPLE_PACK.resolve("fixtures/X-01.json").toString());
    }

    @Test
    void aReplacePackIsUsedInsteadOfTheBuiltinPack() throws URISyntaxException {
        CliRun r = CliRun.of("scan", "--rules", pack("replace-only").toString(), EXAMPLES.toString(), "--format", "ndjson");
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
        for (Assessment a : assessments(r)) {
            assertThat(a.rulePack().id()).isEqualTo("replace-only");
            assertThat(a.rulePack().sha256()).isEqualTo(RulePack.fromDirectory(pack("replace-only")).sha256());
            assertThat(ids(a)).isEmpty(); // X-91 needs more than 12 board meetings; no built-in rule runs
        }
    }

    // ---- broken packs -------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing-severity           | rules.drl:8: rule "X-91 many board meetings": missing metadata @severity
            syntax-error               | rules.drl:17: [ERR 101] Line 17:43 no viable alternative at input ','
            type-error                 | rules.drl:17: Unable to Analyse Expression chair.intValue()
            unknown-parameter          | rules.drl:16: unknown parameter "nope.x"
            unknown-parameter-metadata | rules.drl:8: rule "X-91 many board meetings": @parameters names unknown parameter "nope.y"
            duplicate-id               | rule id GOV-10 is defined by more than one pack: builtin (builtin/governance.drl:
            unknown-area               | rules.drl:8: rule "X-91 many board meetings": unknown @area "FINANCE" (one of NOTICES, RELATED_PARTY, REMUNERATION, GROWTH, AUTONOMY, GOVERNANCE, PROCUREMENT_AND_PROPRIETY)
            unknown-severity           | rules.drl:8: rule "X-91 many board meetings": unknown @severity "SEVERE" (one of CRITICAL, HIGH, MEDIUM, LOW, INFO)
            no-pack-json               | pack.json: missing (every pack needs one
            invalid-pack-json          | pack.json: not valid JSON:
            no-manifest                | pack.json: no "files" manifest (the sha256 of every .drl and .json file of the pack); write one with java -cp matrisk.jar org.matrisk.engine.pack.Manifest
            modified-file              | rules.drl: modified (expected sha256 662bb9b7d78229efd6425ef50b90546494e1bfa7ce8a61001ea24ed447f85cfe, actual
            """)
    void aBrokenPackIsRefusedWithItsMessage(String name, String message) throws URISyntaxException {
        Path dir = pack(name);
        CliRun r = CliRun.of("scan", "--rules", dir.toString(), EXAMPLES.toString(), "--format", "ndjson");
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("rule pack " + dir, "refused:").contains(message);
    }

    @Test
    void rulesAndExplainRefuseABrokenPackToo() throws URISyntaxException {
        Path dir = pack("missing-severity");
        String message = "missing-severity/rules.drl:8: rule \"X-91 many board meetings\": missing metadata @severity";
        CliRun rules = CliRun.of("rules", "--rules", dir.toString());
        assertThat(rules.exit()).isEqualTo(Main.USAGE);
        assertThat(rules.err()).contains(message);
        CliRun explain = CliRun.of("explain", "X-91", "--rules", dir.toString());
        assertThat(explain.exit()).isEqualTo(Main.USAGE);
        assertThat(explain.err()).contains(message);
    }

    @Test
    void aModifiedPackLoadsWithTheExplicitFlagAndItsActualHashIsStamped() throws URISyntaxException {
        Path dir = pack("modified-file");
        CliRun refused = CliRun.of("scan", "--rules", dir.toString(), EXAMPLES.toString(), "--format", "ndjson");
        assertThat(refused.err()).contains("rules.drl: modified", "--allow-modified-rules");

        CliRun r = CliRun.of("scan", "--rules", dir.toString(), "--allow-modified-rules", EXAMPLES.toString(), "--format", "ndjson");
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
        assertThat(r.err()).contains("warning", "rules.drl: modified (expected sha256 662bb9b7d78229efd6425ef50b90546494e1bfa7ce8a61001ea24ed447f85cfe, actual ");
        RulePack actual = RulePack.load(dir, true);
        for (Assessment a : assessments(r)) {
            assertThat(a.rulePack().id()).isEqualTo("builtin+modified-file");
            assertThat(a.rulePack().sha256()).isEqualTo(actual.sha256());
        }
        assertThat(actual.components().get(1).sha256()).isEqualTo(RulePack.fromDirectory(dir, true).sha256());
    }

    @Test
    void aPackCopiedWithANewFileIsRefusedNamingTheFile(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("cash-reserves");
        try (Stream<Path> walk = Files.walk(EXAMPLE_PACK)) {
            for (Path p : walk.toList()) {
                Path t = dir.resolve(EXAMPLE_PACK.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        Files.writeString(dir.resolve("parameters/extra.json"), "{}");
        CliRun r = CliRun.of("scan", "--rules", dir.toString(), EXAMPLES.toString(), "--format", "ndjson");
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("parameters/extra.json: not listed in pack.json \"files\" (actual sha256 44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a)");
    }

    @Test
    void everyResourcePackButTheTamperedOnesHasACurrentManifest() throws URISyntaxException {
        for (String name : List.of("missing-severity", "syntax-error", "type-error", "unknown-parameter", "unknown-parameter-metadata",
                "duplicate-id", "unknown-area", "unknown-severity", "replace-only"))
            assertThat(RulePack.checkManifest(pack(name))).as(name).isEmpty();
        assertThat(RulePack.checkManifest(EXAMPLE_PACK)).as("examples/packs/cash-reserves").isEmpty();
    }
}
