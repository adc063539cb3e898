package org.matrisk.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Tokens, a token file, paths of the repository's examples and corpus, and an HTTP client that keeps every answer. */
final class Fixture {
    static final String ASSESS = "assess-token-7f3a9c";
    static final String CHECK = "check-token-51be02";
    static final String ALL = "all-scopes-token-c0ffee";
    static final String UNKNOWN = "nobody-knows-this-token";

    static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
    static final Path NORTHGATE = REPO.resolve("examples/northgate-risky.json");
    static final Path RIVERSIDE = REPO.resolve("examples/riverside-clean.json");
    static final Path HOSTILE = REPO.resolve("adapters/json/src/test/resources/hostile");

    static Path tokenFile(Path dir) throws IOException {
        Path f = dir.resolve("tokens");
        Files.writeString(f, "# test tokens\n"
                + Tokens.hash(ASSESS) + " assess auditor-platform\n"
                + Tokens.hash(CHECK) + " check finance-system\n"
                + Tokens.hash(ALL) + " assess,check,names Jane Example\n");
        return f;
    }

    /** Every answer body seen, to check that none carries a token or a stack trace. */
    static final List<String> SEEN = Collections.synchronizedList(new ArrayList<>());

    final HttpClient http;
    final String base;

    Fixture(String base) {
        this(base, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build());
    }

    Fixture(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    HttpResponse<String> send(String method, String path, String token, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (contentType != null) b.header("Content-Type", contentType);
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            SEEN.add(r.statusCode() + " " + r.headers().map() + " " + r.body());
            return r;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path, String token) { return send("GET", path, token, null, null); }

    HttpResponse<String> post(String path, String token, String contentType, String body) {
        return send("POST", path, token, contentType, HttpRequest.BodyPublishers.ofString(body));
    }

    HttpResponse<String> postJson(String path, String token, String body) { return post(path, token, "application/json", body); }

    HttpResponse<String> put(String path, String token, String body) {
        return send("PUT", path, token, "application/json", HttpRequest.BodyPublishers.ofString(body));
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
