package org.matrisk.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A payment acknowledged with 201 survives {@code kill -9}: the service runs as a child process on a
 * data directory, records a payment, is killed (SIGKILL, no shutdown of any kind), and a new process on
 * the same directory has it. Then SIGTERM stops it gracefully with exit status 0.
 */
class KillNineTest {
    @TempDir Path dir;

    /** A running child service: its process, its URL, and what it wrote. */
    record Child(Process process, String url, StringBuffer out, StringBuffer err, List<Thread> pumps) {
        /** Waits for the process's output to be read to its end. */
        void drained() throws InterruptedException {
            for (Thread t : pumps) t.join(30_000);
        }
    }

    Child start(Path data, Path tokens) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), ServeProcessMain.class.getName(),
                data.toString(), tokens.toString()).start();
        StringBuffer out = new StringBuffer(), err = new StringBuffer();
        CompletableFuture<String> url = new CompletableFuture<>();
        List<Thread> pumps = List.of(pump(p.getInputStream(), out, url), pump(p.getErrorStream(), err, null));
        try {
            return new Child(p, url.get(240, TimeUnit.SECONDS), out, err, pumps);
        } catch (Exception e) {
            p.destroyForcibly();
            throw new AssertionError("the service did not start: " + out + err, e);
        }
    }

    private static Thread pump(InputStream in, StringBuffer into, CompletableFuture<String> url) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    into.append(line).append('\n');
                    if (url != null && line.startsWith("matrisk: listening on ")) url.complete(line.substring("matrisk: listening on ".length()));
                }
            } catch (IOException ignored) {
                // the process went away
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Test
    void aRecordedPaymentSurvivesKillMinus9() throws Exception {
        Path tokens = Fixture.tokenFile(dir);
        Path data = dir.resolve("data");
        String doc = Fixture.read(Fixture.NORTHGATE);
        int ledger = JsonParser.parseString(doc).getAsJsonObject().getAsJsonArray("transactions").size();
        String tx = "{\"id\":\"KILL-1\",\"date\":\"2024-03-01\",\"partyId\":\"O3\",\"amount\":45000.00,\"direction\":\"PAYMENT\",\"kind\":\"SERVICES\"}";

        Child first = start(data, tokens);
        Fixture api = new Fixture(first.url());
        assertThat(api.put("/v1/trusts/10070002/context", Fixture.CHECK, doc).statusCode()).isEqualTo(200);
        HttpResponse<String> recorded = api.postJson("/v1/trusts/10070002/payments", Fixture.CHECK, tx);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        first.process().destroyForcibly();           // SIGKILL
        assertThat(first.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(first.process().exitValue()).isNotZero();

        Child second = start(data, tokens);
        try {
            Fixture again = new Fixture(second.url());
            HttpResponse<String> ctx = again.get("/v1/trusts/10070002/context", Fixture.CHECK);
            assertThat(ctx.statusCode()).isEqualTo(200);
            assertThat(JsonParser.parseString(ctx.body()).getAsJsonObject().get("payments").getAsInt()).isEqualTo(ledger + 1);
            // the payment is in the ledger: checking it again puts it in its recorded place, not after the ledger
            HttpResponse<String> check = again.postJson("/v1/trusts/10070002/payments/check", Fixture.CHECK, tx);
            JsonObject d = JsonParser.parseString(check.body()).getAsJsonObject();
            assertThat(d.get("pointer").getAsString()).isNotEqualTo("/transactions/" + (ledger + 1));
            assertThat(d.get("outcome")).isEqualTo(JsonParser.parseString(recorded.body()).getAsJsonObject().get("outcome"));
        } finally {
            // SIGTERM: graceful stop, exit 0 (through the handle: Process.destroy() would also close our end of its pipes)
            second.process().toHandle().destroy();
            assertThat(second.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        first.drained();
        second.drained();
        assertThat(second.process().exitValue()).as(second.err().toString()).isZero();
        for (String log : List.of(first.err().toString(), second.err().toString(), first.out().toString(), second.out().toString())) {
            assertThat(log).doesNotContain(Fixture.CHECK, Fixture.ASSESS, Fixture.ALL, "\tat ");
        }
        assertThat(second.err().toString()).contains("GET /v1/trusts/{trustId}/context 200", "stopping: finishing the requests in flight", "stopped");
    }
}
