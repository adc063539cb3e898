package org.matrisk.engine.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.matrisk.model.Enums.TrustType;
import org.matrisk.model.Finance;
import org.matrisk.model.Governance;
import org.matrisk.model.Period;
import org.matrisk.model.Trust;
import org.matrisk.model.TrustDocument;

/** Test packs written into temporary directories, and small trust documents to assess with them. */
final class TestPacks {
    private TestPacks() {}

    /** The example pack of the repository, seen from the engine module (surefire's working directory) or the root. */
    static Path example() {
        for (Path p : List.of(Path.of("../examples/packs/cash-reserves"), Path.of("examples/packs/cash-reserves")))
            if (Files.isRegularFile(p.resolve("pack.json"))) return p.normalize();
        throw new IllegalStateException("examples/packs/cash-reserves not found from " + Path.of("").toAbsolutePath());
    }

    /** Copies a pack directory. */
    static Path copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a pack: pack.json from {@code manifest} (a JSON object's members), the files, then its "files" manifest. */
    static Path pack(Path dir, String manifest, Map<String, String> files) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("pack.json"), "{ " + manifest + " }\n", StandardCharsets.UTF_8);
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
            Manifest.write(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String HEADER = """
            package org.matrisk.rules.test;

            import org.matrisk.model.*;
            import org.matrisk.engine.facts.*;
            import org.matrisk.engine.params.ParamValue;

            """;

    /** A valid rule X-90 on governance.boardMeetings with parameter x.maxMeetings; {@code edit} rewrites parts of it. */
    static String rule(String metadata, String when) {
        return HEADER + """
                rule "X-90 many board meetings"
                    %s
                when
                %s
                then
                    insertLogical(Outcome.fail(kcontext).at("/governance/boardMeetings", "boardMeetings", $g.boardMeetings()).param($max).done());
                end
                """.formatted(metadata, when);
    }

    static final String METADATA = """
            @id("X-90") @area("GOVERNANCE") @severity("INFO") @scope("trust")
                @title("Many board meetings") @message("The board met {boardMeetings} times, more than {x.maxMeetings}")
                @condition("boardMeetings > x.maxMeetings") @example("boardMeetings: 13")
                @source("Test") @edition("2024") @paragraph("1") @url("https://example.org/test")
                @parameters("x.maxMeetings")""";

    static final String WHEN = """
                $c : AssessmentContext()
                $max : ParamValue( inForce ) from $c.param("x.maxMeetings")
                $g : Governance( boardMeetings != null, boardMeetings > $max.intValue )""";

    static final String PARAMETERS = """
            { "x.maxMeetings": { "type": "integer", "description": "test",
                "values": [ { "from": null, "value": 12, "source": "test" } ] } }
            """;

    /** A one-rule test pack in {@code mode} with the rule file {@code drl}. */
    static Path rulePack(Path dir, String mode, String drl) {
        return pack(dir, "\"id\": \"test-pack\", \"version\": \"1\", \"mode\": \"" + mode + "\"",
                Map.of("test.drl", drl, "parameters/test.json", PARAMETERS));
    }

    // ---- documents ----------------------------------------------------------------------------

    static BigDecimal m(String s) { return new BigDecimal(s); }

    /** A small document: a MAT over the year from {@code periodStart}, with the finance given and nothing else. */
    static TrustDocument document(LocalDate periodStart, String totalIncome, String inYearRevenueBalance, String revenueReserves, String cash, Integer boardMeetings) {
        Finance f = new Finance(m(totalIncome), m(totalIncome), inYearRevenueBalance == null ? null : m(inYearRevenueBalance),
                revenueReserves == null ? null : m(revenueReserves), m(cash), null, null, null, null, List.of(), List.of());
        Governance g = new Governance(List.of(), List.of(), null, null, null, boardMeetings, List.of(), null, null, null, null, null);
        return new TrustDocument("1", new Trust("10079999", "Test Trust", TrustType.MAT, "07819999"),
                new Period(periodStart, periodStart.plusYears(1).minusDays(1)), periodStart.plusYears(1).plusMonths(3),
                f, g, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }
}
