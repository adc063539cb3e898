package org.matrisk.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matrisk.assessment.Assessment;

/**
 * The HTML report in a real browser: headless Chromium loads it from a file, with the network of no
 * use (the page needs none), runs its one script and renders it. Skipped where {@code /usr/bin/chromium}
 * (or the executable named by {@code -Dchromium=PATH}) is not installed: {@code apt-get install -y chromium};
 * excluded with {@code -DexcludedGroups=chromium}.
 * The screenshot is kept as {@code target/chromium/report.png} for a person to look at.
 */
@Tag("chromium")
class HtmlReportChromiumTest {
    static final String CHROMIUM = System.getProperty("chromium", "/usr/bin/chromium");
    static final long TIMEOUT_SECONDS = 60;

    @TempDir
    static Path dir;
    static Path report;

    @BeforeAll
    static void writeReport() throws IOException {
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)), CHROMIUM + " is not installed");
        Assessment suppressed = Examples.withSuppression(Examples.NORTHGATE, "NTI-02", HtmlReportWriterTest.SUPPRESSION);
        report = dir.resolve("report.html");
        // the page with the tests' instrumentation (errors, load time): the report itself carries none
        Files.writeString(report, BrowserProbe.instrument(new String(Examples.write("html", List.of(suppressed, Examples.RIVERSIDE)), StandardCharsets.UTF_8), ""));
    }

    @Test
    void loadsWithoutErrors() throws Exception {
        Document d = Jsoup.parse(dumpDom(report, "dom"));
        assertThat(d.body().attr("data-instrumented")).as("the instrumentation ran to DOMContentLoaded").isEqualTo("true");
        assertThat(d.body().attr("data-errors")).as("errors the page recorded").isEmpty();
        assertThat(d.getElementById("filter-count").text()).as("the page's own script ran").isEqualTo("2 of 2 trusts shown");
        assertThat(d.title()).isEqualTo("Risk assessment of 2 academy trusts");
        assertThat(d.select("svg.chart g.area")).hasSize(6);
        assertThat(d.select("table.ranked tbody tr")).hasSize(1);
        assertThat(d.select("ul.quiet li")).hasSize(1);
        assertThat(d.select("article.finding.suppressed[data-rule=NTI-02]")).hasSize(1);
    }

    /** The check above would see a failure: a page that tries to load something records it. */
    @Test
    void wouldSeeAnError() throws Exception {
        String html = Files.readString(report).replace("</main>", "<img src=\"http://127.0.0.1:9/tracker.png\" alt=\"\"></main>");
        Path broken = dir.resolve("broken.html");
        Files.writeString(broken, html);
        Document d = Jsoup.parse(dumpDom(broken, "dom-broken"));
        assertThat(d.body().attr("data-errors")).contains("127.0.0.1");
    }

    @Test
    void rendersAScreenshot() throws Exception {
        Path png = dir.resolve("report.png");
        run("shot", "--screenshot=" + png, "--window-size=1280,2000", report.toUri().toString());
        assertThat(png).exists();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        ByteBuffer ihdr = ByteBuffer.wrap(bytes, 16, 8);
        assertThat(ihdr.getInt()).as("width").isEqualTo(1280);
        assertThat(ihdr.getInt()).as("height").isEqualTo(2000);
        assertThat(bytes.length).as("a page with text, tables and a chart, not a blank one").isGreaterThan(50_000);
        Path kept = Path.of("target", "chromium");
        Files.createDirectories(kept);
        Files.copy(png, kept.resolve("report.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(report, kept.resolve("report.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static String dumpDom(Path page, String name) throws Exception {
        return run(name, "--dump-dom", page.toUri().toString());
    }

    /** Runs Chromium headless with a profile of its own; returns its standard output. */
    private static String run(String name, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--user-data-dir=" + dir.resolve("profile-" + name)));
        cmd.addAll(List.of(args));
        Path stdout = dir.resolve(name + ".out");
        Path stderr = dir.resolve(name + ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + Files.readString(stderr));
        }
        assertThat(p.exitValue()).as("chromium exit status; stderr: %s", Files.readString(stderr)).isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }
}
