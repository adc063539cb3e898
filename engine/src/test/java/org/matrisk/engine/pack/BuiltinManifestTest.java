package org.matrisk.engine.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the built-in pack's manifest ({@code rules/src/main/resources/org/matrisk/rules/builtin/pack.json},
 * {@code "files"}) current: fails, naming each file and the command to run, when a DRL or parameter
 * file changed without it. The rules module's build writes the manifest of the jar itself
 * ({@code rules/src/build/java/PackManifest.java} on {@code target/classes}); the copy in the sources
 * is regenerated with {@link Manifest#BUILTIN_COMMAND} (or this test with {@code -Dmatrisk.manifest.write=true}).
 */
class BuiltinManifestTest {
    /** The built-in pack's source directory, seen from the engine module (surefire's working directory) or the repository root. */
    static Path source() {
        for (Path p : List.of(Path.of("../" + Manifest.BUILTIN_SOURCE), Path.of(Manifest.BUILTIN_SOURCE)))
            if (Files.isRegularFile(p.resolve(RulePack.MANIFEST))) return p.normalize();
        return null;
    }

    @Test
    void builtinManifestInTheSourcesIsCurrent() {
        Path dir = source();
        Assumptions.assumeTrue(dir != null, "the rules module's sources are not beside this module");
        if (Boolean.getBoolean("matrisk.manifest.write")) {
            Map<String, String> written = Manifest.write(dir);
            System.out.println("wrote the manifest of " + written.size() + " files into " + dir.resolve(RulePack.MANIFEST));
        }
        List<String> stale = Manifest.check(dir);
        assertThat(stale)
                .as("the built-in pack's manifest %s is stale:%n  %s%nRegenerate it from the repository root with:%n  %s%n",
                        dir.resolve(RulePack.MANIFEST), String.join("\n  ", stale), Manifest.BUILTIN_COMMAND)
                .isEmpty();
        assertThat(Manifest.hashes(dir)).isNotEmpty().allSatisfy((path, hash) -> assertThat(path).matches(".*\\.(drl|json)"));
    }

    /** The build step (a dependency-free single-file program) and {@link Manifest#write} write the same bytes. */
    @Test
    void theBuildStepWritesTheManifestManifestWrites(@TempDir Path tmp) throws Exception {
        Path dir = source();
        Assumptions.assumeTrue(dir != null, "the rules module's sources are not beside this module");
        Path program = dir.resolve("../../../../../../build/java/PackManifest.java").normalize();
        Assumptions.assumeTrue(Files.isRegularFile(program), "no " + program);
        Path byManifest = TestPacks.copy(dir, tmp.resolve("a")), byBuild = TestPacks.copy(dir, tmp.resolve("b"));
        for (Path copy : List.of(byManifest, byBuild)) {
            Path drl = copy.resolve("common.drl");
            Files.writeString(drl, Files.readString(drl) + "\n// an edit\n");
        }
        Manifest.write(byManifest);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, program.toString(), byBuild.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(Files.readString(byBuild.resolve(RulePack.MANIFEST))).isEqualTo(Files.readString(byManifest.resolve(RulePack.MANIFEST)))
                .isNotEqualTo(Files.readString(dir.resolve(RulePack.MANIFEST)));
        assertThat(Manifest.check(byBuild)).isEmpty();
        Process check = new ProcessBuilder(java, program.toString(), "--check", dir.toString()).redirectErrorStream(true).start();
        String checked = new String(check.getInputStream().readAllBytes());
        assertThat(check.waitFor()).as(checked).isEqualTo(Manifest.check(dir).isEmpty() ? 0 : 1);
    }

    @Test
    void anEditedBuiltinFileIsCaughtAndTheRefusalSaysHowToRegenerate(@TempDir Path tmp) throws Exception {
        Path dir = source();
        Assumptions.assumeTrue(dir != null, "the rules module's sources are not beside this module");
        Path copy = TestPacks.copy(dir, tmp.resolve("builtin"));
        Manifest.write(copy); // current, whatever the state of the sources
        Path drl = copy.resolve("governance.drl");
        Files.writeString(drl, Files.readString(drl) + "\n// an edit\n");
        assertThat(Manifest.check(copy)).singleElement().asString().startsWith("governance.drl: modified (expected sha256 ");
        RulePackException e = catchThrowableOfType(RulePackException.class, () -> RulePack.read(copy, "builtin", false));
        assertThat(e.problems()).singleElement().asString().startsWith("governance.drl: modified");
        assertThat(e.getMessage()).contains(Manifest.BUILTIN_COMMAND);
        RulePack modified = RulePack.read(copy, "builtin", true);
        assertThat(modified.warnings()).containsExactlyElementsOf(e.problems());
        Manifest.write(copy);
        RulePack regenerated = RulePack.read(copy, "builtin", false);
        assertThat(regenerated.warnings()).isEmpty();
        assertThat(regenerated.sha256()).isNotEqualTo(modified.sha256()); // pack.json (its manifest) changed too
    }
}
