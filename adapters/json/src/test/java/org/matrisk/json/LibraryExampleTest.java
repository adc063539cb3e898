package org.matrisk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matrisk.assessment.Finding;
import org.matrisk.engine.RiskEngine;
import org.matrisk.json.read.Parsed;
import org.matrisk.json.read.ReaderLimits;
import org.matrisk.json.read.TrustDataReader;

/**
 * The README's "Using matrisk as a library" program, exactly as printed there: compiled for Java 17 against this
 * module's classpath (the engine, the rule pack, this adapter and their dependencies, without the test libraries) and
 * run in a JVM of its own on examples/northgate-risky.json. What it prints must be the rule ids of the assessment,
 * in order.
 */
class LibraryExampleTest {
    private static final Path README = Path.of("../../README.md");
    private static final Path EXAMPLE = Path.of("../../examples/northgate-risky.json");
    /** Test-scope libraries: the program must compile and run without them, as in an auditor's application. */
    private static final Pattern TEST_ONLY = Pattern.compile(
            "test-classes|junit|assertj|opentest4j|apiguardian|jazzer|surefire|slf4j-nop");

    @Test
    void theReadmeProgramCompilesOnJava17AndPrintsTheFindingsRuleIds(@TempDir Path classes) throws Exception {
        String source = readmeProgram();
        Matcher name = Pattern.compile("public class (\\w+)").matcher(source);
        assertThat(name.find()).as("the README program declares a public class").isTrue();
        String className = name.group(1);
        assertThat(source).contains("public static void main(String[] args)").contains("import org.matrisk.");

        String classpath = libraryClasspath();
        // what an auditor's application gets from matrisk-engine + matrisk-json: none of the adapters' libraries
        assertThat(Arrays.asList(classpath.split(Pattern.quote(File.pathSeparator))))
                .as("the library classpath").isNotEmpty()
                .noneMatch(e -> e.matches("(?i).*(kafka|picocli|fastexcel|javalin|jetty|matrisk-generator|/generator/target).*"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override public CharSequence getCharContent(boolean ignoreEncodingErrors) { return source; }
        };
        boolean compiled = javac.getTask(diagnostics, null, null,
                List.of("--release", "17", "-classpath", classpath, "-d", classes.toString()), null, List.of(unit)).call();
        assertThat(compiled).as("javac --release 17 of the README program:%n%s", diagnostics).isTrue();

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path out = classes.resolve("stdout.txt");
        Path err = classes.resolve("stderr.txt");
        Process run = new ProcessBuilder(java.toString(), "-cp", classes + File.pathSeparator + classpath,
                className, EXAMPLE.toString()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        run.getOutputStream().close();
        assertThat(run.waitFor(5, TimeUnit.MINUTES)).as("the program ends").isTrue();
        String stderr = Files.readString(err);
        assertThat(run.exitValue()).as("exit status; stderr:%n%s", stderr).isZero();
        List<String> printed = Files.readAllLines(out);

        assertThat(printed).as("printed rule ids; stderr:%n%s", stderr).isEqualTo(expectedRuleIds());
    }

    /** The rule ids of the example's assessment, read by another path (TrustDataReader) in this JVM. */
    private static List<String> expectedRuleIds() {
        RiskEngine engine = RiskEngine.builtin();
        List<String> ids = new ArrayList<>();
        new TrustDataReader().read(List.of(EXAMPLE.toString()), ReaderLimits.defaults(), r -> {
            assertThat(r).as("the example reads").isInstanceOf(Parsed.class);
            engine.assess(((Parsed) r).document()).findings().stream().map(Finding::ruleId).forEach(ids::add);
        });
        // the example is the risky one: the comparison is not between two empty lists
        assertThat(ids).hasSizeGreaterThan(3);
        return ids;
    }

    /** The first java block under the README's "## Using matrisk as a library". */
    static String readmeProgram() throws IOException {
        String readme = Files.readString(README);
        int section = readme.indexOf("\n## Using matrisk as a library\n");
        assertThat(section).as("README section \"Using matrisk as a library\"").isNotNegative();
        int next = readme.indexOf("\n## ", section + 1);
        String body = readme.substring(section, next < 0 ? readme.length() : next);
        int open = body.indexOf("```java\n");
        assertThat(open).as("a java code block in that section").isNotNegative();
        int close = body.indexOf("\n```", open + 8);
        return body.substring(open + 8, close + 1);
    }

    private static String libraryClasspath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(cp.split(Pattern.quote(File.pathSeparator)))
                .filter(e -> !e.isBlank() && !TEST_ONLY.matcher(e).find())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
