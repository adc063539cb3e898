package org.matrisk.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matrisk.engine.RiskEngine;

/**
 * The reader's hostile-input corpus ({@code adapters/json/src/test/resources/hostile}, {@code .gen}
 * descriptors generated as the reader's own test does) through {@code POST /v1/assessments}: every file
 * is answered 400, 413, 415 or 422 (200 only for a file that is one valid document), never 500, and the
 * service still answers afterwards.
 */
class HostileCorpusHttpTest {
    /** 4 MiB: the corpus's 13 MB and 20 MB documents are refused unread (413); the 3 MB ones are read. */
    static final long MAX_BYTES = 4L << 20;

    @TempDir static Path dir;
    static HttpService service;
    static Fixture api;

    @BeforeAll
    static void start() throws Exception {
        ServiceOptions o = new ServiceOptions("127.0.0.1", 0, Fixture.tokenFile(dir), false, dir.resolve("data"), null, null, MAX_BYTES, 8);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        service = HttpService.start(o, RiskEngine.builtin(), quiet, quiet);
        api = new Fixture(service.url());
    }

    @AfterAll
    static void stop() {
        if (service != null) service.close();
    }

    /** file -> outcomes by position ("accepted", "rejected", "none"), from the corpus's expected.tsv. */
    static Map<String, List<String>> expected() throws IOException {
        Map<String, List<String>> out = new HashMap<>();
        for (String line : Files.readAllLines(Fixture.HOSTILE.resolve("expected.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1] + " " + f[2]);
        }
        return out;
    }

    @Test
    void everyHostileFileIsA4xxNeverA500() throws Exception {
        Map<String, List<String>> expected = expected();
        List<Path> files;
        try (Stream<Path> s = Files.list(Fixture.HOSTILE)) {
            files = s.filter(p -> !p.getFileName().toString().equals("expected.tsv")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(60);
        Set<Integer> allowed = Set.of(400, 413, 415, 422);
        int answered = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path file = name.endsWith(".gen") ? generate(f, dir.resolve(name.substring(0, name.length() - 4))) : f;
            String shown = file.getFileName().toString();
            List<String> outcomes = expected.getOrDefault(shown, List.of());
            boolean oneValidDocument = outcomes.equals(List.of("0 accepted")) && Files.size(file) <= MAX_BYTES;
            if (Files.size(file) > MAX_BYTES) {
                HttpResponse<String> big = api.send("POST", "/v1/assessments", Fixture.ASSESS, "application/json", HttpRequest.BodyPublishers.ofFile(file));
                assertThat(big.statusCode()).as(shown).isEqualTo(413);
                answered++;
                continue;
            }
            HttpResponse<String> r = api.send("POST", "/v1/assessments", Fixture.ASSESS, "application/json", HttpRequest.BodyPublishers.ofFile(file));
            if (shown.startsWith("nesting-") && shown.contains("100k")) assertThat(r.statusCode()).as(shown).isEqualTo(422);
            if (oneValidDocument) {
                assertThat(r.statusCode()).as(shown + ": " + r.body()).isEqualTo(200);
            } else {
                assertThat(r.statusCode()).as(shown + ": " + abbreviated(r.body())).isIn(allowed);
                assertThat(r.headers().firstValue("Content-Type")).as(shown).hasValue("application/problem+json");
                assertThat(JsonParser.parseString(r.body()).getAsJsonObject().get("status").getAsInt()).isEqualTo(r.statusCode());
            }
            assertThat(r.body()).as(shown).doesNotContain("\tat ", "Exception");
            answered++;
            // a line file also goes through as NDJSON: one line out per document, each as the reader decided it
            if (shown.endsWith(".ndjson") && Files.size(file) < 1 << 20 && outcomes.stream().noneMatch(o -> o.startsWith("*") || o.startsWith("-"))) {
                HttpResponse<String> nd = api.send("POST", "/v1/assessments", Fixture.ASSESS, "application/x-ndjson", HttpRequest.BodyPublishers.ofFile(file));
                assertThat(nd.statusCode()).as(shown).isEqualTo(200);
                String[] lines = nd.body().split("\n");
                assertThat(lines).as(shown).hasSize(outcomes.size());
                for (int i = 0; i < lines.length; i++) {
                    boolean rejected = JsonParser.parseString(lines[i]).getAsJsonObject().has("rejected");
                    assertThat(rejected ? i + " rejected" : i + " accepted").as(shown + " line " + i).isEqualTo(outcomes.get(i));
                }
            }
        }
        assertThat(answered).isEqualTo(files.size());
        assertThat(api.get("/healthz", null).statusCode()).isEqualTo(200);
        assertThat(api.postJson("/v1/assessments", Fixture.ASSESS, Fixture.read(Fixture.NORTHGATE)).statusCode()).isEqualTo(200);
    }

    /** The file a corpus descriptor stands for (the format of the reader's HostileCorpus). */
    static Path generate(Path descriptor, Path target) throws IOException {
        Properties d = new Properties();
        try (InputStream in = Files.newInputStream(descriptor)) {
            d.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        String before = "", after = "";
        String base = d.getProperty("base");
        if (base != null) {
            String doc = Files.readString(Fixture.HOSTILE.resolveSibling(base)).strip();
            String replace = d.getProperty("replace");
            int at = doc.indexOf(replace);
            before = doc.substring(0, at);
            after = doc.substring(at + replace.length());
        }
        String unit = d.getProperty("unitResource") != null ? Files.readString(Fixture.HOSTILE.resolveSibling(d.getProperty("unitResource"))).strip()
                : d.getProperty("unit", "");
        String separator = d.getProperty("separator", ""), closeUnit = d.getProperty("closeUnit", "");
        int count = Integer.parseInt(d.getProperty("count", "1"));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            out.write((before + d.getProperty("prefix", "")).getBytes(StandardCharsets.UTF_8));
            byte[] u = unit.getBytes(StandardCharsets.UTF_8), sep = separator.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < count; i++) {
                if (i > 0) out.write(sep);
                out.write(unit.contains("{n}") ? unit.replace("{n}", Integer.toString(i)).getBytes(StandardCharsets.UTF_8) : u);
            }
            byte[] close = closeUnit.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < count && close.length > 0; i++) out.write(close);
            out.write((d.getProperty("suffix", "") + after).getBytes(StandardCharsets.UTF_8));
        }
        return target;
    }

    private static String abbreviated(String s) { return s.length() > 400 ? s.substring(0, 400) + "..." : s; }
}
