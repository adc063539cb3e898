package org.matrisk.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.matrisk.assessment.Assessment;
import org.matrisk.engine.NameDisclosure;
import org.matrisk.engine.RiskEngine;
import org.matrisk.engine.inline.Decision;
import org.matrisk.engine.inline.InlineChecker;
import org.matrisk.engine.pack.RuleMeta;
import org.matrisk.engine.params.DatedValue;
import org.matrisk.engine.params.Parameter;
import org.matrisk.json.read.DocumentSource;
import org.matrisk.json.read.Problem;
import org.matrisk.json.read.RawDocument;
import org.matrisk.json.read.ReaderLimits;
import org.matrisk.json.write.AssessmentGson;
import org.matrisk.json.write.DecisionJson;
import org.matrisk.model.Person;
import org.matrisk.model.TrustDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code matrisk serve}: the engine behind the small authenticated JSON API of contract
 * {@code http-api.md}, on Javalin (Jetty). Every decision and assessment comes from the one
 * {@link RiskEngine} it is given (the rule pack of {@code --rules}); trust contexts and payments are
 * kept in the SQLite store under {@code --data}.
 *
 * <p>What it never writes, in an answer or a log line: a stack trace (errors are problem details; a
 * failure is logged by its exception class alone), a token (only its hash is held), a person's name
 * (assessments and decisions cite people by id and pointer; names only for a token with the
 * {@code names} scope that asks {@code ?includeNames=true}; reader problems at a name field are
 * redacted). Log lines name the method, the route template, the status and the time taken.
 */
public final class HttpService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpService.class);
    private static final String PROBLEM_WRITTEN = "matrisk.problem";

    private final ServiceOptions options;
    private final RiskEngine engine;
    private final Tokens tokens;
    private final ContextStore store;
    private final Inputs inputs;
    private final TrustContexts contexts;
    private final PrometheusMeterRegistry metrics;
    private final Semaphore slots;
    private final String openApi;
    private final Javalin app;
    private final Counter decisionsAllow, decisionsAction, decisionsBlock, assessed, rejected;
    private volatile boolean stopping;

    private HttpService(ServiceOptions options, RiskEngine engine, Tokens tokens, ContextStore store) {
        this.options = options;
        this.engine = engine;
        this.tokens = tokens;
        this.store = store;
        this.inputs = new Inputs(ReaderLimits.defaults().withMaxDocumentBytes(options.maxDocumentBytes()));
        this.contexts = new TrustContexts(InlineChecker.of(engine), store, inputs);
        this.metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(metrics);
        new JvmThreadMetrics().bindTo(metrics);
        new ProcessorMetrics().bindTo(metrics);
        new JvmGcMetrics().bindTo(metrics);
        metrics.gauge("matrisk.http.requests.in.flight", this, s -> options.maxConcurrent() - s.slots.availablePermits());
        this.decisionsAllow = Counter.builder("matrisk.decisions").tag("outcome", "ALLOW").register(metrics);
        this.decisionsAction = Counter.builder("matrisk.decisions").tag("outcome", "REQUIRES_ACTION").register(metrics);
        this.decisionsBlock = Counter.builder("matrisk.decisions").tag("outcome", "BLOCK").register(metrics);
        this.assessed = Counter.builder("matrisk.documents").tag("result", "assessed").register(metrics);
        this.rejected = Counter.builder("matrisk.documents").tag("result", "rejected").register(metrics);
        this.slots = new Semaphore(options.maxConcurrent());
        this.openApi = OpenApi.json(engine, options.tlsKeystore() != null);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.prefer405over404 = true;
            config.router.ignoreTrailingSlashes = false;
            config.jetty.defaultHost = options.host();
            config.jetty.defaultPort = options.port();
            // graceful stop: Javalin's Jetty server has a StatisticsHandler, so stop() waits for requests in flight
            config.jetty.modifyServer(server -> server.setStopTimeout(30_000));
            if (options.tlsKeystore() != null) {
                String password = readPassword(options);
                config.jetty.addConnector((server, http) -> {
                    SslContextFactory.Server ssl = new SslContextFactory.Server();
                    ssl.setKeyStorePath(options.tlsKeystore().toAbsolutePath().toString());
                    ssl.setKeyStorePassword(password);
                    HttpConfiguration https = new HttpConfiguration(http);
                    SecureRequestCustomizer src = new SecureRequestCustomizer();
                    src.setSniHostCheck(false);
                    https.addCustomizer(src);
                    ServerConnector c = new ServerConnector(server, ssl, new HttpConnectionFactory(https));
                    c.setHost(options.host());
                    c.setPort(options.port());
                    return c;
                });
            }
        });
        for (Route r : Route.ALL) app.addHttpHandler(HandlerType.valueOf(r.method()), r.path(), ctx -> serve(r, ctx));
        app.exception(Exception.class, (e, ctx) -> {
            if (e instanceof HttpResponseException h) {
                problem(ctx, new ProblemException(h.getStatus(), title(h.getStatus()), h.getStatus() == 404 ? "no such resource" : "the request was not accepted"));
            } else {
                LOG.warn("{} {} failed: {}", ctx.method(), ctx.endpointHandlerPath(), e.getClass().getName());
                problem(ctx, new ProblemException(500, "Internal error", "the request could not be completed"));
            }
        });
        app.error(404, ctx -> {
            if (ctx.attribute(PROBLEM_WRITTEN) == null) problem(ctx, new ProblemException(404, "Not found", "no such resource: " + ctx.method() + " " + safePath(ctx)));
        });
        app.error(405, ctx -> {
            if (ctx.attribute(PROBLEM_WRITTEN) == null) problem(ctx, new ProblemException(405, "Method not allowed", ctx.method() + " is not allowed on " + safePath(ctx)));
        });
    }

    /**
     * Starts the service: reads the token file (refusing to start without one unless
     * {@code insecureNoAuth}), opens the store, binds, and prints {@code matrisk: listening on URL} to
     * {@code out} once it accepts connections.
     */
    public static HttpService start(ServiceOptions options, RiskEngine engine, PrintStream out, PrintStream err) throws Exception {
        Tokens tokens;
        if (options.tokens() != null) tokens = Tokens.load(options.tokens());
        else if (options.insecureNoAuth()) {
            tokens = Tokens.insecureNoAuth();
            err.println("matrisk: WARNING: --insecure-no-auth: no authentication, every request has every scope (assess, check, names)");
        } else {
            throw new IllegalArgumentException("no --tokens FILE: the service refuses to start without tokens (or give --insecure-no-auth)");
        }
        ContextStore store = ContextStore.open(options.data());
        HttpService s;
        try {
            s = new HttpService(options, engine, tokens, store);
            s.app.start();
        } catch (Exception e) {
            store.close();
            throw e;
        }
        out.println("matrisk: listening on " + s.url());
        out.flush();
        LOG.info("listening on {} (rule pack {} sha256 {})", s.url(), engine.pack().id(), engine.pack().sha256());
        return s;
    }

    public int port() {
        return ((ServerConnector) app.jettyServer().server().getConnectors()[0]).getLocalPort();
    }

    public String url() {
        return (options.tlsKeystore() != null ? "https" : "http") + "://" + options.host() + ":" + port();
    }

    /** Stop accepting, finish what is in flight, close the store. */
    @Override
    public synchronized void close() {
        if (stopping) return;
        stopping = true;
        try {
            app.stop();
        } finally {
            try {
                store.close();
            } catch (Exception e) {
                LOG.warn("closing the store failed: {}", e.getClass().getName());
            }
            metrics.close();
            LOG.info("stopped");
        }
    }

    /**
     * Blocks until SIGTERM or SIGINT, then stops gracefully ({@link #close}) and returns, so the caller can
     * exit 0. (A shutdown hook alone would leave the JVM's exit status at 143.)
     */
    public void awaitTermination() throws InterruptedException {
        java.util.concurrent.CountDownLatch stop = new java.util.concurrent.CountDownLatch(1);
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> stop.countDown());
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                LOG.debug("signal {} cannot be handled here", name);
            }
        }
        stop.await();
        LOG.info("stopping: finishing the requests in flight");
        close();
    }

    private static String readPassword(ServiceOptions o) {
        try {
            List<String> lines = Files.readAllLines(o.tlsPasswordFile(), StandardCharsets.UTF_8);
            return lines.isEmpty() ? "" : lines.get(0);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read --tls-password-file " + o.tlsPasswordFile() + ": " + e.getClass().getSimpleName());
        }
    }

    // ------------------------------------------------------------------------------------------ request flow

    private void serve(Route r, Context ctx) {
        long t0 = System.nanoTime();
        boolean slot = false;
        try {
            Tokens.Holder who = authorize(r, ctx);
            if (r.access() != Route.Access.PUBLIC) {
                if (!slots.tryAcquire()) {
                    throw new ProblemException(503, "Busy", options.maxConcurrent() + " requests are already in flight (--max-concurrent); retry after 1 s",
                            List.of(), Map.of("Retry-After", "1"));
                }
                slot = true;
            }
            handle(r, ctx, who);
        } catch (ProblemException e) {
            if (e.status >= 400 && (r.operationId().equals("assess"))) rejected.increment();
            problem(ctx, e);
        } catch (RuntimeException | IOException e) {
            LOG.warn("{} {} failed: {}", r.method(), r.path(), e.getClass().getName());
            problem(ctx, new ProblemException(500, "Internal error", "the request could not be completed"));
        } finally {
            if (slot) slots.release();
            long nanos = System.nanoTime() - t0;
            int status = ctx.res().getStatus();
            Timer.builder("matrisk.http.requests").tag("method", r.method()).tag("route", r.path()).tag("status", String.valueOf(status))
                    .register(metrics).record(nanos, TimeUnit.NANOSECONDS);
            if (!r.access().equals(Route.Access.PUBLIC)) LOG.info("{} {} {} {} ms", r.method(), r.path(), status, nanos / 1_000_000);
        }
    }

    private Tokens.Holder authorize(Route r, Context ctx) {
        if (r.access() == Route.Access.PUBLIC) return null;
        String h = ctx.header("Authorization");
        String token = h != null && h.regionMatches(true, 0, "Bearer ", 0, 7) ? h.substring(7).strip() : null;
        Tokens.Holder who = tokens.authenticate(token).orElse(null);
        if (who == null) {
            throw new ProblemException(401, "Unauthorized", h == null ? "a bearer token is required (Authorization: Bearer TOKEN)" : "the token is not known",
                    List.of(), Map.of("WWW-Authenticate", "Bearer realm=\"matrisk\""));
        }
        Tokens.Scope need = switch (r.access()) {
            case ASSESS -> Tokens.Scope.ASSESS;
            case CHECK -> Tokens.Scope.CHECK;
            default -> null;
        };
        if (need != null && !who.has(need)) {
            throw new ProblemException(403, "Forbidden", "the token lacks the scope " + need.label());
        }
        if ("true".equalsIgnoreCase(ctx.queryParam("includeNames")) && !who.has(Tokens.Scope.NAMES)) {
            throw new ProblemException(403, "Forbidden", "includeNames=true needs a token with the scope names");
        }
        return who;
    }

    private static boolean names(Context ctx, Tokens.Holder who) {
        return who != null && who.has(Tokens.Scope.NAMES) && "true".equalsIgnoreCase(ctx.queryParam("includeNames"));
    }

    private void handle(Route r, Context ctx, Tokens.Holder who) throws IOException {
        switch (r.operationId()) {
            case "assess" -> assess(ctx, who);
            case "putContext" -> putContext(ctx);
            case "getContext" -> json(ctx, 200, summary(ctx.pathParam("trustId"), contexts.require(ctx.pathParam("trustId"))));
            case "checkPayment" -> decision(ctx, who, false);
            case "recordPayment" -> decision(ctx, who, true);
            case "listRules" -> {
                JsonArray a = new JsonArray();
                for (RuleMeta m : engine.catalog().rules()) a.add(rule(m));
                json(ctx, 200, a);
            }
            case "getRule" -> json(ctx, 200, ruleDetail(ctx.pathParam("ruleId")));
            case "openApi" -> { ctx.status(200); ctx.contentType("application/json"); ctx.result(openApi); }
            case "health" -> json(ctx, 200, status("ok"));
            case "ready" -> {
                boolean ready = store.isOpen() && !stopping;
                JsonObject o = status(ready ? "ready" : "not ready");
                o.addProperty("rulePackSha256", engine.pack().sha256());
                o.addProperty("store", store.isOpen() ? "open" : "closed");
                json(ctx, ready ? 200 : 503, o);
            }
            case "metrics" -> {
                ctx.status(200);
                ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
                ctx.result(metrics.scrape());
            }
            default -> throw new IllegalStateException("no handler for " + r.operationId());
        }
    }

    private static JsonObject status(String s) {
        JsonObject o = new JsonObject();
        o.addProperty("status", s);
        return o;
    }

    // ------------------------------------------------------------------------------------------ assessments

    private void assess(Context ctx, Tokens.Holder who) throws IOException {
        String type = mediaType(ctx);
        LocalDate asOf = asOf(ctx);
        boolean names = names(ctx, who);
        if (type.equals("application/json")) {
            TrustDocument doc = inputs.document(body(ctx), "request", 0, names);
            Assessment a = assessOne(doc, asOf, names);
            assessed.increment();
            ctx.status(200);
            ctx.contentType("application/json");
            ctx.result(AssessmentGson.PRETTY.toJson(a));
        } else if (type.equals("application/x-ndjson") || type.equals("application/ndjson")) {
            ctx.status(200);
            ctx.contentType("application/x-ndjson");
            OutputStream out = ctx.res().getOutputStream();
            try (DocumentSource src = DocumentSource.open(ctx.req().getInputStream(), "request", true, inputs.limits())) {
                while (src.hasNext()) {
                    RawDocument raw = src.next();
                    String line;
                    try {
                        if (raw.isSplitError()) throw splitProblem(raw);
                        TrustDocument doc = inputs.document(raw.bytes(), "request", raw.position(), names, false);
                        line = AssessmentGson.COMPACT.toJson(assessOne(doc, asOf, names));
                        assessed.increment();
                    } catch (ProblemException e) {
                        rejected.increment();
                        line = Problems.rejectedLine(e);
                    }
                    out.write(line.getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                    out.flush();
                }
            }
        } else {
            throw unsupported(type, "application/json or application/x-ndjson");
        }
    }

    private Assessment assessOne(TrustDocument doc, LocalDate asOf, boolean names) {
        TrustDocument d = asOf == null ? doc : doc.withAsOf(asOf);
        Assessment a;
        try {
            a = engine.assess(d);
        } catch (RuntimeException e) {
            // as scan: a document the engine fails on is rejected, named by the exception's class only
            LOG.warn("the engine failed on a document: {}", e.getClass().getName());
            throw new ProblemException(422, "Not assessed", "the engine failed on this document (" + e.getClass().getSimpleName()
                    + "); please report it with the document", List.of(new Problem("", "the engine failed on this document")));
        }
        return names ? NameDisclosure.withNames(a, d) : a;
    }

    private static ProblemException splitProblem(RawDocument raw) {
        String reason = raw.splitError();
        int status = reason.startsWith("document exceeds") ? 413 : reason.startsWith("document is not a JSON object") ? 422 : 400;
        return new ProblemException(status, status == 413 ? "Document too large" : status == 422 ? "Invalid input" : "Malformed JSON",
                "line " + raw.line() + ": " + reason, List.of(new Problem("", reason)));
    }

    private static LocalDate asOf(Context ctx) {
        String s = ctx.queryParam("asOf");
        if (s == null) return null;
        try {
            if (s.length() != 10) throw new DateTimeParseException("length", s, 0);
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new ProblemException(400, "Bad query parameter", "asOf must be a date in the form YYYY-MM-DD",
                    List.of(new Problem("", "query parameter asOf is not a date in the form YYYY-MM-DD")));
        }
    }

    // ------------------------------------------------------------------------------------------ trust contexts

    private void putContext(Context ctx) throws IOException {
        requireJson(ctx);
        String trustId = ctx.pathParam("trustId");
        byte[] body = body(ctx);
        TrustDocument doc = inputs.document(body, "request", 0, false);
        String id = doc.trust() == null ? null : doc.trust().id();
        if (!trustId.equals(id)) {
            throw new ProblemException(409, "Trust id mismatch", "the document's trust.id differs from the path's {trustId}",
                    List.of(new Problem("/trust/id", "expected \"" + trustId + "\" (the path), got \"" + id + "\"")));
        }
        TrustContexts.Entry e = contexts.put(trustId, doc, body);
        json(ctx, 200, summary(trustId, e));
    }

    private JsonObject summary(String trustId, TrustContexts.Entry e) {
        JsonObject o = new JsonObject();
        o.addProperty("trustId", trustId);
        o.addProperty("payments", e.payments());
        o.addProperty("rulePackSha256", contexts.rulePackSha256());
        return o;
    }

    private void decision(Context ctx, Tokens.Holder who, boolean record) throws IOException {
        requireJson(ctx);
        String trustId = ctx.pathParam("trustId");
        contexts.require(trustId);
        boolean names = names(ctx, who);
        byte[] body = body(ctx);
        Decision d = record ? contexts.record(trustId, body, names) : contexts.check(trustId, body, names);
        (d.outcome() == Decision.Outcome.ALLOW ? decisionsAllow : d.outcome() == Decision.Outcome.BLOCK ? decisionsBlock : decisionsAction).increment();
        JsonObject o = DecisionJson.tree(d);
        if (names) addNames(o, contexts.require(trustId).context().document().people());
        json(ctx, record ? 201 : 200, o);
    }

    private static final Pattern PERSON = Pattern.compile("^/people/(\\d+)(?:/.*)?$");

    /** As {@link NameDisclosure}: after each piece of evidence that points into a person, that person's name. */
    private static void addNames(JsonObject decision, List<Person> people) {
        for (var req : decision.getAsJsonArray("requirements")) {
            JsonArray ev = req.getAsJsonObject().getAsJsonArray("evidence");
            if (ev == null) continue;
            JsonArray out = new JsonArray();
            for (var e : ev) {
                out.add(e);
                var p = e.getAsJsonObject().get("pointer");
                Matcher m = p == null || !p.isJsonPrimitive() ? null : PERSON.matcher(p.getAsString());
                if (m == null || !m.matches()) continue;
                int i = Integer.parseInt(m.group(1));
                if (i >= people.size() || people.get(i).name() == null) continue;
                JsonObject n = new JsonObject();
                n.addProperty("pointer", "/people/" + i + "/name");
                n.addProperty("field", "name");
                n.addProperty("value", people.get(i).name());
                if (!ev.contains(n) && !out.contains(n)) out.add(n);
            }
            req.getAsJsonObject().add("evidence", out);
        }
    }

    // ------------------------------------------------------------------------------------------ rules

    private static JsonObject rule(RuleMeta r) {
        return org.matrisk.json.write.RuleJson.summary(r);
    }

    private JsonObject ruleDetail(String id) {
        RuleMeta r = engine.catalog().find(id.toUpperCase(Locale.ROOT)).orElseThrow(() -> new ProblemException(404, "Unknown rule",
                "no rule " + id + " in pack " + engine.pack().id() + "; GET /v1/rules lists them", List.of(new Problem("", "no such rule"))));
        JsonObject o = rule(r);
        o.addProperty("scope", r.scope().name());
        o.addProperty("condition", r.condition());
        o.addProperty("message", r.message());
        o.addProperty("example", r.example());
        o.addProperty("requirement", r.requirement());
        JsonArray params = new JsonArray();
        for (String name : r.parameters()) {
            Parameter p = engine.pack().parameters().get(name);
            JsonObject q = new JsonObject();
            q.addProperty("name", name);
            q.addProperty("type", p.type().name());
            q.addProperty("description", p.description());
            JsonArray values = new JsonArray();
            for (DatedValue v : p.values()) {
                JsonObject x = new JsonObject();
                x.addProperty("from", v.from() == null ? null : v.from().toString());
                x.add("value", AssessmentGson.COMPACT.toJsonTree(v.value()));
                x.addProperty("source", v.source());
                x.addProperty("url", v.url());
                values.add(x);
            }
            q.add("values", values);
            params.add(q);
        }
        o.add("parameters", params);
        return o;
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static String mediaType(Context ctx) {
        String t = ctx.contentType();
        if (t == null) return "";
        int semi = t.indexOf(';');
        return (semi < 0 ? t : t.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static void requireJson(Context ctx) {
        String t = mediaType(ctx);
        if (!t.equals("application/json")) throw unsupported(t, "application/json");
    }

    private static ProblemException unsupported(String type, String expected) {
        String shown = type.isEmpty() ? "no Content-Type" : "Content-Type " + (type.length() > 60 ? type.substring(0, 60) + "..." : type);
        return new ProblemException(415, "Unsupported media type", shown + "; expected " + expected,
                List.of(new Problem("", "expected Content-Type " + expected)));
    }

    /**
     * The request body, at most {@code --max-document-bytes}: a larger one (by Content-Length, or as it
     * arrives) is 413. What is left of it is read and dropped (up to a bound) so the client sees the answer.
     */
    private byte[] body(Context ctx) throws IOException {
        long max = options.maxDocumentBytes();
        long declared = ctx.req().getContentLengthLong();
        InputStream in = ctx.req().getInputStream();
        if (declared > max) {
            drain(in, max * 4);
            throw inputs.tooLarge(declared);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
        byte[] buf = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > max) {
                drain(in, max * 4);
                throw inputs.tooLarge(total);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static void drain(InputStream in, long upTo) {
        byte[] buf = new byte[65536];
        long seen = 0;
        try {
            int n;
            while (seen < upTo && (n = in.read(buf)) > 0) seen += n;
        } catch (IOException ignored) {
            // the client went away: nothing to answer
        }
    }

    private static void json(Context ctx, int status, com.google.gson.JsonElement body) {
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.result(AssessmentGson.COMPACT.toJson(body));
    }

    private static void problem(Context ctx, ProblemException e) {
        ctx.attribute(PROBLEM_WRITTEN, Boolean.TRUE);
        ctx.status(e.status);
        e.headers.forEach(ctx::header);
        if (e.status == 401 && !e.headers.containsKey("WWW-Authenticate")) ctx.header("WWW-Authenticate", "Bearer realm=\"matrisk\"");
        ctx.contentType(Problems.MEDIA_TYPE);
        ctx.result(Problems.toJson(e));
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Body too large";
            default -> "Error";
        };
    }

    /** The request path, cut to 100 characters (it is echoed in a problem). */
    private static String safePath(Context ctx) {
        String p = ctx.path();
        return p.length() > 100 ? p.substring(0, 100) + "..." : p;
    }
}
