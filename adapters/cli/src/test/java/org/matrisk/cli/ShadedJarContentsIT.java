package org.matrisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The shaded matrisk.jar as packaged (failsafe runs this after the package phase): it carries the generator for
 * {@code matrisk generate} but nothing of the test fixtures (no fixture files, no AssessmentAssert, no AssertJ, no
 * JUnit). The CLI depends on matrisk-test-fixtures at test scope only; this catches a scope that drifts back.
 */
class ShadedJarContentsIT {
    private static final Path JAR = Path.of("target", "matrisk.jar");

    @Test
    void carriesTheGeneratorButNoTestFixtures() throws IOException {
        assertThat(JAR).as("the shaded jar (mvn package in adapters/cli)").exists();
        List<String> names;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            names = jar.stream().map(ZipEntry::getName).toList();
        }
        // the jar is the real one: the CLI, the engine, the generator and the generator's own pom are in it
        assertThat(names).contains("org/matrisk/cli/Main.class", "org/matrisk/engine/RiskEngine.class",
                "org/matrisk/fixtures/generate/TrustGenerator.class",
                "META-INF/maven/org.matrisk/matrisk-generator/pom.xml");
        // directory entries aside (org/matrisk/fixtures/ is the generator's parent package), nothing of the fixtures
        List<String> files = names.stream().filter(n -> !n.endsWith("/")).toList();
        assertThat(files.stream().filter(n -> n.startsWith("org/matrisk/fixtures/")
                && !n.startsWith("org/matrisk/fixtures/generate/"))).as("test-fixtures classes").isEmpty();
        assertThat(files.stream().filter(n -> n.startsWith("fixtures/")))
                .as("fixture files (test-fixtures/src/main/resources/fixtures)").isEmpty();
        assertThat(files.stream().filter(n -> n.contains("matrisk-test-fixtures"))).as("the test-fixtures artifact").isEmpty();
        assertThat(files.stream().filter(n -> n.startsWith("org/assertj/"))).as("AssertJ").isEmpty();
        assertThat(files.stream().filter(n -> n.startsWith("org/junit/"))).as("JUnit").isEmpty();
    }
}
