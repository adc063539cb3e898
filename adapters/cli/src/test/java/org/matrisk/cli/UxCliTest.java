package org.matrisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matrisk.assessment.Assessment;
import org.matrisk.json.write.AssessmentGson;

/** Issue 16: what a newcomer meets in the first five minutes (items 1, 4, 5, 6 and 7 as the command line shows them). */
class UxCliTest {
    static final Path NORTHGATE = ScanCommandTest.EXAMPLES.resolve("northgate-risky.json");
    static final Path RIVERSIDE = ScanCommandTest.EXAMPLES.resolve("riverside-clean.json");

    static String northgate() throws Exception {
        return Files.readString(NORTHGATE);
    }

    // ------------------------------------------------------------------ 1. CSV

    @Test
    void csvHasAByteOrderMarkUnlessAskedNot(@TempDir Path tmp) throws Exception {
        Path with = tmp.resolve("with.csv"), without = tmp.resolve("without.csv");
        assertThat(CliRun.of("scan", RIVERSIDE.toString(), "--format", "csv", "--out", with.toString()).exit()).isEqualTo(Main.OK);
        assertThat(CliRun.of("scan", RIVERSIDE.toString(), "--format", "csv", "--csv-bom=false", "--out", without.toString()).exit()).isEqualTo(Main.OK);
        byte[] a = Files.readAllBytes(with), b = Files.readAllBytes(without);
        assertThat(java.util.Arrays.copyOf(a, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(b, StandardCharsets.UTF_8)).startsWith("trustId,");
        assertThat(a.length).isEqualTo(b.length + 3);
    }

    // ------------------------------------------------------------------ 4. ranking summary

    @Test
    void theSummaryCountsFindingsAndTrustsAndIsNotPrintedWhenNotOnATerminal() {
        CliRun quiet = CliRun.of("scan", ScanCommandTest.EXAMPLES.toString(), "--format", "ndjson");
        assertThat(quiet.err()).doesNotContain("Scan summary").contains("2 documents read");
        CliRun asked = CliRun.of("scan", ScanCommandTest.EXAMPLES.toString(), NORTHGATE.toString(), "--format", "ndjson", "--summary");
        String line = asked.err().lines().filter(l -> l.startsWith("Most frequent findings")).findFirst().orElseThrow();
        // Northgate read twice: each of its rules counts its findings, and 2 trusts
        assertThat(line).startsWith("Most frequent findings, findings (trusts):").containsPattern("[A-Z]{3}-\\d\\d \\d+ \\(2\\)");
    }

    // ------------------------------------------------------------------ 5. no silent surprises

    @Test
    void anUnknownFieldIsAWarningNamingItsPointerWithDidYouMeanAndStrictRejectsIt(@TempDir Path tmp) throws Exception {
        Path doc = tmp.resolve("misspelt.json");
        Files.writeString(doc, northgate().replaceFirst("\"boardMeetings\"", "\"boardMeeting\": 6, \"boardMeetings\""));
        CliRun r = CliRun.of("scan", doc.toString(), "--format", "ndjson");
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
        assertThat(r.out().lines()).hasSize(1);
        assertThat(r.err()).contains("matrisk: warning: " + doc + " document #1 (line ")
                .contains("/governance/boardMeeting: unknown field \"boardMeeting\"; did you mean \"boardMeetings\"?");
        CliRun strict = CliRun.of("scan", doc.toString(), "--format", "ndjson", "--strict");
        assertThat(strict.exit()).isEqualTo(Main.REJECTED);
        assertThat(strict.out()).isEmpty();
        assertThat(strict.err()).contains("rejected " + doc + " document #1").contains("/governance/boardMeeting: unknown field");
    }

    @Test
    void anAsOfBeforeThePeriodStartRejectsTheDocumentNamingAsOf(@TempDir Path tmp) throws Exception {
        CliRun r = CliRun.of("scan", NORTHGATE.toString(), "--format", "ndjson", "--as-of", "2020-01-01");
        assertThat(r.exit()).isEqualTo(Main.REJECTED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("asOf (--as-of) 2020-01-01 is before period.start 2023-09-01");
        Path doc = tmp.resolve("early.json");
        Files.writeString(doc, northgate().replace("\"asOf\": \"2025-06-30\"", "\"asOf\": \"2023-08-31\""));
        CliRun own = CliRun.of("scan", doc.toString(), "--format", "ndjson");
        assertThat(own.exit()).as(own.err()).isEqualTo(Main.REJECTED);
        assertThat(own.err()).contains("/asOf: asOf 2023-08-31 is before period.start 2023-09-01");
    }

    @Test
    void anEmptyInputOrADirectoryWithoutJsonExitsTwoAndSkippedFilesAreListed(@TempDir Path tmp) throws Exception {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not data");
        CliRun r = CliRun.of("scan", empty.toString(), "--format", "ndjson");
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("skipped " + empty.resolve("notes.txt") + ": not a .json, .ndjson or .jsonl file")
                .contains("no JSON files in " + empty);

        Path mixed = Files.createDirectory(tmp.resolve("mixed"));
        Files.copy(RIVERSIDE, mixed.resolve("riverside.json"));
        Files.writeString(mixed.resolve("README.md"), "# notes");
        CliRun m = CliRun.of("scan", mixed.toString(), "--format", "ndjson");
        assertThat(m.exit()).isEqualTo(Main.OK);
        assertThat(m.err()).contains("skipped " + mixed.resolve("README.md"));

        Path nothing = tmp.resolve("nothing.json");
        Files.writeString(nothing, "  \n");
        CliRun n = CliRun.of("scan", nothing.toString(), "--format", "ndjson");
        assertThat(n.exit()).isEqualTo(Main.USAGE);
        assertThat(n.err()).contains("no documents in the input");
    }

    // ------------------------------------------------------------------ 6. messages

    @Test
    void anUnwritableOutSaysWhy(@TempDir Path tmp) {
        Path out = tmp.resolve("nodir").resolve("x.html");
        CliRun r = CliRun.of("scan", NORTHGATE.toString(), "--format", "html", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err().strip()).isEqualTo("matrisk: cannot write --out " + out + ": directory " + tmp.resolve("nodir") + " does not exist");
    }

    @Test
    void datesAndEnumsAreReadLenientlyWhereUnambiguousElseOneLine() {
        CliRun uk = CliRun.of("scan", NORTHGATE.toString(), "--format", "ndjson", "--as-of", "30/06/2025", "--fail-on", "high");
        Assessment a = AssessmentGson.fromJson(uk.out().lines().findFirst().orElseThrow());
        assertThat(a.asOf()).isEqualTo(java.time.LocalDate.of(2025, 6, 30));
        assertThat(CliRun.of("scan", NORTHGATE.toString(), "--format", "ndjson", "--as-of", "30 June 2025").exit()).isEqualTo(Main.OK);

        CliRun bad = CliRun.of("scan", NORTHGATE.toString(), "--as-of", "01/06/2025");
        assertThat(bad.exit()).isEqualTo(Main.USAGE);
        assertThat(bad.err().lines().toList()).hasSize(2);
        assertThat(bad.err()).contains("'01/06/2025' could be 1/6 or 6/1 (day and month); expected a date as YYYY-MM-DD, e.g. 2025-06-30")
                .contains("Try 'matrisk scan --help'").doesNotContain("Exception").doesNotContain("Usage:");
        CliRun worse = CliRun.of("scan", NORTHGATE.toString(), "--fail-on", "severe");
        assertThat(worse.err().lines().toList()).hasSize(2);
        assertThat(worse.err()).contains("--fail-on").doesNotContain("Usage:");
    }

    @Test
    void underFailOnTheFindingsThatCausedExitOneAreListed() {
        CliRun r = CliRun.of("scan", NORTHGATE.toString(), "--format", "ndjson", "--fail-on", "critical");
        assertThat(r.exit()).isEqualTo(Main.FINDINGS);
        assertThat(r.err()).contains("matrisk: exit 1: 1 finding at or above CRITICAL (--fail-on) in 1 trust:")
                .contains("  10070002 PAY-05 CRITICAL: ");
    }

    @Test
    void documentsAreNumberedFromOneWithTheLineAndColumnOfTheBadValue(@TempDir Path tmp) throws Exception {
        Path batch = tmp.resolve("b.ndjson");
        String good = northgate().replace("\n", " ");
        String bad = good.replace("\"boardMeetings\": 6", "\"boardMeetings\": -6");
        assertThat(bad).isNotEqualTo(good);
        Files.writeString(batch, good + "\n" + bad + "\n{\"schemaVersion\": \"1\", \"trust\": \n");
        CliRun r = CliRun.of("scan", batch.toString(), "--format", "ndjson");
        assertThat(r.exit()).isEqualTo(Main.REJECTED);
        // the line of the bad value (not the document's first line, nor #1 for the second document); the column where the
        // reader found it: after the value, or at the end of its object for a check made there
        assertThat(r.err()).containsPattern("rejected " + java.util.regex.Pattern.quote(batch.toString())
                + " document #2 \\(line 2, column [1-9][0-9]*\\): /governance/boardMeetings: -6 is negative");
        String third = r.err().lines().filter(l -> l.contains("document #3")).findFirst().orElseThrow();
        assertThat(third).contains("invalid JSON at line 3, column ").contains("unexpected end of the document")
                .doesNotContain("line no=").doesNotContain("Unexpected char");
    }

    @Test
    void aBinaryFileIsOneRejection(@TempDir Path tmp) throws Exception {
        Path bin = tmp.resolve("data.json");
        byte[] bytes = new byte[4000];
        new java.util.Random(16).nextBytes(bytes);
        bytes[0] = 0x1f;
        bytes[1] = (byte) 0x8b;
        for (int i = 100; i < 4000; i += 97) bytes[i] = '\n';
        Files.write(bin, bytes);
        CliRun r = CliRun.of("scan", bin.toString(), RIVERSIDE.toString(), "--format", "ndjson");
        assertThat(r.exit()).isEqualTo(Main.REJECTED);
        assertThat(r.err().lines().filter(l -> l.startsWith("matrisk: rejected"))).hasSize(1);
        assertThat(r.err()).contains("rejected " + bin + " document #1 (line 1): (document): not a JSON text file: ");
        assertThat(r.out().lines()).hasSize(1);
    }

    // ------------------------------------------------------------------ 7. terminal

    @Test
    void theTableFitsTheWidthAndNamesCompanies() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        CliRun r = CliRun.of("scan", NORTHGATE.toString(), "--format", "table");
        assertThat(r.exit()).isEqualTo(Main.OK);
        // a company cited by id is named; people stay ids
        assertThat(r.out()).containsPattern("O\\d+ \\([A-Z][A-Za-z ]+ Ltd\\)");
        try (TableWriter w = new TableWriter(bytes, 80)) {
            w.accept(AssessmentGson.fromJson(CliRun.of("scan", NORTHGATE.toString(), "--format", "ndjson").out().strip()));
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  PAY-05   CRITICAL"));
        assertThat(String.join("\n", lines)).contains("could not be assessed for lack of data").doesNotContain("(s)");
        assertThat(TableWriter.wrapped("  ", "    ", "one two three four", 10)).containsExactly("  one two", "    three", "    four");
    }

    @Test
    void rulesAreAligned() {
        CliRun r = CliRun.of("rules");
        List<String> lines = r.out().lines().toList();
        int title = lines.get(0).indexOf("TITLE");
        int reference = lines.get(0).indexOf("REFERENCE");
        for (String l : lines.subList(1, lines.size() - 1)) {
            assertThat(l.charAt(title - 1)).as(l).isEqualTo(' ');
            assertThat(l.charAt(title - 2)).as(l).isEqualTo(' ');
            assertThat(l.charAt(reference - 1)).as(l).isEqualTo(' ');
        }
        assertThat(title - reference).isLessThanOrEqualTo(RulesCommand.REFERENCE_WIDTH + 2);
    }
}
