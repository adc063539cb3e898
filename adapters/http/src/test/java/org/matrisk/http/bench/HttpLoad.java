package org.matrisk.http.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load generator for {@code matrisk serve} (bench/http-load.sh runs it; JDK only): requests
 * go out at a fixed rate whatever the answers' times, from {@code --threads} workers each keeping its own
 * schedule, and a request's latency is measured from the moment it was due, so a slow answer that delays
 * the next request counts against the service (no coordinated omission).
 *
 * <pre>
 * HttpLoad --url http://127.0.0.1:PORT --token T --mode check --trust ID --party O1 --rate 1000 --seconds 60 --warmup 15 --threads 8
 * HttpLoad --url ... --token T --mode assess --body examples/northgate-risky.json --rate 50 --seconds 60 --warmup 15 --threads 4
 * </pre>
 * Prints one line: mode, rate asked, requests/s achieved, p50/p99/p99.9/max in ms, non-2xx count.
 */
public final class HttpLoad {
    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        String url = a.get("url"), token = a.get("token"), mode = a.getOrDefault("mode", "check");
        double rate = Double.parseDouble(a.getOrDefault("rate", "1000"));
        int seconds = Integer.parseInt(a.getOrDefault("seconds", "60"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "10"));
        int threads = Integer.parseInt(a.getOrDefault("threads", "8"));
        String trust = a.get("trust"), party = a.getOrDefault("party", "O1");
        byte[] doc = mode.equals("assess") ? Files.readAllBytes(Path.of(a.get("body"))) : null;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        URI target = URI.create(url + (mode.equals("assess") ? "/v1/assessments" : "/v1/trusts/" + trust + "/payments/check"));

        run(http, target, token, doc, party, rate, warmup, threads, null);               // warm-up, not recorded
        long[][] lat = new long[threads][];
        AtomicLong bad = new AtomicLong();
        long t0 = System.nanoTime();
        run(http, target, token, doc, party, rate, seconds, threads, new Result(lat, bad));
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long[] all = Arrays.stream(lat).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s rate=%.0f/s threads=%d seconds=%d: %d requests, %.1f req/s, p50=%.2f ms p99=%.2f ms p99.9=%.2f ms max=%.2f ms, non-2xx=%d%n",
                mode, rate, threads, seconds, all.length, all.length / elapsed, ms(all, 0.50), ms(all, 0.99), ms(all, 0.999),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, bad.get());
    }

    record Result(long[][] latencies, AtomicLong bad) {}

    static double ms(long[] sorted, double q) {
        if (sorted.length == 0) return 0;
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    static void run(HttpClient http, URI target, String token, byte[] doc, String party, double rate, int seconds, int threads, Result into)
            throws InterruptedException {
        long start = System.nanoTime() + 50_000_000L;
        long total = (long) (rate * seconds);
        double interval = 1e9 / rate;
        List<Thread> workers = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            final int w = k;
            Thread t = new Thread(() -> {
                long[] mine = new long[(int) (total / threads + 2)];
                int n = 0;
                for (long i = w; i < total; i += threads) {
                    long due = start + (long) (i * interval);
                    long now;
                    while ((now = System.nanoTime()) < due) LockSupport.parkNanos(due - now);
                    HttpRequest.BodyPublisher body = doc != null ? HttpRequest.BodyPublishers.ofByteArray(doc)
                            : HttpRequest.BodyPublishers.ofString("{\"id\":\"LOAD-" + i + "\",\"date\":\"2024-0" + (1 + i % 8) + "-1" + (i % 10)
                            + "\",\"partyId\":\"" + party + "\",\"amount\":" + (100 + i % 5000) + ".00,\"direction\":\"PAYMENT\",\"kind\":\"SERVICES\"}");
                    HttpRequest req = HttpRequest.newBuilder(target).header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30)).POST(body).build();
                    int status;
                    try {
                        status = http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    long lat = System.nanoTime() - due;
                    if (into != null) {
                        if (status / 100 != 2) into.bad().incrementAndGet();
                        mine[n++] = lat;
                    }
                }
                if (into != null) into.latencies()[w] = Arrays.copyOf(mine, n);
            }, "load-" + k);
            t.start();
            workers.add(t);
        }
        for (Thread t : workers) t.join();
    }
}
