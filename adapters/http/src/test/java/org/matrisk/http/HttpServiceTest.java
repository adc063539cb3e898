package org.matrisk.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Evidence;
import org.matrisk.assessment.Finding;
import org.matrisk.engine.RiskEngine;
import org.matrisk.json.read.DocumentParser;
import org.matrisk.json.read.DocumentSources;
import org.matrisk.json.read.Parsed;
import org.matrisk.json.read.RawDocument;
import org.matrisk.json.read.ReadResult;
import org.matrisk.json.read.ReaderLimits;
import org.matrisk.json.write.AssessmentGson;

/**
 * The real service on a free loopback port, driven with {@link java.net.http.HttpClient}: every resource
 * of contract http-api.md and every error status it lists.
 */
class HttpServiceTest {
    static final long MAX_BYTES = 256 * 1024;

    @TempDir static Path dir;
    static HttpService service;
    static Fixture api;
    static final ByteArrayOutputStream STDOUT = new ByteArrayOutputStream();
    static final ByteArrayOutputStream STDERR = new ByteArrayOutputStream();

    @BeforeAll
    static void start() throws Exception {
        ServiceOptions o = new ServiceOptions("127.0.0.1", 0, Fixture.tokenFile(dir), false, dir.resolve("data"), null, null, MAX_BYTES, 16);
        service = HttpService.start(o, RiskEngine.builtin(), new PrintStream(STDOUT, true, StandardCharsets.UTF_8), new PrintStream(STDERR, true, StandardCharsets.UTF_8));
        api = new Fixture(service.url());
    }

    @AfterAll
    static void stop() {
        if (service != null) service.close();
        // nothing the service answered carries a token or a stack trace
        for (String seen : Fixture.SEEN) {
            assertThat(seen).doesNotContain(Fixture.ASSESS, Fixture.CHECK, Fixture.ALL, Fixture.UNKNOWN, "\tat ", "Exception", "Jane Example");
        }
        // a person's name was answered once: to the token with the names scope that asked for it
        assertThat(Fixture.SEEN.stream().filter(s -> s.contains("Alexandra Quill"))).hasSize(1);
        // and no log line carried a token, a name or a stack trace
        assertThat(STDERR.toString(StandardCharsets.UTF_8)).doesNotContain(Fixture.ASSESS, Fixture.ALL, "Alexandra Quill", "\tat ");
    }

    static JsonObject obj(HttpResponse<String> r) { return JsonParser.parseString(r.body()).getAsJsonObject(); }

    static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonObject p = obj(r);
        assertThat(p.get("status").getAsInt()).isEqualTo(status);
        assertThat(p.get("type").getAsString()).startsWith("https://");
        assertThat(p.has("title") && p.has("detail") && p.get("problems").isJsonArray()).isTrue();
    }

    /** What `matrisk scan --format json` writes for a file, as one object: read by the same reader, assessed by the same engine. */
    static String scanJson(Path file) {
        try (DocumentSources docs = DocumentSources.of(List.of(file.toString()), ReaderLimits.defaults())) {
            ReadResult r = new DocumentParser(ReaderLimits.defaults()).parse(docs.next());
            return AssessmentGson.PRETTY.toJson(RiskEngine.builtin().assess(((Parsed) r).document()));
        }
    }

    @Test
    void listeningLineNamesThePortChosen() {
        assertThat(STDOUT.toString(StandardCharsets.UTF_8)).isEqualTo("matrisk: listening on http://127.0.0.1:" + service.port() + System.lineSeparator());
        assertThat(service.port()).isPositive();
    }

    @Test
    void assessmentIsWhatScanGivesForTheSameFile() {
        HttpResponse<String> r = api.postJson("/v1/assessments", Fixture.ASSESS, Fixture.read(Fixture.NORTHGATE));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.body()).isEqualTo(scanJson(Fixture.NORTHGATE));
        assertThat(obj(r).getAsJsonArray("findings")).isNotEmpty();
    }

    @Test
    void asOfReassessesAtThatDayAndABadOneIs400() {
        HttpResponse<String> r = api.postJson("/v1/assessments?asOf=2024-12-31", Fixture.ASSESS, Fixture.read(Fixture.NORTHGATE));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(obj(r).get("asOf").getAsString()).isEqualTo("2024-12-31");
        assertProblem(api.postJson("/v1/assessments?asOf=31/12/2024", Fixture.ASSESS, Fixture.read(Fixture.NORTHGATE)), 400);
    }

    @Test
    void ndjsonStreamsOneLinePerDocumentInOrder() {
        String good = Fixture.read(Fixture.NORTHGATE).replaceAll("\\s*\n\\s*", " ");
        String clean = Fixture.read(Fixture.RIVERSIDE).replaceAll("\\s*\n\\s*", " ");
        String body = good + "\n{\"schemaVersion\": \"1\", oops}\n[1,2]\n" + clean + "\n";
        HttpResponse<String> r = api.post("/v1/assessments", Fixture.ASSESS, "application/x-ndjson", body);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        String[] lines = r.body().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(JsonParser.parseString(lines[0]).getAsJsonObject().getAsJsonObject("trust").get("id").getAsString()).isEqualTo("10070002");
        JsonObject bad = JsonParser.parseString(lines[1]).getAsJsonObject().getAsJsonObject("rejected");
        assertThat(bad.get("status").getAsInt()).isEqualTo(400);
        assertThat(JsonParser.parseString(lines[2]).getAsJsonObject().getAsJsonObject("rejected").get("status").getAsInt()).isEqualTo(422);
        assertThat(JsonParser.parseString(lines[3]).getAsJsonObject().has("findings")).isTrue();
        // each line is what scan --format ndjson writes for that line
        assertThat(lines[0]).isEqualTo(AssessmentGson.COMPACT.toJson(RiskEngine.builtin().assess(
                ((Parsed) new DocumentParser().parse(RawDocument.of("x", 0, 1, good.getBytes(StandardCharsets.UTF_8)))).document())));
    }

    @Test
    void tokensAndScopes() {
        HttpResponse<String> none = api.postJson("/v1/assessments", null, Fixture.read(Fixture.NORTHGATE));
        assertProblem(none, 401);
        assertThat(none.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        HttpResponse<String> unknown = api.get("/v1/rules", Fixture.UNKNOWN);
        assertProblem(unknown, 401);
        assertThat(unknown.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertProblem(api.postJson("/v1/assessments", Fixture.CHECK, Fixture.read(Fixture.NORTHGATE)), 403);
        assertProblem(api.put("/v1/trusts/10070002/context", Fixture.ASSESS, Fixture.read(Fixture.NORTHGATE)), 403);
        assertProblem(api.postJson("/v1/assessments?includeNames=true", Fixture.ASSESS, Fixture.read(Fixture.NORTHGATE)), 403);
        assertThat(api.get("/v1/rules", Fixture.CHECK).statusCode()).isEqualTo(200);
        assertThat(api.get("/v1/rules", Fixture.ASSESS).statusCode()).isEqualTo(200);
    }

    @Test
    void namesOnlyWithTheNamesScopeAndAsked() {
        // the example with a name given to each person
        JsonObject o = JsonParser.parseString(Fixture.read(Fixture.NORTHGATE)).getAsJsonObject();
        List<String> names = new ArrayList<>();
        int i = 0;
        for (JsonElement p : o.getAsJsonArray("people")) {
            String name = "Alexandra Quill-" + (char) ('A' + i++);
            p.getAsJsonObject().addProperty("name", name);
            names.add(name);
        }
        String doc = o.toString();
        HttpResponse<String> plain = api.postJson("/v1/assessments", Fixture.ALL, doc);
        assertThat(plain.statusCode()).isEqualTo(200);
        for (String n : names) assertThat(plain.body()).doesNotContain(n);
        HttpResponse<String> named = api.postJson("/v1/assessments?includeNames=true", Fixture.ALL, doc);
        assertThat(named.statusCode()).isEqualTo(200);
        assertThat(names.stream().filter(named.body()::contains)).isNotEmpty();
        assertThat(named.body()).contains("\"field\": \"name\"");
        // a problem at a name field does not quote it
        JsonObject bad = o.deepCopy();
        bad.getAsJsonArray("people").get(0).getAsJsonObject().addProperty("name", "");
        bad.getAsJsonObject("trust").add("id", new com.google.gson.JsonPrimitive(7));
        HttpResponse<String> rejected = api.postJson("/v1/assessments", Fixture.ALL, bad.toString());
        assertProblem(rejected, 422);
    }

    @Test
    void errorStatusesOfTheInput() {
        assertProblem(api.postJson("/v1/assessments", Fixture.ASSESS, "{\"schemaVersion\": \"1\",\n \"trust\": nope}"), 400);
        HttpResponse<String> malformed = api.postJson("/v1/assessments", Fixture.ASSESS, "{\"schemaVersion\": \"1\",\n \"trust\": nope}");
        assertThat(obj(malformed).get("detail").getAsString()).contains("line 2");
        assertProblem(api.post("/v1/assessments", Fixture.ASSESS, "text/plain", Fixture.read(Fixture.NORTHGATE)), 415);
        assertProblem(api.send("POST", "/v1/assessments", Fixture.ASSESS, null, HttpRequest.BodyPublishers.ofString("{}")), 415);
        String big = "{\"schemaVersion\":\"1\",\"x\":\"" + "a".repeat((int) MAX_BYTES) + "\"}";
        assertProblem(api.postJson("/v1/assessments", Fixture.ASSESS, big), 413);
        HttpResponse<String> invalid = api.postJson("/v1/assessments", Fixture.ASSESS,
                Fixture.read(Fixture.NORTHGATE).replace("\"amount\": 48000.0,", "\"amount\": \"48000.00\","));
        assertProblem(invalid, 422);
        assertThat(obj(invalid).getAsJsonArray("problems").get(0).getAsJsonObject().get("pointer").getAsString()).isEqualTo("/transactions/0/amount");
        assertProblem(api.postJson("/v1/assessments", Fixture.ASSESS, "[]"), 422);
        assertProblem(api.get("/v1/no-such-thing", Fixture.ASSESS), 404);
    }

    @Test
    void trustContextPaymentsAndTheirErrors() {
        String doc = Fixture.read(Fixture.NORTHGATE);
        assertProblem(api.get("/v1/trusts/NOPE/context", Fixture.CHECK), 404);
        assertProblem(api.postJson("/v1/trusts/NOPE/payments/check", Fixture.CHECK, "{}"), 404);
        HttpResponse<String> mismatch = api.put("/v1/trusts/99999999/context", Fixture.CHECK, doc);
        assertProblem(mismatch, 409);
        assertThat(obj(mismatch).getAsJsonArray("problems").get(0).getAsJsonObject().get("pointer").getAsString()).isEqualTo("/trust/id");
        assertProblem(api.put("/v1/trusts/10070002/context", Fixture.CHECK, "{\"trust\":"), 400);

        HttpResponse<String> put = api.put("/v1/trusts/10070002/context", Fixture.CHECK, doc);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        int ledger = JsonParser.parseString(doc).getAsJsonObject().getAsJsonArray("transactions").size();
        assertThat(obj(put).get("payments").getAsInt()).isEqualTo(ledger);
        assertThat(obj(put).get("rulePackSha256").getAsString()).isEqualTo(RiskEngine.builtin().pack().sha256());
        assertThat(obj(api.get("/v1/trusts/10070002/context", Fixture.CHECK))).isEqualTo(obj(put));

        // a payment to a related party: the decision is what the full assessment with it added reports for it
        String tx = "{\"id\":\"HTTP-1\",\"date\":\"2024-03-01\",\"partyId\":\"O3\",\"amount\":45000.00,\"direction\":\"PAYMENT\",\"kind\":\"SERVICES\"}";
        HttpResponse<String> check = api.postJson("/v1/trusts/10070002/payments/check", Fixture.CHECK, tx);
        assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
        JsonObject d = obj(check);
        assertThat(d.get("trustId").getAsString()).isEqualTo("10070002");
        assertThat(d.get("transactionId").getAsString()).isEqualTo("HTTP-1");
        assertThat(d.get("outcome").getAsString()).isNotEqualTo("ALLOW");
        Set<String> ruleIds = new HashSet<>();
        for (JsonElement q : d.getAsJsonArray("requirements")) {
            JsonObject req = q.getAsJsonObject();
            assertThat(req.has("ruleId") && req.has("severity") && req.has("kind") && req.has("message") && req.has("reference") && req.has("parameters")).isTrue();
            ruleIds.add(req.get("ruleId").getAsString());
        }
        assertThat(ruleIds).isEqualTo(findingsAt(doc, tx));
        assertThat(obj(api.get("/v1/trusts/10070002/context", Fixture.CHECK)).get("payments").getAsInt()).as("a check records nothing").isEqualTo(ledger);

        HttpResponse<String> recorded = api.postJson("/v1/trusts/10070002/payments", Fixture.CHECK, tx);
        assertThat(recorded.statusCode()).isEqualTo(201);
        assertThat(obj(recorded).get("outcome")).isEqualTo(d.get("outcome"));
        assertThat(obj(api.get("/v1/trusts/10070002/context", Fixture.CHECK)).get("payments").getAsInt()).isEqualTo(ledger + 1);

        HttpResponse<String> bad = api.postJson("/v1/trusts/10070002/payments/check", Fixture.CHECK,
                "{\"id\":\"HTTP-2\",\"date\":\"2024-02-30\",\"partyId\":\"NOBODY\",\"amount\":1.234,\"direction\":\"PAYMENT\"}");
        assertProblem(bad, 422);
        List<String> pointers = new ArrayList<>();
        for (JsonElement p : obj(bad).getAsJsonArray("problems")) pointers.add(p.getAsJsonObject().get("pointer").getAsString());
        assertThat(pointers).contains("/date", "/amount");
        assertProblem(api.postJson("/v1/trusts/10070002/payments", Fixture.CHECK, "{\"id\": }"), 400);
        assertProblem(api.post("/v1/trusts/10070002/payments/check", Fixture.CHECK, "application/xml", "<tx/>"), 415);
        assertProblem(api.postJson("/v1/trusts/10070002/payments/check", Fixture.CHECK, "{\"id\":\"" + "x".repeat((int) MAX_BYTES) + "\"}"), 413);
    }

    /** The rule ids the full assessment of {@code doc} with {@code tx} appended reports at that transaction's pointer. */
    static Set<String> findingsAt(String doc, String tx) {
        JsonObject o = JsonParser.parseString(doc).getAsJsonObject();
        JsonArray txs = o.getAsJsonArray("transactions");
        String pointer = "/transactions/" + txs.size();
        txs.add(JsonParser.parseString(tx));
        ReadResult r = new DocumentParser().parse(RawDocument.of("x", 0, 1, o.toString().getBytes(StandardCharsets.UTF_8)));
        Assessment a = RiskEngine.builtin().assess(((Parsed) r).document());
        Set<String> ids = new HashSet<>();
        for (Finding f : a.findings()) {
            for (Evidence e : f.evidence()) if (e.pointer().equals(pointer) || e.pointer().startsWith(pointer + "/")) ids.add(f.ruleId());
        }
        assertThat(ids).as("the payment is one the rules report").isNotEmpty();
        return ids;
    }

    @Test
    void rulesAndOneRuleWithItsDatedParameters() {
        HttpResponse<String> all = api.get("/v1/rules", Fixture.ASSESS);
        assertThat(all.statusCode()).isEqualTo(200);
        JsonArray rules = JsonParser.parseString(all.body()).getAsJsonArray();
        assertThat(rules.size()).isEqualTo(RiskEngine.builtin().catalog().size());
        HttpResponse<String> one = api.get("/v1/rules/RPT-02", Fixture.ASSESS);
        assertThat(one.statusCode()).isEqualTo(200);
        JsonObject rule = obj(one);
        assertThat(rule.get("id").getAsString()).isEqualTo("RPT-02");
        JsonArray params = rule.getAsJsonArray("parameters");
        assertThat(params).isNotEmpty();
        JsonObject first = params.get(0).getAsJsonObject().getAsJsonArray("values").get(0).getAsJsonObject();
        assertThat(first.has("from") && first.has("value") && first.has("source")).isTrue();
        assertProblem(api.get("/v1/rules/NOPE-99", Fixture.ASSESS), 404);
        assertProblem(api.get("/v1/rules", null), 401);
    }

    @Test
    void healthReadinessAndMetrics() {
        assertThat(api.get("/healthz", null).statusCode()).isEqualTo(200);
        HttpResponse<String> ready = api.get("/readyz", null);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(obj(ready).get("store").getAsString()).isEqualTo("open");
        api.get("/v1/rules", Fixture.ASSESS);
        HttpResponse<String> m = api.get("/metrics", null);
        assertThat(m.statusCode()).isEqualTo(200);
        assertThat(m.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(m.body()).contains("matrisk_http_requests_seconds_count{method=\"GET\",route=\"/v1/rules\",status=\"200\"}", "jvm_memory_used_bytes");
    }

    @Test
    void openApiDescribesEveryRouteAndEveryRouteIsServed() {
        HttpResponse<String> r = api.get("/openapi.json", null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonObject doc = obj(r);
        assertThat(doc.get("openapi").getAsString()).isEqualTo("3.1.0");
        JsonObject paths = doc.getAsJsonObject("paths");
        for (Route route : Route.ALL) {
            assertThat(paths.has(route.path())).as(route.path()).isTrue();
            JsonObject op = paths.getAsJsonObject(route.path()).getAsJsonObject(route.method().toLowerCase());
            assertThat(op).as(route.method() + " " + route.path()).isNotNull();
            // served: a protected route asks for a token, a public one answers
            String path = route.path().replace("{trustId}", "10070002").replace("{ruleId}", "RPT-02");
            HttpResponse<String> a = api.send(route.method(), path, null, "application/json", HttpRequest.BodyPublishers.ofString("{}"));
            if (route.access() == Route.Access.PUBLIC) assertThat(a.statusCode()).isEqualTo(200);
            else assertThat(a.statusCode()).isEqualTo(401);
            // every error status it can answer with is documented
            for (int s : OpenApi.errors(route)) assertThat(op.getAsJsonObject("responses").has(String.valueOf(s))).isTrue();
        }
        int documented = 0;
        for (String p : paths.keySet()) documented += paths.getAsJsonObject(p).size();
        assertThat(documented).isEqualTo(Route.ALL.size());
    }

    @Test
    void maxConcurrentAnswers503WithRetryAfter() throws Exception {
        Path d = dir.resolve("busy");
        Files.createDirectories(d);
        ServiceOptions o = new ServiceOptions("127.0.0.1", 0, Fixture.tokenFile(d), false, d.resolve("data"), null, null, MAX_BYTES, 1);
        try (HttpService busy = HttpService.start(o, RiskEngine.builtin(), new PrintStream(OutputStreamNull.INSTANCE), new PrintStream(OutputStreamNull.INSTANCE))) {
            Fixture b = new Fixture(busy.url());
            String doc = Fixture.read(Fixture.NORTHGATE);
            // one slot: of requests sent together, those that find it taken are answered 503 at once
            HttpResponse<String> refused = null;
            int ok = 0;
            for (int round = 0; round < 20 && refused == null; round++) {
                List<CompletableFuture<HttpResponse<String>>> together = new ArrayList<>();
                for (int i = 0; i < 8; i++) together.add(CompletableFuture.supplyAsync(() -> b.postJson("/v1/assessments", Fixture.ASSESS, doc)));
                for (CompletableFuture<HttpResponse<String>> f : together) {
                    HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
                    if (r.statusCode() == 503) refused = r;
                    else if (r.statusCode() == 200) ok++;
                    else throw new AssertionError(r.statusCode() + " " + r.body());
                }
            }
            assertThat(refused).isNotNull();
            assertProblem(refused, 503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(ok).isPositive();
            assertThat(b.get("/v1/rules", Fixture.ASSESS).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aCustomRulePackAppliesToEveryEndpoint() throws Exception {
        Path d = dir.resolve("pack");
        Files.createDirectories(d);
        RiskEngine custom = RiskEngine.of(org.matrisk.engine.pack.RulePack.load(Fixture.REPO.resolve("examples/packs/cash-reserves"), false));
        String sha = custom.pack().sha256();
        assertThat(sha).isNotEqualTo(RiskEngine.builtin().pack().sha256());
        ServiceOptions o = new ServiceOptions("127.0.0.1", 0, Fixture.tokenFile(d), false, d.resolve("data"), null, null, MAX_BYTES, 8);
        try (HttpService packed = HttpService.start(o, custom, new PrintStream(OutputStreamNull.INSTANCE), new PrintStream(OutputStreamNull.INSTANCE))) {
            Fixture f = new Fixture(packed.url());
            assertThat(f.get("/v1/rules", Fixture.ASSESS).body()).contains("\"id\":\"X-03\"");
            assertThat(f.get("/v1/rules/X-03", Fixture.ASSESS).statusCode()).isEqualTo(200);
            JsonObject a = obj(f.postJson("/v1/assessments", Fixture.ASSESS, Fixture.read(Fixture.NORTHGATE)));
            assertThat(a.getAsJsonObject("rulePack").get("sha256").getAsString()).isEqualTo(sha);
            assertThat(obj(f.put("/v1/trusts/10070002/context", Fixture.CHECK, Fixture.read(Fixture.NORTHGATE))).get("rulePackSha256").getAsString()).isEqualTo(sha);
            String tx = "{\"id\":\"PACK-1\",\"date\":\"2024-03-01\",\"partyId\":\"O3\",\"amount\":45000.00,\"direction\":\"PAYMENT\",\"kind\":\"SERVICES\"}";
            assertThat(obj(f.postJson("/v1/trusts/10070002/payments/check", Fixture.CHECK, tx)).get("rulePackSha256").getAsString()).isEqualTo(sha);
            assertThat(f.get("/openapi.json", null).body()).contains(sha);
        }
    }

    @Test
    void refusesToStartWithoutTokens() {
        ServiceOptions o = new ServiceOptions("127.0.0.1", 0, null, false, dir.resolve("never"), null, null, MAX_BYTES, 4);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HttpService.start(o, RiskEngine.builtin(), System.out, System.err))
                .hasMessageContaining("refuses to start without tokens");
    }

    @Test
    void insecureNoAuthGrantsEveryScopeAndSaysSo() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ServiceOptions o = new ServiceOptions("127.0.0.1", 0, null, true, dir.resolve("open"), null, null, MAX_BYTES, 4);
        try (HttpService open = HttpService.start(o, RiskEngine.builtin(), new PrintStream(OutputStreamNull.INSTANCE), new PrintStream(err, true, StandardCharsets.UTF_8))) {
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("--insecure-no-auth");
            assertThat(new Fixture(open.url()).get("/v1/rules", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void servesHttpsFromAKeystore() throws Exception {
        Path d = dir.resolve("tls");
        Files.createDirectories(d);
        Path ks = d.resolve("server.p12");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair", "-keystore", ks.toString(),
                "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit", "-alias", "matrisk", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-validity", "2", "-ext", "SAN=ip:127.0.0.1").redirectErrorStream(true).start();
        String keytoolOut = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(keytoolOut).isZero();
        Path pw = d.resolve("password");
        Files.writeString(pw, "changeit\n");
        ServiceOptions o = new ServiceOptions("127.0.0.1", 0, Fixture.tokenFile(d), false, d.resolve("data"), ks, pw, MAX_BYTES, 4);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HttpService tls = HttpService.start(o, RiskEngine.builtin(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err)) {
            assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("matrisk: listening on https://127.0.0.1:");
            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(ks)) { trust.load(in, "changeit".toCharArray()); }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            Fixture f = new Fixture(tls.url(), HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(ssl).connectTimeout(Duration.ofSeconds(10)).build());
            assertThat(f.get("/v1/rules/RPT-02", Fixture.ASSESS).statusCode()).isEqualTo(200);
        }
    }

    /** Discards output. */
    static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();
        @Override public void write(int b) {}
        @Override public void write(byte[] b, int off, int len) {}
    }
}
