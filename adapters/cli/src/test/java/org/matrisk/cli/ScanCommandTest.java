package org.matrisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matrisk.assessment.Assessment;
import org.matrisk.json.write.AssessmentGson;

class ScanCommandTest {
    static final Path EXAMPLES = Path.of("../../examples");

    static Path resource(String name) throws URISyntaxException {
        return Path.of(ScanCommandTest.class.getClassLoader().getResource(name).toURI());
    }

    @Test
    void scansTheExamplesDirectoryToNdjsonInInputOrder() {
        CliRun r = CliRun.of("scan", EXAMPLES.toString(), "--format", "ndjson");
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        Assessment first = AssessmentGson.fromJson(lines.get(0));
        Assessment second = AssessmentGson.fromJson(lines.get(1));
        // files are read in name order: northgate-risky.json, riverside-clean.json
        assertThat(first.trust().id()).isEqualTo("10070002");
        assertThat(second.trust().id()).isEqualTo("10070001");
        assertThat(first.formatVersion()).isEqualTo("1");
        assertThat(first.areas()).hasSize(6);
        assertThat(first.inputSha256()).hasSize(64);
        assertThat(first.rulePack().sha256()).hasSize(64);
        assertThat(first.findings()).isNotEmpty();
        assertThat(r.err()).contains("2 documents read: 2 assessed, 0 rejected");
    }

    @Test
    void upgradeV1ReadsVersionOneDocumentsAsVersionTwo() {
        CliRun r = CliRun.of("scan", EXAMPLES.toString(), "--format", "ndjson", "--upgrade-v1");
        assertThat(r.exit()).as(r.err()).isIn(Main.OK, Main.FINDINGS);
        assertThat(r.out().lines().toList()).hasSize(2);
        assertThat(r.err()).contains("2 documents read: 2 assessed, 0 rejected");
    }

    @Test
    void sameInputGivesByteIdenticalOutput() {
        CliRun a = CliRun.of("scan", EXAMPLES.toString(), "--format", "ndjson");
        CliRun b = CliRun.of("scan", EXAMPLES.toString(), "--format", "ndjson");
        assertThat(a.out()).isEqualTo(b.out());
    }

    @Test
    void jsonFormatIsAnArrayWithIsoDatesAndNullSuppressions() {
        CliRun r = CliRun.of("scan", EXAMPLES.resolve("northgate-risky.json").toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
        var array = JsonParser.parseString(r.out()).getAsJsonArray();
        assertThat(array.size()).isEqualTo(1);
        JsonObject a = array.get(0).getAsJsonObject();
        assertThat(a.get("asOf").getAsString()).isEqualTo("2025-06-30");
        assertThat(a.getAsJsonObject("period").get("start").getAsString()).isEqualTo("2023-09-01");
        JsonObject finding = a.getAsJsonArray("findings").get(0).getAsJsonObject();
        assertThat(finding.has("suppression")).isTrue();
        assertThat(finding.get("suppression").isJsonNull()).isTrue();
        assertThat(List.copyOf(a.keySet())).containsExactly("formatVersion", "trust", "period", "asOf", "engine", "rulePack",
                "inputSha256", "rating", "score", "areas", "findings", "unknown", "passed", "points");
    }

    @Test
    void aMixedBatchAssessesTheGoodRejectsTheBadAndTheCountsReconcile(@TempDir Path tmp) throws Exception {
        Path rejects = tmp.resolve("rejects.ndjson");
        CliRun r = CliRun.of("scan", resource("batch/mixed.ndjson").toString(), "--format", "ndjson", "--rejects", rejects.toString());
        List<String[]> expected = Files.readAllLines(resource("batch/mixed.expected.tsv")).stream().map(l -> l.split("\t", -1)).toList();
        long good = expected.stream().filter(e -> e[1].equals("GOOD")).count();
        long bad = expected.size() - good;
        assertThat(bad).isGreaterThanOrEqualTo(15);
        assertThat(r.exit()).isEqualTo(Main.REJECTED);
        assertThat(r.out().lines()).hasSize((int) good);
        assertThat(r.err()).contains(expected.size() + " documents read: " + good + " assessed, " + bad + " rejected");

        List<JsonObject> rejected = Files.readAllLines(rejects, StandardCharsets.UTF_8).stream().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
        assertThat(rejected).hasSize((int) bad);
        int i = 0;
        for (String[] e : expected) {
            if (e[1].equals("GOOD")) continue;
            JsonObject rej = rejected.get(i++);
            assertThat(rej.get("position").getAsLong()).as(e[1]).isEqualTo(Long.parseLong(e[0]));
            assertThat(rej.get("line").getAsLong()).as(e[1]).isEqualTo(Long.parseLong(e[0]) + 1);
            List<String> pointers = rej.getAsJsonArray("problems").asList().stream().map(p -> p.getAsJsonObject().get("pointer").getAsString()).toList();
            if (!e[2].isEmpty()) assertThat(pointers).as(e[1] + " " + rej).contains(e[2]);
            assertThat(r.err()).as("one stderr line naming file, position and pointer").contains("mixed.ndjson document #" + (Integer.parseInt(e[0]) + 1));
        }
    }

    @Test
    void parallelAndSequentialScansGiveIdenticalOutputAndRejections() throws Exception {
        String batch = resource("batch/mixed.ndjson").toString();
        CliRun one = CliRun.of("scan", batch, EXAMPLES.toString(), "--format", "ndjson", "--threads", "1");
        CliRun four = CliRun.of("scan", batch, EXAMPLES.toString(), "--format", "ndjson", "--threads", "4");
        assertThat(one.out()).isNotEmpty().isEqualTo(four.out());
        assertThat(one.err()).isEqualTo(four.err());
        assertThat(one.exit()).isEqualTo(four.exit()).isEqualTo(Main.REJECTED);
    }

    @Test
    void readsStdin() throws IOException {
        String doc = Files.readString(EXAMPLES.resolve("riverside-clean.json"));
        CliRun r = CliRun.withStdin(doc, "scan", "-", "--format", "ndjson");
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
        assertThat(r.out().lines()).hasSize(1);
    }

    @Test
    void unreadableInputIsAUsageError() {
        CliRun r = CliRun.of("scan", "no/such/file.json");
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("no/such/file.json");
    }

    @Test
    void failOnGivesExitOneWhenAFindingReachesTheSeverity() {
        assertThat(CliRun.of("scan", EXAMPLES.resolve("northgate-risky.json").toString(), "--format", "ndjson", "--fail-on", "HIGH").exit())
                .isEqualTo(Main.FINDINGS);
        assertThat(CliRun.of("scan", EXAMPLES.resolve("riverside-clean.json").toString(), "--format", "ndjson", "--fail-on", "LOW").exit())
                .isEqualTo(Main.OK);
    }

    @Test
    void asOfOverridesTheDocuments() {
        CliRun r = CliRun.of("scan", EXAMPLES.resolve("riverside-clean.json").toString(), "--format", "ndjson", "--as-of", "2024-12-31");
        assertThat(AssessmentGson.fromJson(r.out().strip()).asOf()).hasToString("2024-12-31");
    }

    @Test
    void rulesListsTheCatalogueFromMetadata() {
        CliRun r = CliRun.of("rules", "--format", "json");
        assertThat(r.exit()).isEqualTo(Main.OK);
        var rules = JsonParser.parseString(r.out()).getAsJsonArray();
        assertThat(rules.size()).isGreaterThanOrEqualTo(4);
        JsonObject gov01 = rules.asList().stream().map(e -> e.getAsJsonObject()).filter(o -> o.get("id").getAsString().equals("GOV-01")).findFirst().orElseThrow();
        assertThat(gov01.get("area").getAsString()).isEqualTo("GOVERNANCE");
        assertThat(gov01.getAsJsonObject("reference").get("paragraph").getAsString()).isEqualTo("1.3");
        assertThat(CliRun.of("rules").out()).contains("GOV-01").contains("sha256");
    }

    @Test
    void explainShowsConditionParametersBySourceAndAnExample() {
        CliRun r = CliRun.of("explain", "GOV-18");
        assertThat(r.exit()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("condition").contains("returns.deadline.audited_accounts").contains("source:").contains("example");
        assertThat(CliRun.of("explain", "XYZ-99").exit()).isEqualTo(Main.USAGE);
    }

    @Test
    void explainSaysWhereTheRuleItsParametersAndItsFixturesLive() throws Exception {
        String out = CliRun.of("explain", "RPT-02").out();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("rule +(\\S+\\.drl):(\\d+)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        java.nio.file.Path root = java.nio.file.Path.of("../..");
        java.util.List<String> drl = java.nio.file.Files.readAllLines(root.resolve(m.group(1)));
        assertThat(drl.get(Integer.parseInt(m.group(2)) - 1)).as("the line named").startsWith("rule \"RPT-02");
        assertThat(out).contains("rules/src/main/resources/org/matrisk/rules/builtin/parameters/related_party.json",
                "test-fixtures/src/main/resources/fixtures/rules/RPT-02.json");
        assertThat(root.resolve("test-fixtures/src/main/resources/fixtures/rules/RPT-02.json")).isRegularFile();
    }

    /** A document the engine fails on is rejected, named and counted; the rest of the batch is assessed. */
    @Test
    void aDocumentTheEngineFailsOnIsRejectedAndTheBatchGoesOn() throws Exception {
        java.nio.file.Path pack = java.nio.file.Path.of(getClass().getClassLoader().getResource("packs/engine-failure/rules.drl").toURI()).getParent();
        for (String threads : new String[] {"1", "2"}) {
            CliRun r = CliRun.of("scan", "--rules", pack.toString(), "--threads", threads, EXAMPLES.toString(), "--format", "ndjson");
            org.assertj.core.api.Assertions.assertThat(r.exit()).as(r.err()).isEqualTo(Main.REJECTED);
            org.assertj.core.api.Assertions.assertThat(r.out().lines().count()).isEqualTo(1);
            org.assertj.core.api.Assertions.assertThat(r.out()).contains("\"10070001\"").doesNotContain("\"10070002\"");
            org.assertj.core.api.Assertions.assertThat(r.err())
                    .contains("northgate-risky.json document #1 (line 1): (document): the engine failed on this document")
                    .contains("2 documents read: 1 assessed, 1 rejected")
                    .doesNotContain("Northgate Academies Trust");
        }
    }
}
