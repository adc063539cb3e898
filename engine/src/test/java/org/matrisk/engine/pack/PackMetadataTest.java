package org.matrisk.engine.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.matrisk.engine.pack.TestPacks.METADATA;
import static org.matrisk.engine.pack.TestPacks.WHEN;
import static org.matrisk.engine.pack.TestPacks.rule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The catalogue read from the DRL text without compiling ({@link PackMetadata}) is the catalogue of the compiled
 * pack: every field of every rule, for the built-in pack and custom packs, and every metadata problem is
 * reported in the same words.
 */
class PackMetadataTest {
    @TempDir Path tmp;

    private static final PackCompiler.Compiled BUILTIN = PackCompiler.compile(RulePack.builtin());

    @Test
    void theBuiltinCatalogueReadWithoutCompilingIsTheCompiledOne() {
        RuleCatalog read = PackMetadata.catalog(RulePack.builtin());
        assertThat(read.size()).isEqualTo(BUILTIN.catalog().size()).isGreaterThanOrEqualTo(91);
        // RuleMeta is a record: equal means every field (reference, parameters, requires, file:line, coverage, since, seeAlso)
        for (RuleMeta compiled : BUILTIN.catalog().rules())
            assertThat(read.get(compiled.id())).as(compiled.id()).isEqualTo(compiled);
        assertThat(read.rules()).containsExactlyElementsOf(BUILTIN.catalog().rules());
    }

    /** The catalogue the build wrote (read by matrisk rules, explain, diff) is the one read from the text, and only for that pack. */
    @Test
    void thePrebuiltCatalogueIsTheOneReadFromTheText() {
        RuleCatalog prebuilt = PackMetadata.prebuilt(RulePack.builtin());
        assertThat(prebuilt).as("written by the build (engine/src/build/java/PrecompileBuiltinPack.java)").isNotNull();
        assertThat(prebuilt.rules()).containsExactlyElementsOf(PackMetadata.read(RulePack.builtin()).rules());
        RulePack other = RulePack.load(TestPacks.example(), false);
        assertThat(PackMetadata.prebuilt(other)).as("another pack (another sha256)").isNull();
        assertThat(PackMetadata.catalog(other).find("X-03")).isPresent();
    }

    @Test
    void everyBuiltinRuleHasTheMetadataTheCompilerGivesIt() {
        // primary rules, UNKNOWN companions and @derives rules alike: the whole metadata map of each
        assertThat(read(RulePack.builtin())).isEqualTo(compiled(BUILTIN));
    }

    @Test
    void theExamplePackExtendingTheBuiltinOneReadsAsCompiled() {
        RulePack pack = RulePack.load(TestPacks.example(), false);
        PackCompiler.Compiled compiled = PackCompiler.compile(pack);
        assertThat(PackMetadata.catalog(pack).rules()).containsExactlyElementsOf(compiled.catalog().rules());
        assertThat(PackMetadata.catalog(pack).get("X-03").file()).isEqualTo(compiled.catalog().get("X-03").file()).startsWith("cash-reserves/");
        assertThat(read(pack)).isEqualTo(compiled(compiled));
    }

    /** Comments, a declare, a function and a query around rules; escapes, +, numbers, single quotes, valueless and keyed annotations. */
    static final String TRICKY = """
            package org.matrisk.rules.meta;

            import org.matrisk.model.*;
            import org.matrisk.engine.facts.*;
            import org.matrisk.engine.params.ParamValue;

            /* a block comment: rule "not a rule" @id("NO") when then end */
            // a line comment: rule "neither" end

            declare Meetings
                count : int
            end

            /** a function whose body says rule and end. */
            function int twice(int n) {
                String s = "rule \\"x\\" end { }";
                return n * 2;
            }

            query "meetings over"(int max)
                @derives("nothing: a query's annotation")
                Governance( boardMeetings != null, boardMeetings > max )
            end

            rule "Y-01 escapes, concatenation, numbers"
                @id("Y-01") @area("governance") @severity("LOW") @scope("trust")
                @title("Quotes \\"inside\\", a tab\\tand \\101") @message("part one, " + "part two {boardMeetings}")
                @condition('single-quoted (x.maxMeetings)') @example("\\u00a3 is not an MVEL escape")
                @source("Test") @edition(2024) @paragraph("1") @url("https://example.org/test")
                @parameters("x.maxMeetings")
                @catalogue(2)
                @flag
                @pair(a = "x", b = 2)
                @one(key = "v")
                @two(value = "w")
                salience 10
                no-loop true
            when
                $c : AssessmentContext()
                $max : ParamValue( inForce ) from $c.param("x.maxMeetings")
                $g : Governance( boardMeetings != null, boardMeetings > $max.intValue )
                $p : Period( end != null )
                java.time.LocalDate() from $p.end
            then
                // a comment saying end
                String s = "end";
                insertLogical(Outcome.fail(kcontext).at("/governance/boardMeetings", "boardMeetings", $g.boardMeetings()).param($max).done());
            end

            rule 'Y-01 unknown'
                @id("Y-01") @outcome("UNKNOWN")
            when
                Governance( boardMeetings == null )
            then
                insertLogical(Outcome.unknown(kcontext).at("/governance/boardMeetings").done());
            end
            """;

    @Test
    void whatTheDrlAllowsAroundRulesReadsAsCompiled() {
        RulePack pack = RulePack.fromDirectory(TestPacks.rulePack(tmp.resolve("tricky"), "replace", TRICKY));
        PackCompiler.Compiled compiled = PackCompiler.compile(pack);
        Map<String, Map<String, Object>> read = read(pack);
        assertThat(read).isEqualTo(compiled(compiled));
        assertThat(read).containsOnlyKeys("org.matrisk.rules.meta/meetings over", "org.matrisk.rules.meta/Y-01 escapes, concatenation, numbers",
                "org.matrisk.rules.meta/Y-01 unknown");
        Map<String, Object> y01 = read.get("org.matrisk.rules.meta/Y-01 escapes, concatenation, numbers");
        assertThat(y01).containsEntry("title", "Quotes \"inside\", a tab\tand A").containsEntry("message", "part one, part two {boardMeetings}")
                .containsEntry("example", "\"\\u00a3 is not an MVEL escape\"")
                .containsEntry("edition", 2024).containsEntry("catalogue", 2).containsEntry("flag", null).containsEntry("one", null).containsEntry("two", "w");
        RuleMeta meta = PackMetadata.catalog(pack).get("Y-01");
        assertThat(meta).isEqualTo(compiled.catalog().get("Y-01"));
        assertThat(meta.file()).isEqualTo("test.drl:25");
        assertThat(meta.since()).isEqualTo(2);
    }

    @Test
    void aPackWhoseRulesDoNotCompileStillHasItsCatalogue() {
        // the consequence calls a method Governance does not have: only a compilation finds it
        RulePack pack = RulePack.fromDirectory(TestPacks.rulePack(tmp.resolve("broken"), "replace",
                rule(METADATA, WHEN).replace("$g.boardMeetings()", "$g.boardMeetingz()")));
        assertThat(PackMetadata.catalog(pack).get("X-90").title()).isEqualTo("Many board meetings");
        RulePackException e = catchThrowableOfType(RulePackException.class, () -> PackCompiler.compile(pack));
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().asString().contains("boardMeetingz()");
    }

    @Test
    void metadataProblemsAreReportedAsTheCompilerReportsThem() {
        for (String metadata : List.of(
                METADATA.replace("@area(\"GOVERNANCE\")", "@area(\"GOVERNMENT\")"),
                "@catalogue(\"3\")\n    " + METADATA,
                METADATA.replace("@severity(\"INFO\") ", ""),
                METADATA.replace("@scope(\"trust\")", "@scope(\"academy\")").replace("@parameters(\"x.maxMeetings\")", "@parameters(\"x.maxMeetings, x.nope\")"),
                "@requirement(\"MAYBE\")\n    " + METADATA,
                METADATA.replace("@id(\"X-90\")", ""))) {
            RulePack pack = RulePack.load(TestPacks.rulePack(tmp.resolve("p" + metadata.hashCode()), "extend", rule(metadata, WHEN)), false);
            RulePackException byCompiler = catchThrowableOfType(RulePackException.class, () -> PackCompiler.compile(pack));
            RulePackException byReader = catchThrowableOfType(RulePackException.class, () -> PackMetadata.catalog(pack));
            assertThat(byCompiler).as(metadata).isNotNull();
            assertThat(byReader).as(metadata).isNotNull();
            assertThat(byReader.problems()).as(metadata).isEqualTo(byCompiler.problems()).isNotEmpty();
            assertThat(byReader.getMessage()).isEqualTo(byCompiler.getMessage());
        }
        RulePack badArea = RulePack.load(TestPacks.rulePack(tmp.resolve("area"), "extend",
                rule(METADATA.replace("@area(\"GOVERNANCE\")", "@area(\"GOVERNMENT\")"), WHEN)), false);
        assertThat(catchThrowableOfType(RulePackException.class, () -> PackMetadata.catalog(badArea)).problems())
                .singleElement().asString().startsWith("test-pack/test.drl:7: rule \"X-90 many board meetings\": unknown @area \"GOVERNMENT\" (one of ");
        RulePack badCatalogue = RulePack.load(TestPacks.rulePack(tmp.resolve("catalogue"), "extend", rule("@catalogue(\"3\")\n    " + METADATA, WHEN)), false);
        assertThat(catchThrowableOfType(RulePackException.class, () -> PackMetadata.catalog(badCatalogue)).problems())
                .containsExactly("test-pack/test.drl:7: rule \"X-90 many board meetings\": @catalogue must be 1 or 2, not \"3\"");
    }

    @Test
    void anUnknownParameterInTheDrlTextIsReportedToo() {
        RulePack pack = RulePack.load(TestPacks.rulePack(tmp.resolve("param"), "extend",
                rule(METADATA, WHEN.replace("param(\"x.maxMeetings\")", "param(\"nope.x\")"))), false);
        assertThat(catchThrowableOfType(RulePackException.class, () -> PackMetadata.catalog(pack)).problems())
                .containsExactly("test-pack/test.drl:15: unknown parameter \"nope.x\"");
    }

    @Test
    void aFileTheReaderCannotFollowIsRefusedWithFileAndLine() {
        RulePack pack = RulePack.fromDirectory(TestPacks.rulePack(tmp.resolve("open"), "replace",
                rule(METADATA, WHEN).replace("@title(\"Many board meetings\")", "@title(\"Many board meetings)")));
        assertThat(catchThrowableOfType(RulePackException.class, () -> PackMetadata.catalog(pack)).problems())
                .singleElement().asString().startsWith("test.drl:");
        RulePack noEnd = RulePack.fromDirectory(TestPacks.rulePack(tmp.resolve("end"), "replace",
                rule(METADATA, WHEN).replaceAll("(?m)^end\\s*$", "")));
        assertThat(catchThrowableOfType(RulePackException.class, () -> PackMetadata.catalog(noEnd)).problems())
                .containsExactly("test.drl:7: rule \"X-90 many board meetings\" has no end");
    }

    @Test
    void annotationValuesEvaluateAsTheCompilerEvaluatesThem() {
        assertThat(PackMetadata.value("\"a\\\"b\\\\c\\n\"")).isEqualTo("a\"b\\c\n");
        assertThat(PackMetadata.value("'single'")).isEqualTo("single");
        assertThat(PackMetadata.value("\"a\" + 'b' + \"c\"")).isEqualTo("abc");
        assertThat(PackMetadata.value("12")).isEqualTo(12);
        assertThat(PackMetadata.value("2147483648")).isEqualTo(2147483648L);
        assertThat(PackMetadata.value("1.5")).isEqualTo(1.5);
        assertThat(PackMetadata.value("\"\\u00a3\"")).isEqualTo("\"\\u00a3\"");
        assertThat(PackMetadata.value("true")).isEqualTo(Boolean.TRUE);
        assertThat(PackMetadata.value("AcademyAutonomy")).isEqualTo("AcademyAutonomy");
        assertThat(PackMetadata.value("\"a\" b")).isEqualTo("\"a\" b");
        assertThat(PackMetadata.unescape("\\101\\t")).isEqualTo("A\t");
        assertThat(PackMetadata.unescape("\\u00a3")).isNull();
    }

    /** Every rule's metadata as read from the text, by {@code package/name}. */
    private static Map<String, Map<String, Object>> read(RulePack pack) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        pack.drl().forEach((file, text) -> {
            for (PackCompiler.Declared d : PackMetadata.rules(file, text)) out.put(d.packageName() + "/" + d.name(), new HashMap<>(d.metadata()));
        });
        return out;
    }

    /** Every rule's metadata in the compiled rule base, by {@code package/name}. */
    private static Map<String, Map<String, Object>> compiled(PackCompiler.Compiled compiled) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        List<Rule> rules = new ArrayList<>();
        for (KiePackage kp : compiled.kieBase().getKiePackages()) rules.addAll(kp.getRules());
        for (Rule r : rules) out.put(r.getPackageName() + "/" + r.getName(), new HashMap<>(r.getMetaData()));
        return out;
    }
}
