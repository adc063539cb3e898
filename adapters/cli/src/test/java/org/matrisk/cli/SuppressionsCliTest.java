package org.matrisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.Rating;
import org.matrisk.assessment.Severity;
import org.matrisk.assessment.Suppression;
import org.matrisk.engine.RiskEngine;
import org.matrisk.engine.suppress.Suppressions;
import org.matrisk.fixtures.Documents;
import org.matrisk.json.write.AssessmentGson;

/**
 * {@code matrisk scan --suppressions FILE} end to end on the Northgate example (asOf 2025-06-30).
 * suppress/northgate.json accepts PAY-05 (every finding; expires 2025-06-30, the asOf day), RPT-04 at
 * /transactions/1 (expires 2026-03-31), and RPT-04 at /transactions/9 (there is no such finding).
 */
class SuppressionsCliTest {
    static final Path NORTHGATE = Path.of("../../examples/northgate-risky.json");
    static final String NL = System.lineSeparator();

    static Path resource(String name) throws URISyntaxException {
        return Path.of(SuppressionsCliTest.class.getClassLoader().getResource(name).toURI());
    }

    static Assessment scanOne(CliRun r) {
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(1);
        return AssessmentGson.fromJson(lines.get(0));
    }

    static List<String> suppressed(Assessment a) {
        return a.findings().stream().filter(Finding::suppressed).map(f -> f.ruleId() + " " + f.firstPointer()).toList();
    }

    @Test
    void suppressedFindingsStayListedWithTheirJustificationAndEarnNoPoints() throws Exception {
        Path file = resource("suppress/northgate.json");
        Assessment plain = scanOne(CliRun.of("scan", NORTHGATE.toString(), "--format", "ndjson"));
        CliRun r = CliRun.of("scan", NORTHGATE.toString(), "--format", "ndjson", "--suppressions", file.toString());
        Assessment a = scanOne(r);

        assertThat(suppressed(a)).containsExactly("PAY-05 /specialPayments/0", "RPT-04 /transactions/1");
        assertThat(a.findings("PAY-05").get(0).suppression()).isEqualTo(new Suppression(
                "Severance approved by HM Treasury after payment; approval letter on file (ref. HMT-2024-118)",
                "J. Smith, Audit Manager", LocalDate.of(2025, 6, 30)));
        // same findings, same order; the area counts still include the suppressed ones
        assertThat(a.findings()).extracting(f -> f.ruleId() + " " + f.firstPointer())
                .containsExactlyElementsOf(plain.findings().stream().map(f -> f.ruleId() + " " + f.firstPointer()).toList());
        assertThat(a.areas()).extracting(x -> x.findings()).containsExactlyElementsOf(plain.areas().stream().map(x -> x.findings()).toList());
        // PAY-05 was REMUNERATION's only CRITICAL finding: CRITICAL 85 -> HIGH 45
        assertThat(plain.area(Area.REMUNERATION).rating()).isEqualTo(Rating.CRITICAL);
        assertThat(a.area(Area.REMUNERATION).rating()).isEqualTo(Rating.HIGH);
        assertThat(a.area(Area.REMUNERATION).score()).isEqualTo(plain.area(Area.REMUNERATION).score() - 40);
        assertThat(a.area(Area.RELATED_PARTY).score()).isEqualTo(plain.area(Area.RELATED_PARTY).score() - 5);
        // the trust: three or more areas still HIGH or worse, so CRITICAL, and the score still at the cap
        assertThat(a.rating()).isEqualTo(Rating.CRITICAL);
        assertThat(a.score()).isEqualTo(100);
        assertThat(a.worstSeverity()).isEqualTo(Severity.HIGH);

        assertThat(r.err()).contains("matrisk: " + file + ": /suppressions/2: unmatched: no finding RPT-04 at /transactions/9 for trust 10070002" + NL);
        assertThat(r.err()).doesNotContain("expired");
    }

    @Test
    void theScanAppliesWhatTheApiApplies() throws Exception {
        Path file = resource("suppress/northgate.json");
        Assessment viaCli = scanOne(CliRun.of("scan", NORTHGATE.toString(), "--format", "ndjson", "--suppressions", file.toString()));
        Assessment direct = RiskEngine.builtin().assess(Documents.parse("northgate-risky.json", Files.readString(NORTHGATE)));
        Assessment viaApi = Suppressions.load(file).apply(direct);
        assertThat(AssessmentGson.toJson(viaCli)).isEqualTo(AssessmentGson.toJson(viaApi));
    }

    @Test
    void jsonWritesTheSuppressionObjectAndNullForTheOthers() throws Exception {
        CliRun r = CliRun.of("scan", NORTHGATE.toString(), "--format", "json", "--suppressions", resource("suppress/northgate.json").toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
        JsonObject a = JsonParser.parseString(r.out()).getAsJsonArray().get(0).getAsJsonObject();
        JsonObject pay05 = a.getAsJsonArray("findings").get(0).getAsJsonObject();
        assertThat(pay05.get("ruleId").getAsString()).isEqualTo("PAY-05");
        assertThat(pay05.get("suppression")).isEqualTo(JsonParser.parseString("""
                { "justification": "Severance approved by HM Treasury after payment; approval letter on file (ref. HMT-2024-118)",
                  "by": "J. Smith, Audit Manager", "expires": "2025-06-30" }"""));
        assertThat(a.getAsJsonArray("findings").get(1).getAsJsonObject().get("suppression").isJsonNull()).isTrue();
    }

    @Test
    void anEntryExpiringOnTheAsOfDayAppliesAndNotTheDayAfter() throws Exception {
        Path file = resource("suppress/northgate.json");
        Assessment onTheDay = scanOne(CliRun.of("scan", NORTHGATE.toString(), "--format", "ndjson", "--suppressions", file.toString(),
                "--as-of", "2025-06-30"));
        assertThat(onTheDay.findings("PAY-05")).allMatch(Finding::suppressed);

        CliRun after = CliRun.of("scan", NORTHGATE.toString(), "--format", "ndjson", "--suppressions", file.toString(), "--as-of", "2025-07-01");
        Assessment dayAfter = scanOne(after);
        assertThat(dayAfter.findings("PAY-05")).isNotEmpty().noneMatch(Finding::suppressed);
        assertThat(dayAfter.area(Area.REMUNERATION).rating()).isEqualTo(Rating.CRITICAL);
        assertThat(after.err()).contains("matrisk: " + file + ": /suppressions/0: PAY-05 for trust 10070002 expired on 2025-06-30, "
                + "before the assessment's asOf 2025-07-01; the finding counts" + NL);
        // the expired entry matched, so it is not also "unmatched"
        assertThat(after.err()).doesNotContain("/suppressions/0: unmatched");
    }

    @Test
    void failOnIgnoresSuppressedFindings() throws Exception {
        String file = resource("suppress/northgate.json").toString();
        assertThat(CliRun.of("scan", NORTHGATE.toString(), "--format", "ndjson", "--fail-on", "CRITICAL").exit()).isEqualTo(Main.FINDINGS);
        assertThat(CliRun.of("scan", NORTHGATE.toString(), "--format", "ndjson", "--fail-on", "CRITICAL", "--suppressions", file).exit())
                .isEqualTo(Main.OK);
        assertThat(CliRun.of("scan", NORTHGATE.toString(), "--format", "ndjson", "--fail-on", "HIGH", "--suppressions", file).exit())
                .isEqualTo(Main.FINDINGS);
    }

    @Test
    void ignoreSuppressionsCountsEveryFinding() throws Exception {
        CliRun plain = CliRun.of("scan", NORTHGATE.toString(), "--format", "ndjson");
        CliRun ignored = CliRun.of("scan", NORTHGATE.toString(), "--format", "ndjson",
                "--suppressions", resource("suppress/northgate.json").toString(), "--ignore-suppressions");
        assertThat(ignored.exit()).as(ignored.err()).isEqualTo(Main.OK);
        assertThat(ignored.out()).isEqualTo(plain.out());
        assertThat(scanOne(ignored).findings()).noneMatch(Finding::suppressed);
        assertThat(ignored.err()).doesNotContain("unmatched").doesNotContain("expired");
        assertThat(CliRun.of("scan", NORTHGATE.toString(), "--format", "ndjson", "--fail-on", "CRITICAL",
                "--suppressions", resource("suppress/northgate.json").toString(), "--ignore-suppressions").exit()).isEqualTo(Main.FINDINGS);
    }

    @Test
    void anInvalidFileIsAUsageErrorNamingTheFileTheEntryAndTheField(@TempDir Path tmp) throws Exception {
        Path file = resource("suppress/invalid.json");
        Path out = tmp.resolve("out.ndjson");
        CliRun r = CliRun.of("scan", NORTHGATE.toString(), "--format", "ndjson", "--suppressions", file.toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err().lines()).containsExactly(
                "matrisk: " + file + ": /suppressions/1/justification: required",
                "matrisk: " + file + ": /suppressions/2/expires: not a date (YYYY-MM-DD): \"31/03/2026\"");
        assertThat(r.out()).isEmpty();
        assertThat(out).doesNotExist();

        CliRun missing = CliRun.of("scan", NORTHGATE.toString(), "--suppressions", tmp.resolve("none.json").toString());
        assertThat(missing.exit()).isEqualTo(Main.USAGE);
        assertThat(missing.err()).contains(tmp.resolve("none.json") + ": cannot read: no such file");
    }

    @Test
    void aDiffShowsAFindingThatWasSuppressedAsSuchNotAsResolved(@TempDir Path tmp) throws Exception {
        Path before = tmp.resolve("before.ndjson"), after = tmp.resolve("after.ndjson");
        assertThat(CliRun.of("scan", NORTHGATE.toString(), "--format", "ndjson", "--out", before.toString()).exit()).isEqualTo(Main.OK);
        assertThat(CliRun.of("scan", NORTHGATE.toString(), "--format", "ndjson", "--out", after.toString(),
                "--suppressions", resource("suppress/northgate.json").toString()).exit()).isEqualTo(Main.OK);
        CliRun r = CliRun.of("diff", before.toString(), after.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("findings: 0 new, 0 resolved")
                .contains("  area REMUNERATION  CRITICAL 85 -> HIGH 45 (-40)")
                .containsPattern("  suppressed   PAY-05  CRITICAL /specialPayments/0  .*")
                .containsPattern("  suppressed   RPT-04  MEDIUM   /transactions/1  .*");
    }
}
