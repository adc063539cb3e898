package org.matrisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Rating;
import org.matrisk.engine.RiskEngine;
import org.matrisk.fixtures.Documents;
import org.matrisk.json.write.AssessmentGson;
import org.matrisk.model.Coverage;
import org.matrisk.model.Section;
import org.matrisk.model.TrustDocument;

/**
 * The command line's own outputs for version 2 assessments, built in Java (a v1 example with a version 2
 * {@link Coverage}) so that they need no v2 reader: {@code diff} of v1, v2 and mixed scans and of scans
 * written before {@code points} existed, {@code --format table}, and the ranked summary.
 */
class OutputV2Test {
    static final Path EXAMPLES = Path.of("../../examples");
    static final RiskEngine ENGINE = RiskEngine.builtin();

    @TempDir
    static Path tmp;
    static Assessment northgateV1, riversideV1, northgateV2, riversideV2;
    static Path v1Scan, v2Scan, mixedScan;

    static TrustDocument doc(String file) throws IOException {
        return Documents.parse(file, Files.readString(EXAMPLES.resolve(file)));
    }

    static TrustDocument v2(TrustDocument d, Coverage c) {
        return d.withCoverage("2", c);
    }

    static Coverage partial() {
        Map<Section, Coverage.Entry> m = new EnumMap<>(Section.class);
        m.put(Section.TRANSACTIONS, new Coverage.Entry(true, "ledger export", "2024-09-30"));
        m.put(Section.GOVERNANCE, new Coverage.Entry(false, "GIAS governance download", null));
        return new Coverage(2, m, Set.of(), Map.of(), Map.of());
    }

    static Coverage complete() {
        Map<Section, Coverage.Entry> m = new EnumMap<>(Section.class);
        for (Section s : Section.values()) m.put(s, new Coverage.Entry(true, null, null));
        return new Coverage(2, m, Set.of(), Map.of(), Map.of());
    }

    static Path ndjson(String name, Assessment... as) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Assessment a : as) b.append(AssessmentGson.toJson(a)).append('\n');
        Path p = tmp.resolve(name);
        Files.writeString(p, b.toString());
        return p;
    }

    @BeforeAll
    static void assessments() throws IOException {
        northgateV1 = ENGINE.assess(doc("northgate-risky.json"));
        riversideV1 = ENGINE.assess(doc("riverside-clean.json"));
        northgateV2 = ENGINE.assess(v2(doc("northgate-risky.json"), partial()));
        riversideV2 = ENGINE.assess(v2(doc("riverside-clean.json"), complete()));
        v1Scan = ndjson("v1.ndjson", northgateV1, riversideV1);
        v2Scan = ndjson("v2.ndjson", northgateV2, riversideV2);
        mixedScan = ndjson("mixed.ndjson", northgateV2, riversideV1);
    }

    @Test
    void theAssessmentsAreWhatTheTestsNeed() {
        assertThat(northgateV2.formatVersion()).isEqualTo("2");
        assertThat(northgateV2.decided().unknown()).isPositive();
        assertThat(riversideV2.partialSections()).isEmpty();
        assertThat(northgateV1.points()).isGreaterThan(100);
    }

    @Test
    void diffReadsVersionTwoScans() {
        CliRun same = CliRun.of("diff", v2Scan.toString(), v2Scan.toString());
        assertThat(same.exit()).as(same.err()).isEqualTo(Main.OK);
        assertThat(same.out()).contains("2 trusts in both scans: 0 changed");

        CliRun r = CliRun.of("diff", v2Scan.toString(), mixedScan.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonArray changed = o.getAsJsonArray("changed");
        assertThat(changed).hasSize(1);
        JsonObject riverside = changed.get(0).getAsJsonObject();
        assertThat(riverside.getAsJsonObject("trust").get("id").getAsString()).isEqualTo("10070001");
        assertThat(riverside.get("formatVersion")).isEqualTo(JsonParser.parseString("{\"old\": \"2\", \"new\": \"1\"}"));
        assertThat(riverside.getAsJsonObject("decided").get("new").isJsonNull()).isTrue();
        assertThat(riverside.getAsJsonObject("decided").getAsJsonObject("old").get("rules").getAsInt()).isEqualTo(riversideV2.decided().rules());
        // the seventh area is listed only in the old (version 2) assessment
        assertThat(riverside.getAsJsonArray("areas")).isEqualTo(JsonParser.parseString("""
                [ { "area": "PROCUREMENT_AND_PROPRIETY", "rating": { "old": "LOW", "new": null, "change": 0 },
                    "score": { "old": 0, "new": 0, "change": 0 }, "points": { "old": 0, "new": 0, "change": 0 } } ]"""));
        assertThat(riverside.getAsJsonArray("newFindings")).isEmpty();
    }

    @Test
    void diffOfAVersionOneScanWithAVersionTwoScanShowsTheFormatRatedOnAndTheSeventhArea() {
        CliRun r = CliRun.of("diff", v1Scan.toString(), mixedScan.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
        String[] blocks = r.out().split("\\R\\R");
        assertThat(blocks).hasSize(2);
        // the v2 reading (partial governance and the rest undeclared) changes findings too; the block starts with
        // the rating, the format and the rated-on line, and names the seventh area
        assertThat(blocks[1].lines().toList()).startsWith(
                "10070002 Northgate Academies Trust",
                "  rating " + (northgateV1.rating() == northgateV2.rating() ? northgateV2.rating() + " (unchanged)"
                        : northgateV1.rating() + " -> " + northgateV2.rating()) + ", score " + (northgateV1.score() == northgateV2.score()
                        ? northgateV2.score() + " (unchanged)" : northgateV1.score() + " -> " + northgateV2.score() + " (" + (northgateV2.score() - northgateV1.score()) + ")")
                        + ", points " + (northgateV1.points() == northgateV2.points() ? northgateV2.points() + " (unchanged)"
                        : northgateV1.points() + " -> " + northgateV2.points() + " (" + (northgateV2.points() - northgateV1.points()) + ")"),
                "  formatVersion 1 -> 2",
                "  version 1 (no rated-on count) -> rated on " + northgateV2.decided().rules() + " of " + northgateV2.decided().total() + " rules")
                .contains("  area PROCUREMENT_AND_PROPRIETY (not listed) -> LOW 0");
    }

    /** An NDJSON scan as written before catalogue v2: no points members. */
    static Path withoutPoints(String name, Path scan) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, Files.readString(scan).replaceAll(",\"points\":-?\\d+(?=[}])", ""));
        return p;
    }

    @Test
    void aScanWrittenBeforePointsGetsThePointsOfItsFindings() throws IOException {
        Path old = withoutPoints("old-v1.ndjson", v1Scan);
        assertThat(Files.readString(old)).doesNotContain("\"points\"");
        // compared with itself and with the same scan written with points: no change (points taken from the findings)
        CliRun self = CliRun.of("diff", old.toString(), old.toString());
        assertThat(self.out()).contains("2 trusts in both scans: 0 changed");
        CliRun withPoints = CliRun.of("diff", old.toString(), v1Scan.toString(), "--format", "json");
        assertThat(withPoints.exit()).as(withPoints.err()).isEqualTo(Main.OK);
        assertThat(JsonParser.parseString(withPoints.out()).getAsJsonObject().getAsJsonArray("changed")).isEmpty();
        // and against a scan without Riverside, the side shows Northgate's uncapped points
        Path one = ndjson("one.ndjson", riversideV1);
        CliRun side = CliRun.of("diff", old.toString(), one.toString(), "--format", "json");
        JsonObject ng = JsonParser.parseString(side.out()).getAsJsonObject().getAsJsonArray("onlyInOld").get(0).getAsJsonObject();
        assertThat(ng.get("points").getAsInt()).isEqualTo(northgateV1.points());
    }

    @Test
    void diffListsTrustsInOneScanByTheRankingOfTrusts() throws IOException {
        // same rating and score (CRITICAL, 100): more points first, whatever the ids
        Assessment fewer = rename(RankedSummaryTestSupport.withoutOneFinding(northgateV1, "RPT-04"), "A");
        Assessment more = rename(northgateV1, "Z");
        assertThat(fewer.score()).isEqualTo(more.score()).isEqualTo(100);
        assertThat(fewer.rating()).isEqualTo(Rating.CRITICAL).isEqualTo(more.rating());
        assertThat(fewer.points()).isLessThan(more.points());
        Path empty = ndjson("empty.ndjson");
        CliRun r = CliRun.of("diff", empty.toString(), ndjson("two.ndjson", fewer, more).toString(), "--format", "json");
        JsonArray onlyInNew = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("onlyInNew");
        assertThat(onlyInNew.asList().stream().map(e -> e.getAsJsonObject().getAsJsonObject("trust").get("id").getAsString()).toList())
                .containsExactly("Z", "A");
    }

    static Assessment rename(Assessment a, String id) {
        return new Assessment(a.formatVersion(), new Assessment.TrustRef(id, "Trust " + id), a.period(), a.asOf(), a.engine(), a.rulePack(),
                a.inputSha256(), a.rating(), a.score(), a.areas(), a.findings(), a.unknown(), a.passed(), a.points(), a.coverage(), a.decided());
    }

    static String table(Assessment a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWriter w = new TableWriter(out, 0);
        w.accept(a);
        w.close();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void tableShowsPointsAndForVersionTwoRatedOnAndThePartialSections() {
        String v1 = table(northgateV1);
        assertThat(v1.lines().findFirst().orElseThrow()).endsWith("rating CRITICAL (score 100, points " + northgateV1.points() + ")");
        assertThat(v1).doesNotContain("rated on").doesNotContain("PROCUREMENT_AND_PROPRIETY");
        String v2 = table(northgateV2);
        List<String> lines = v2.lines().toList();
        assertThat(lines.get(1)).isEqualTo("  rated on " + northgateV2.decided().rules() + " of " + northgateV2.decided().total()
                + " rules; partial sections: " + String.join(", ", northgateV2.partialSections()));
        assertThat(lines.get(2)).contains("PROCUREMENT_AND_PROPRIETY LOW(0)");
        assertThat(table(riversideV2).lines().toList().get(1)).endsWith("partial sections: none");
    }

    static String summary(List<Assessment> as) {
        RankedSummary s = new RankedSummary(10);
        as.forEach(s::accept);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.print(new PrintStream(out, true, StandardCharsets.UTF_8), as.size(), as.size());
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theRankedSummaryRanksByPointsAndShowsRatedOnAndPartialSections() {
        Assessment fewer = rename(RankedSummaryTestSupport.withoutOneFinding(northgateV1, "RPT-04"), "A");
        Assessment more = rename(northgateV1, "Z");
        String s = summary(List.of(fewer, riversideV1, more));
        List<String> riskiest = s.lines().dropWhile(l -> !l.startsWith("Riskiest")).skip(1).limit(3).toList();
        assertThat(riskiest.get(0)).startsWith("  1. Z ").contains(" " + more.points() + " pts");
        assertThat(riskiest.get(1)).startsWith("  2. A ").contains(" " + fewer.points() + " pts");
        assertThat(s).doesNotContain("PROCUREMENT_AND_PROPRIETY").doesNotContain("rated on").doesNotContain("Partial sections");

        String mixed = summary(List.of(northgateV2, riversideV1));
        assertThat(mixed).contains("PROCUREMENT_AND_PROPRIETY         0         0         0         1");
        assertThat(mixed).contains("Partial sections (of 1 version 2 trust):  finance 1  returns 1  governance 1");
        assertThat(mixed).doesNotContain("transactions 1");
        String first = mixed.lines().dropWhile(l -> !l.startsWith("Riskiest")).skip(1).findFirst().orElseThrow();
        assertThat(first).endsWith("[rated on " + northgateV2.decided().rules() + " of " + northgateV2.decided().total() + " rules; "
                + northgateV2.partialSections().size() + " partial sections]");
    }
}
