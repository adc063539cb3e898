package org.matrisk.engine.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tamper evidence and pack.json: what loading accepts and refuses, without compiling anything. */
class RulePackManifestTest {
    @TempDir Path tmp;

    Path example() { return TestPacks.copy(TestPacks.example(), tmp.resolve("cash-reserves")); }

    static RulePackException refused(Runnable load) {
        RulePackException e = catchThrowableOfType(RulePackException.class, load::run);
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    @Test
    void theBuiltinPackVerifies() {
        RulePack b = RulePack.builtin();
        assertThat(b.id()).isEqualTo("builtin");
        assertThat(b.warnings()).isEmpty();
        assertThat(b.sha256()).matches("[0-9a-f]{64}");
        assertThat(b.files()).containsKeys("pack.json", "governance.drl", "parameters/governance.json");
        assertThat(b.components()).singleElement().isEqualTo(new RulePack.Component("builtin", "1", b.sha256(), "builtin"));
        assertThat(RulePack.builtin(true)).isSameAs(b);
    }

    @Test
    void theExamplePackVerifiesAndItsShaIsOverTheSortedPathHashLines() throws Exception {
        Path dir = example();
        RulePack p = RulePack.fromDirectory(dir);
        assertThat(p.id()).isEqualTo("cash-reserves");
        assertThat(p.version()).isEqualTo("1");
        assertThat(p.mode()).isEqualTo(RulePack.Mode.EXTEND);
        assertThat(p.warnings()).isEmpty();
        StringBuilder lines = new StringBuilder();
        for (String f : new String[] {"pack.json", "parameters/related_party.json", "parameters/reserves.json", "related_party.drl", "reserves.drl"})
            lines.append(f).append(' ').append(RulePack.sha256Hex(Files.readAllBytes(dir.resolve(f)))).append('\n');
        assertThat(p.sha256()).isEqualTo(RulePack.sha256Hex(lines.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(RulePack.checkManifest(TestPacks.example())).as("examples/packs/cash-reserves/pack.json is stale").isEmpty();
    }

    @Test
    void aFileWithOneModifiedByteIsRefusedUnlessAllowed() throws Exception {
        Path dir = example();
        String original = RulePack.fromDirectory(dir).sha256();
        Path drl = dir.resolve("reserves.drl");
        byte[] bytes = Files.readAllBytes(drl);
        String expected = RulePack.sha256Hex(bytes);
        bytes[bytes.length / 2] ^= 1;
        Files.write(drl, bytes);
        String actual = RulePack.sha256Hex(bytes);

        RulePackException e = refused(() -> RulePack.fromDirectory(dir));
        assertThat(e.problems()).containsExactly("reserves.drl: modified (expected sha256 " + expected + ", actual " + actual + ")");
        assertThat(e.getMessage()).contains("rule pack " + dir + " refused:", "reserves.drl: modified", "--allow-modified-rules",
                Manifest.COMMAND + " " + dir);
        assertThat(e.hint()).isNotNull();
        refused(() -> RulePack.load(dir, false));

        RulePack allowed = RulePack.fromDirectory(dir, true);
        assertThat(allowed.sha256()).isNotEqualTo(original);
        assertThat(allowed.files()).containsEntry("reserves.drl", actual);
        assertThat(allowed.warnings()).containsExactly("reserves.drl: modified (expected sha256 " + expected + ", actual " + actual + ")");
        RulePack combined = RulePack.load(dir, true);
        assertThat(combined.warnings()).containsExactly("cash-reserves: reserves.drl: modified (expected sha256 " + expected + ", actual " + actual + ")");
        assertThat(combined.components().get(1).sha256()).isEqualTo(allowed.sha256());
    }

    @Test
    void aListedFileMissingAndAnUnlistedFileAreRefused() throws Exception {
        Path dir = example();
        String paramsHash = RulePack.sha256Hex(Files.readAllBytes(dir.resolve("parameters/reserves.json")));
        Files.move(dir.resolve("parameters/reserves.json"), dir.resolve("parameters/other.json"));
        Files.writeString(dir.resolve("extra.drl"), "package org.matrisk.rules.extra;\n");
        String extraHash = RulePack.sha256Hex("package org.matrisk.rules.extra;\n".getBytes(StandardCharsets.UTF_8));
        RulePackException e = refused(() -> RulePack.fromDirectory(dir));
        assertThat(e.problems()).containsExactly(
                "parameters/reserves.json: listed in pack.json but missing (expected sha256 " + paramsHash + ")",
                "extra.drl: not listed in pack.json \"files\" (actual sha256 " + extraHash + ")",
                "parameters/other.json: not listed in pack.json \"files\" (actual sha256 " + paramsHash + ")");
        assertThat(RulePack.checkManifest(dir)).containsExactlyElementsOf(e.problems());
        assertThat(RulePack.fromDirectory(dir, true).warnings()).containsExactlyElementsOf(e.problems());
    }

    @Test
    void aPackWithoutAManifestIsRefusedUnlessAllowed() throws Exception {
        Path dir = example();
        Files.writeString(dir.resolve("pack.json"), "{ \"id\": \"cash-reserves\", \"version\": \"1\" }");
        RulePackException e = refused(() -> RulePack.fromDirectory(dir));
        assertThat(e.problems()).containsExactly("pack.json: no \"files\" manifest (the sha256 of every .drl and .json file of the pack); write one with "
                + Manifest.COMMAND + " " + dir);
        assertThat(RulePack.fromDirectory(dir, true).warnings()).containsExactlyElementsOf(e.problems());
    }

    @Test
    void writeManifestKeepsTheOtherFieldsAndIsIdempotent() throws Exception {
        Path dir = example();
        String before = Files.readString(dir.resolve("pack.json"));
        Files.writeString(dir.resolve("pack.json"), "{\"id\":\"cash-reserves\",\"version\":\"1\",\"files\":{},\"description\":\"d\",\"mode\":\"extend\"}");
        Map<String, String> written = RulePack.writeManifest(dir);
        assertThat(written).containsOnlyKeys("parameters/related_party.json", "parameters/reserves.json", "related_party.drl", "reserves.drl");
        String after = Files.readString(dir.resolve("pack.json"));
        assertThat(after).isEqualTo("""
                {
                  "id": "cash-reserves",
                  "version": "1",
                  "description": "d",
                  "mode": "extend",
                  "files": {
                    "parameters/related_party.json": "%s",
                    "parameters/reserves.json": "%s",
                    "related_party.drl": "%s",
                    "reserves.drl": "%s"
                  }
                }
                """.formatted(written.get("parameters/related_party.json"), written.get("parameters/reserves.json"),
                        written.get("related_party.drl"), written.get("reserves.drl")));
        RulePack.writeManifest(dir);
        assertThat(Files.readString(dir.resolve("pack.json"))).isEqualTo(after);
        assertThat(RulePack.checkManifest(dir)).isEmpty();
        assertThat(before).contains(written.get("reserves.drl"));
    }

    @Test
    void packJsonMissingOrInvalidIsRefused() throws Exception {
        Path dir = example();
        Files.delete(dir.resolve("pack.json"));
        assertThat(refused(() -> RulePack.fromDirectory(dir)).problems())
                .containsExactly("pack.json: missing (every pack needs one: {\"id\": ..., \"version\": ..., \"files\": {...}})");

        Files.writeString(dir.resolve("pack.json"), "{ \"id\": \"cash-reserves\", ");
        assertThat(refused(() -> RulePack.fromDirectory(dir)).problems()).singleElement().asString().startsWith("pack.json: not valid JSON: ");

        Files.writeString(dir.resolve("pack.json"), "[1, 2]");
        assertThat(refused(() -> RulePack.fromDirectory(dir)).problems()).containsExactly("pack.json: not a JSON object");

        TestPacks.write(dir.resolve("pack.json"), "{ \"version\": \"1\", \"mode\": \"instead\" }");
        Manifest.write(dir);
        assertThat(refused(() -> RulePack.fromDirectory(dir)).problems()).containsExactly(
                "pack.json: needs \"id\" (a name such as \"cash-reserves\")",
                "pack.json: \"mode\" must be \"extend\" or \"replace\", not \"instead\"");

        TestPacks.write(dir.resolve("pack.json"), "{ \"id\": \"cash reserves+\", \"version\": \"\" }");
        Manifest.write(dir);
        assertThat(refused(() -> RulePack.fromDirectory(dir)).problems()).containsExactly(
                "pack.json: \"id\" \"cash reserves+\" must be letters, digits, '.', '_' or '-'",
                "pack.json: needs \"version\"");
    }

    @Test
    void aMissingOrEmptyDirectoryIsRefused() throws Exception {
        Path missing = tmp.resolve("nope");
        assertThat(refused(() -> RulePack.load(missing, false)).problems()).containsExactly(missing + ": no such directory");
        Path empty = TestPacks.pack(tmp.resolve("empty"), "\"id\": \"empty\", \"version\": \"1\"", Map.of());
        assertThat(refused(() -> RulePack.fromDirectory(empty)).problems()).containsExactly(empty + ": no .drl files");
    }

    @Test
    void aBadParameterFileNamesFileAndParameter() throws Exception {
        Path dir = example();
        TestPacks.write(dir.resolve("parameters/reserves.json"), TestPacks.read(dir.resolve("parameters/reserves.json")).replace("\"type\": \"decimal\"", "\"type\": \"percent\""));
        Manifest.write(dir);
        assertThat(refused(() -> RulePack.fromDirectory(dir)).problems())
                .containsExactly("parameters/reserves.json: parameter \"x.reservesScrutinyPercent\": unknown type \"percent\"");
    }

    @Test
    void redefiningABuiltinParameterNeedsADeclaredOverrideOfTheSameType() throws Exception {
        Path dir = example();
        TestPacks.write(dir.resolve("parameters/governance.json"), """
                { "gov.minBoardMeetings": { "type": "integer", "description": "local",
                    "values": [ { "from": null, "value": 7, "source": "Local policy" } ] } }
                """);
        Manifest.write(dir);
        assertThat(refused(() -> RulePack.load(dir, false)).problems()).containsExactly(
                "parameter \"gov.minBoardMeetings\" is already defined by the builtin pack; a pack redefines it only by naming it in \"overrides\" in pack.json");

        TestPacks.write(dir.resolve("pack.json"), "{ \"id\": \"cash-reserves\", \"version\": \"1\", \"overrides\": [\"gov.minBoardMeetings\", \"gov.nothing\", \"x.reservesScrutinyPercent\"] }");
        Manifest.write(dir);
        assertThat(refused(() -> RulePack.load(dir, false)).problems()).containsExactly(
                "pack.json: \"overrides\" names \"gov.nothing\", which is not a parameter of the builtin pack",
                "pack.json: \"overrides\" names \"x.reservesScrutinyPercent\", which is not a parameter of the builtin pack");

        TestPacks.write(dir.resolve("pack.json"), "{ \"id\": \"cash-reserves\", \"version\": \"1\", \"overrides\": [\"gov.minBoardMeetings\"] }");
        TestPacks.write(dir.resolve("parameters/governance.json"), TestPacks.read(dir.resolve("parameters/governance.json")).replace("\"integer\"", "\"decimal\""));
        Manifest.write(dir);
        assertThat(refused(() -> RulePack.load(dir, false)).problems()).containsExactly(
                "parameter \"gov.minBoardMeetings\" overrides a builtin parameter of type integer with type decimal; an override keeps the type");

        TestPacks.write(dir.resolve("parameters/governance.json"), TestPacks.read(dir.resolve("parameters/governance.json")).replace("\"decimal\"", "\"integer\""));
        Manifest.write(dir);
        RulePack ok = RulePack.load(dir, false);
        assertThat(ok.parameters().get("gov.minBoardMeetings").values().get(0).value()).isEqualTo(7);
        assertThat(ok.parameters().has("gov.minMembers") || ok.parameters().names().size() > 10).isTrue();
    }

    @Test
    void aPackCannotTakeTheBuiltinIdOrOverrideInReplaceMode() throws Exception {
        Path dir = example();
        TestPacks.write(dir.resolve("pack.json"), "{ \"id\": \"builtin\", \"version\": \"2\" }");
        Manifest.write(dir);
        assertThat(refused(() -> RulePack.load(dir, false)).problems())
                .containsExactly("pack.json: the pack id \"builtin\" is already used by the pack it extends; choose another id");

        TestPacks.write(dir.resolve("pack.json"), "{ \"id\": \"mine\", \"version\": \"2\", \"mode\": \"replace\", \"overrides\": [\"gov.minBoardMeetings\"] }");
        Manifest.write(dir);
        assertThat(refused(() -> RulePack.load(dir, false)).problems())
                .containsExactly("pack.json: \"overrides\" only applies to \"mode\": \"extend\" (a replace pack defines all its parameters)");
    }
}
