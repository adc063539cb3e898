package org.matrisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code matrisk diff} on two real scans of the example documents: the new scan has Northgate without
 * its second transaction (/transactions/1) and with {@code registerOfInterestsPublished: false}, and
 * Riverside with {@code registerOfInterestsPublished: false} and two board meetings.
 */
class DiffCommandTest {
    static final Path EXAMPLES = Path.of("../../examples");

    @TempDir
    static Path tmp;
    static Path oldScan, newScan, northgateOnly;

    static Path modified(Path dir, String name, Consumer<JsonObject> change) throws IOException {
        JsonObject doc = JsonParser.parseString(Files.readString(EXAMPLES.resolve(name))).getAsJsonObject();
        change.accept(doc);
        Files.createDirectories(dir);
        Path p = dir.resolve(name);
        Files.writeString(p, new GsonBuilder().setPrettyPrinting().create().toJson(doc));
        return p;
    }

    static Path scan(String out, String... inputs) {
        Path p = tmp.resolve(out);
        String[] args = new String[inputs.length + 5];
        args[0] = "scan";
        System.arraycopy(inputs, 0, args, 1, inputs.length);
        args[inputs.length + 1] = "--format";
        args[inputs.length + 2] = "ndjson";
        args[inputs.length + 3] = "--out";
        args[inputs.length + 4] = p.toString();
        CliRun r = CliRun.of(args);
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
        return p;
    }

    @BeforeAll
    static void scans() throws IOException {
        Path next = tmp.resolve("next");
        modified(next, "northgate-risky.json", d -> {
            d.getAsJsonObject("governance").addProperty("registerOfInterestsPublished", false);
            d.getAsJsonArray("transactions").remove(1);
        });
        modified(next, "riverside-clean.json", d -> {
            d.getAsJsonObject("governance").addProperty("registerOfInterestsPublished", false);
            d.getAsJsonObject("governance").addProperty("boardMeetings", 2);
        });
        oldScan = scan("old.ndjson", EXAMPLES.toString());
        newScan = scan("new.ndjson", next.toString());
        northgateOnly = scan("northgate.ndjson", EXAMPLES.resolve("northgate-risky.json").toString());
    }

    static final Pattern FINDING_LINE = Pattern.compile("^  (new|resolved|suppressed|unsuppressed) +(\\S+) +(\\S+) +(\\S+)  .*$");

    /** The finding lines of one trust's block, as "kind ruleId pointer". */
    static List<String> findingLines(String block) {
        return block.lines().map(FINDING_LINE::matcher).filter(Matcher::matches)
                .map(m -> m.group(1) + " " + m.group(2) + " " + m.group(4)).toList();
    }

    @Test
    void textGivesTheSummaryThenEachChangedTrustWorstChangeFirst() {
        CliRun r = CliRun.of("diff", oldScan.toString(), newScan.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
        assertThat(r.err()).isEmpty();
        String[] blocks = r.out().split("\\R\\R");
        assertThat(blocks).hasSize(3);
        assertThat(blocks[0].lines()).containsExactly(
                "OLD " + oldScan + ": 2 assessments; NEW " + newScan + ": 2 assessments",
                "2 trusts in both scans: 2 changed (1 rated worse, 0 rated better), 0 unchanged, 0 assessed for another period",
                "0 only in OLD, 0 only in NEW; findings: 3 new, 4 resolved");

        // Riverside got worse: first
        assertThat(blocks[1].lines().limit(4)).containsExactly(
                "10070001 Riverside Learning Trust",
                "  rating LOW -> HIGH (worse), score 0 -> 16 (+16), points 0 -> 16 (+16)",
                "  area RELATED_PARTY LOW 0 -> LOW 1 (+1)",
                "  area GOVERNANCE    LOW 0 -> HIGH 15 (+15)");
        assertThat(findingLines(blocks[1])).containsExactly(
                "new GOV-10 /governance/boardMeetings",
                "new RPT-07 /governance/registerOfInterestsPublished");

        // Northgate improved under the score cap: last
        assertThat(blocks[2].lines().limit(4)).containsExactly(
                "10070002 Northgate Academies Trust",
                "  rating CRITICAL (unchanged), score 100 (unchanged), points 281 -> 232 (-49)",
                "  area RELATED_PARTY HIGH 70 -> HIGH 36 (-34)",
                "  area AUTONOMY      HIGH 30 -> HIGH 15 (-15)");
        assertThat(findingLines(blocks[2])).containsExactly(
                "new RPT-07 /governance/registerOfInterestsPublished",
                "resolved AUT-07 /transactions/1",
                "resolved RPT-01 /transactions/1",
                "resolved RPT-05 /transactions/1",
                "resolved RPT-04 /transactions/1");
        assertThat(blocks[2]).contains("  resolved     RPT-04  MEDIUM   /transactions/1  ");
    }

    static List<String> findings(JsonObject trust, String list) {
        return trust.getAsJsonArray(list).asList().stream().map(e -> e.getAsJsonObject())
                .map(f -> f.get("ruleId").getAsString() + " " + f.get("pointer").getAsString()).toList();
    }

    @Test
    void jsonGivesTheSameForTools() {
        CliRun r = CliRun.of("diff", oldScan.toString(), newScan.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(List.copyOf(o.keySet())).containsExactly("formatVersion", "old", "new", "summary", "changed", "onlyInOld", "onlyInNew", "notes");
        assertThat(o.getAsJsonObject("old").get("file").getAsString()).isEqualTo(oldScan.toString());
        assertThat(o.getAsJsonObject("new").get("assessments").getAsInt()).isEqualTo(2);
        assertThat(o.getAsJsonObject("summary")).isEqualTo(JsonParser.parseString("""
                { "compared": 2, "changed": 2, "unchanged": 0, "worse": 1, "better": 0, "periodChanged": 0,
                  "onlyInOld": 0, "onlyInNew": 0, "newFindings": 3, "resolvedFindings": 4 }"""));

        JsonArray changed = o.getAsJsonArray("changed");
        assertThat(changed).hasSize(2);
        JsonObject riverside = changed.get(0).getAsJsonObject();
        assertThat(riverside.getAsJsonObject("trust").get("id").getAsString()).isEqualTo("10070001");
        assertThat(riverside.get("rating")).isEqualTo(JsonParser.parseString("{\"old\": \"LOW\", \"new\": \"HIGH\", \"change\": 2}"));
        assertThat(riverside.get("score")).isEqualTo(JsonParser.parseString("{\"old\": 0, \"new\": 16, \"change\": 16}"));
        assertThat(riverside.get("periodChanged").getAsBoolean()).isFalse();
        assertThat(riverside.getAsJsonObject("newPeriod")).isEqualTo(JsonParser.parseString("{\"start\": \"2023-09-01\", \"end\": \"2024-08-31\"}"));
        assertThat(findings(riverside, "newFindings")).containsExactly("GOV-10 /governance/boardMeetings", "RPT-07 /governance/registerOfInterestsPublished");
        assertThat(findings(riverside, "resolvedFindings")).isEmpty();
        JsonObject gov10 = riverside.getAsJsonArray("newFindings").get(0).getAsJsonObject();
        assertThat(List.copyOf(gov10.keySet())).containsExactly("ruleId", "pointer", "area", "severity", "title", "suppressed");
        assertThat(gov10.get("severity").getAsString()).isEqualTo("HIGH");
        assertThat(gov10.get("area").getAsString()).isEqualTo("GOVERNANCE");
        assertThat(gov10.get("suppressed").getAsBoolean()).isFalse();

        JsonObject northgate = changed.get(1).getAsJsonObject();
        assertThat(northgate.getAsJsonObject("trust").get("id").getAsString()).isEqualTo("10070002");
        assertThat(northgate.get("rating")).isEqualTo(JsonParser.parseString("{\"old\": \"CRITICAL\", \"new\": \"CRITICAL\", \"change\": 0}"));
        assertThat(northgate.get("score")).isEqualTo(JsonParser.parseString("{\"old\": 100, \"new\": 100, \"change\": 0}"));
        assertThat(findings(northgate, "newFindings")).containsExactly("RPT-07 /governance/registerOfInterestsPublished");
        assertThat(findings(northgate, "resolvedFindings")).containsExactly(
                "AUT-07 /transactions/1", "RPT-01 /transactions/1", "RPT-05 /transactions/1", "RPT-04 /transactions/1");
        assertThat(northgate.getAsJsonArray("areas")).isEqualTo(JsonParser.parseString("""
                [ { "area": "RELATED_PARTY", "rating": { "old": "HIGH", "new": "HIGH", "change": 0 }, "score": { "old": 70, "new": 36, "change": -34 },
                    "points": { "old": 70, "new": 36, "change": -34 } },
                  { "area": "AUTONOMY", "rating": { "old": "HIGH", "new": "HIGH", "change": 0 }, "score": { "old": 30, "new": 15, "change": -15 },
                    "points": { "old": 30, "new": 15, "change": -15 } } ]"""));
        // the trust's points are not capped: the change the score hides
        assertThat(northgate.get("points")).isEqualTo(JsonParser.parseString("{\"old\": 281, \"new\": 232, \"change\": -49}"));
        assertThat(northgate.get("formatVersion")).isEqualTo(JsonParser.parseString("{\"old\": \"1\", \"new\": \"1\"}"));
        assertThat(northgate.get("decided")).isEqualTo(JsonParser.parseString("{\"old\": null, \"new\": null}"));
        assertThat(List.copyOf(northgate.keySet())).containsExactly("trust", "oldPeriod", "newPeriod", "periodChanged", "rating", "score", "areas",
                "newFindings", "resolvedFindings", "nowSuppressed", "noLongerSuppressed", "points", "formatVersion", "decided");
        assertThat(northgate.getAsJsonArray("nowSuppressed")).isEmpty();
        assertThat(northgate.getAsJsonArray("noLongerSuppressed")).isEmpty();
        assertThat(o.getAsJsonArray("onlyInOld")).isEmpty();
        assertThat(o.getAsJsonArray("onlyInNew")).isEmpty();
        assertThat(o.getAsJsonArray("notes")).isEmpty();
    }

    @Test
    void aScanComparedWithItselfHasNoChange() {
        CliRun r = CliRun.of("diff", oldScan.toString(), oldScan.toString());
        assertThat(r.exit()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("2 trusts in both scans: 0 changed (0 rated worse, 0 rated better), 2 unchanged, 0 assessed for another period");
        assertThat(r.out().lines()).hasSize(3);
        CliRun j = CliRun.of("diff", oldScan.toString(), oldScan.toString(), "--format", "json");
        assertThat(JsonParser.parseString(j.out()).getAsJsonObject().getAsJsonArray("changed")).isEmpty();
    }

    @Test
    void trustsInOnlyOneScanAreListed() {
        CliRun r = CliRun.of("diff", oldScan.toString(), northgateOnly.toString());
        assertThat(r.exit()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("0 only in NEW").contains("1 only in OLD")
                .contains("Only in OLD (1):" + System.lineSeparator() + "  10070001 Riverside Learning Trust: LOW, score 0, points 0, 0 findings, 2023-09-01..2024-08-31")
                .doesNotContain("Only in NEW");
        CliRun back = CliRun.of("diff", northgateOnly.toString(), oldScan.toString(), "--format", "json");
        JsonObject o = JsonParser.parseString(back.out()).getAsJsonObject();
        assertThat(o.getAsJsonArray("onlyInNew")).isEqualTo(JsonParser.parseString("""
                [ { "trust": { "id": "10070001", "name": "Riverside Learning Trust" }, "period": { "start": "2023-09-01", "end": "2024-08-31" },
                    "rating": "LOW", "score": 0, "findings": 0, "points": 0, "formatVersion": "1", "decided": null } ]"""));
        assertThat(o.getAsJsonObject("summary").get("compared").getAsInt()).isEqualTo(1);
    }

    @Test
    void readsTheNewScanFromStdin() throws IOException {
        CliRun r = CliRun.withStdin(Files.readString(newScan), "diff", oldScan.toString(), "-", "--format", "json");
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
        assertThat(JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonObject("summary").get("newFindings").getAsInt()).isEqualTo(3);
    }

    @Test
    void unreadableInputExitsTwoNamingTheFileAndLine() throws IOException {
        CliRun missing = CliRun.of("diff", "no/such.ndjson", newScan.toString());
        assertThat(missing.exit()).isEqualTo(Main.USAGE);
        assertThat(missing.err()).isEqualTo("matrisk: cannot read no/such.ndjson: no such file" + System.lineSeparator());
        assertThat(missing.out()).isEmpty();

        Path garbage = tmp.resolve("garbage.ndjson");
        Files.writeString(garbage, Files.readString(oldScan).lines().findFirst().orElseThrow() + "\n{\"formatVersion\": \"1\", \"trust\": \n");
        CliRun bad = CliRun.of("diff", oldScan.toString(), garbage.toString());
        assertThat(bad.exit()).isEqualTo(Main.USAGE);
        assertThat(bad.err()).startsWith("matrisk: cannot read " + garbage + ": line 2: not an assessment: ");

        Path array = tmp.resolve("array.json");
        CliRun json = CliRun.of("scan", EXAMPLES.toString(), "--format", "json", "--out", array.toString());
        assertThat(json.exit()).isEqualTo(Main.OK);
        CliRun arr = CliRun.of("diff", array.toString(), newScan.toString());
        assertThat(arr.exit()).isEqualTo(Main.USAGE);
        assertThat(arr.err()).contains("cannot read " + array + ": line 1: a JSON array: diff reads NDJSON");

        Path other = tmp.resolve("v3.ndjson");
        Files.writeString(other, Files.readString(oldScan).replace("\"formatVersion\":\"1\"", "\"formatVersion\":\"3\""));
        CliRun version = CliRun.of("diff", other.toString(), newScan.toString());
        assertThat(version.exit()).isEqualTo(Main.USAGE);
        assertThat(version.err()).contains("cannot read " + other + ": line 1: formatVersion \"3\": this matrisk reads versions 1 and 2");

        assertThat(CliRun.of("diff", "-", "-").exit()).isEqualTo(Main.USAGE);
        assertThat(CliRun.of("diff", oldScan.toString()).exit()).isEqualTo(Main.USAGE);
    }
}
