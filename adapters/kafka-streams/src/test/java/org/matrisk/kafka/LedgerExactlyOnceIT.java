package org.matrisk.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matrisk.engine.RiskEngine;
import org.matrisk.fixtures.Documents;

/**
 * Exactly once against a real broker: a ledger for several trusts (and a few trust documents, and bad
 * records of both) is produced while one instance of the adapter runs in a process of its own; that
 * process is killed (SIGKILL) mid-stream, with a transaction open, and a new instance with a fresh
 * state directory (so its running totals come back from the changelog) finishes the job. Read with
 * {@code read_committed}, every input has produced exactly one output, and each output is byte for byte
 * what an uninterrupted run gives.
 */
class LedgerExactlyOnceIT {
    static final Topics TOPICS = Topics.defaults();
    static final String APP = "matrisk-it";

    @TempDir static Path dir;
    static LoopbackKafka kafka;
    static Process instanceA;

    @BeforeAll
    static void broker() throws Exception {
        kafka = new LoopbackKafka(dir.resolve("broker"));
        kafka.createTopics(Map.of(TOPICS.ledger().name(), 3, TOPICS.decisions().name(), 3, TOPICS.deadLetter().name(), 1,
                TOPICS.documents().name(), 1, TOPICS.assessments().name(), 1));
    }

    @AfterAll
    static void stop() {
        if (instanceA != null && instanceA.isAlive()) instanceA.destroyForcibly();
        if (kafka != null) kafka.close();
    }

    /** The adapter's settings for this test: exactly-once, loopback, quick to notice a dead member. */
    static StreamsSettings settings(String bootstrap, String stateDir, String appId) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, appId);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1");
        p.put(StreamsConfig.consumerPrefix("session.timeout.ms"), "6000");
        p.put(StreamsConfig.consumerPrefix("heartbeat.interval.ms"), "1000");
        p.put(StreamsConfig.producerPrefix("transaction.timeout.ms"), "5000");
        p.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
        return StreamsSettings.of(bootstrap, p);
    }

    @Test
    void everyInputGivesExactlyOneOutputAcrossAKilledInstance() throws Exception {
        long t0 = System.nanoTime();
        // instance A in its own process (it starts while the reference run below is computed)
        Path log = dir.resolve("instance-a.log");
        Process a = instanceA = new ProcessBuilder(javaCommand(), "-Xmx768m", "-cp", classPath(), StreamsMain.class.getName(),
                kafka.bootstrap(), dir.resolve("state-a").toString(), APP)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // -------- the inputs: 6 trusts' ledgers interleaved, bad records among them, and documents
        List<Scenario.Event> ledger = new ArrayList<>();
        List<List<Scenario.Event>> trusts = new ArrayList<>();
        for (int t = 0; t < 6; t++) trusts.add(Scenario.ledger("1007010" + t, 100 + t, 300));
        for (int i = 0; i < 301; i++)
            for (int t = 0; t < trusts.size(); t++) {
                if (i < trusts.get(t).size()) ledger.add(trusts.get(t).get(i));
                if (i % 97 == 50) ledger.add(new Scenario.Event("1007010" + t, "{\"type\":\"PAYMENT\",\"id\":\"bad-" + t + "-" + i + "\"}"));
            }
        ledger.add(new Scenario.Event(null, "{\"type\":\"PAYMENT\",\"id\":\"keyless\"}"));
        // -------- issue 15's poison records, after the regular ledger (so the kill falls among the regular events)
        List<Raw> pills = new ArrayList<>();
        String pillTrust = "10070199";
        pills.add(raw(TOPICS.ledger(), pillTrust, Scenario.contextEvent(pillTrust, "ctx-p", Scenario.context(pillTrust)).json()));
        pills.add(raw(TOPICS.ledger(), pillTrust, Pills.hugeUnknownType(400_000)));                 // 400 KB, unknown type
        pills.add(raw(TOPICS.ledger(), pillTrust, Pills.hugeUnknownType(1_000_000)));               // ~1 MB: dead-lettered as an excerpt
        for (Scenario.Event e : Pills.parties(pillTrust, 7200)) pills.add(raw(TOPICS.ledger(), e.key(), e.json()));
        pills.add(raw(TOPICS.ledger(), pillTrust, Pills.concatenated(pillTrust)));
        pills.add(raw(TOPICS.ledger(), pillTrust, Pills.futureDated(pillTrust).json()));
        for (int i = 0; i < 30; i++)
            pills.add(raw(TOPICS.ledger(), pillTrust, Scenario.payment(pillTrust, "after-" + i, "2024-03-" + (10 + i % 9), "S" + i, "100", null, null).json()));
        pills.add(new Raw(TOPICS.ledger().name(), pillTrust, Pills.binary()));
        pills.add(new Raw(TOPICS.ledger().name(), pillTrust, new byte[0]));
        pills.add(new Raw(TOPICS.ledger().name(), pillTrust, null));
        pills.add(raw(TOPICS.ledger(), pillTrust, Scenario.payment(pillTrust, "last", "2024-04-01", "S7199", "25000", null, null).json()));
        String clean = Documents.resource("fixtures/base/clean.json");
        String trustId = JsonParser.parseString(clean).getAsJsonObject().getAsJsonObject("trust").get("id").getAsString();
        List<Scenario.Event> documents = List.of(new Scenario.Event(trustId, clean), new Scenario.Event("other", clean),
                new Scenario.Event(trustId, "{\"schemaVersion\":\"1\"}"));
        pills.add(raw(TOPICS.documents(), "10070198", Pills.bigDocument("10070198", 2500)));   // its whole assessment is several MB
        pills.add(raw(TOPICS.documents(), trustId, clean + clean));
        pills.add(new Raw(TOPICS.documents().name(), trustId, Pills.binary()));
        pills.add(new Raw(TOPICS.documents().name(), trustId, new byte[0]));
        pills.add(new Raw(TOPICS.documents().name(), trustId, null));

        // -------- what an uninterrupted run outputs, per event id (decisions) and per value (dead letters)
        Map<String, String> expectedDecisions = new HashMap<>();
        Map<String, Integer> expectedDead = new HashMap<>();
        List<String> expectedAssessments = new ArrayList<>();
        try (Driver d = new Driver(dir.resolve("reference"), LedgerOptions.defaults())) {
            d.pipe(ledger);
            for (Raw r : pills) (r.topic().equals(TOPICS.ledger().name()) ? d.ledger : d.documents).pipeInput(r.key(), r.value());
            for (byte[] v : d.decisions.readValuesToList()) {
                String json = new String(v, StandardCharsets.UTF_8);
                assertThat(expectedDecisions.put(key(json), json)).isNull();
            }
            for (Scenario.Event e : documents) d.documents.pipeInput(e.key(), e.json().getBytes(StandardCharsets.UTF_8));
            for (TestRecord<String, byte[]> r : d.deadLetters()) expectedDead.merge(text(r.value()), 1, Integer::sum);
            for (byte[] v : d.assessments.readValuesToList()) expectedAssessments.add(text(v));
            assertThat(expectedAssessments).hasSize(2);
            assertThat(expectedAssessments.get(0)).as("the big document's assessment, summarised").contains("\"truncated\":{");
        }
        int expectedOutputs = expectedDecisions.size() + expectedDead.values().stream().mapToInt(Integer::intValue).sum() + expectedAssessments.size();
        assertThat(expectedOutputs).isEqualTo(ledger.size() + documents.size() + pills.size());
        RiskEngine.builtin(); // compiled before the clock matters below
        progress(t0, "reference run: %d inputs (%d of them issue 15's poison records), %d expected outputs",
                ledger.size() + documents.size() + pills.size(), pills.size(), expectedOutputs);

        // -------- instance A: fed while it runs, killed mid-stream
        Outputs outputs = new Outputs(kafka.bootstrap());
        Thread producer = null;
        AtomicReference<Throwable> produceFailure = new AtomicReference<>();
        MatriskStreams b = null;
        try {
            try {
                waitFor(() -> Files.readString(log).contains("RUNNING") || !a.isAlive(), Duration.ofSeconds(240), "instance A running");
            } finally {
                if (!Files.readString(log).contains("RUNNING")) System.out.println("instance A's log:\n" + Files.readString(log));
            }
            assertThat(a.isAlive()).as("instance A is running").isTrue();
            producer = new Thread(() -> {
                try {
                    produce(ledger, documents, pills);
                } catch (Throwable t) {
                    produceFailure.set(t);
                }
            }, "it-producer");
            producer.start();
            progress(t0, "instance A running; producing");
            int third = (ledger.size() + documents.size()) / 3;   // of the regular ledger: the poison records come after it
            waitFor(() -> outputs.poll() >= third, Duration.ofSeconds(300), "a third of the regular outputs from instance A");
            a.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            int beforeKill = outputs.count();
            progress(t0, "instance A killed with %d of %d outputs committed", beforeKill, expectedOutputs);
            assertThat(beforeKill).as("killed mid-stream").isLessThan(expectedOutputs);

            // -------- instance B: a fresh state directory, so its state comes back from the changelog
            b = MatriskStreams.start(settings(kafka.bootstrap(), dir.resolve("state-b").toString(), APP), RiskEngine.builtin());
            producer.join(120_000);
            assertThat(produceFailure.get()).isNull();
            waitFor(() -> outputs.poll() >= expectedOutputs, Duration.ofSeconds(240), "every output");
            progress(t0, "instance B: every output committed");
            long quiet = System.nanoTime() + Duration.ofSeconds(3).toNanos();   // anything duplicated would show up by now
            while (System.nanoTime() < quiet) outputs.poll();
            assertThat(b.state()).isEqualTo(KafkaStreams.State.RUNNING);
        } finally {
            if (a.isAlive()) a.destroyForcibly();
            if (b != null) b.close(Duration.ofSeconds(20));
            outputs.close();
        }

        // -------- exactly one output per input, each what the uninterrupted run gave
        assertThat(outputs.decisions).as("decisions").hasSize(expectedDecisions.size());
        Map<String, String> seen = new HashMap<>();
        for (String json : outputs.decisions) assertThat(seen.put(key(json), json)).as("duplicate of %s", key(json)).isNull();
        assertThat(seen).isEqualTo(expectedDecisions);
        Map<String, Integer> dead = new HashMap<>();
        for (String v : outputs.dead) dead.merge(v, 1, Integer::sum);
        assertThat(dead).isEqualTo(expectedDead);
        assertThat(outputs.assessments).containsExactlyInAnyOrderElementsOf(expectedAssessments);
        assertThat(outputs.largest).as("every record written fits Kafka's default 1 MiB limit").isLessThanOrEqualTo(1_048_576);
    }

    static void progress(long t0, String format, Object... args) {
        System.out.printf("[%5.1f s] %s%n", (System.nanoTime() - t0) / 1e9, String.format(format, args));
    }

    /** trust id + event id: unique per input event. */
    static String key(String decisionJson) {
        var o = JsonParser.parseString(decisionJson).getAsJsonObject();
        return o.get("trustId").getAsString() + "/" + o.get("eventId").getAsString();
    }

    /** A record as produced: topic, key, value (any bytes, or null). */
    record Raw(String topic, String key, byte[] value) {}

    static Raw raw(Topic<String, byte[]> topic, String key, String json) { return new Raw(topic.name(), key, json.getBytes(StandardCharsets.UTF_8)); }

    static String text(byte[] v) { return v == null ? "<null>" : new String(v, StandardCharsets.UTF_8); }

    static void produce(List<Scenario.Event> ledger, List<Scenario.Event> documents, List<Raw> pills) throws Exception {
        Map<String, Object> config = Map.of("bootstrap.servers", kafka.bootstrap(), "acks", "all", "enable.idempotence", true, "linger.ms", 5);
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < ledger.size(); i++) {
                Scenario.Event e = ledger.get(i);
                p.send(new ProducerRecord<>(TOPICS.ledger().name(), e.key(), e.json().getBytes(StandardCharsets.UTF_8)));
                if (i % 50 == 49) Thread.sleep(100);   // a stream, not a bulk load: A is killed while it flows
            }
            for (Raw r : pills) p.send(new ProducerRecord<>(r.topic(), r.key(), r.value()));
            for (Scenario.Event e : documents)
                p.send(new ProducerRecord<>(TOPICS.documents().name(), e.key(), e.json().getBytes(StandardCharsets.UTF_8)));
            p.flush();
        }
    }

    /** Everything committed to the output topics so far. */
    static final class Outputs implements AutoCloseable {
        final KafkaConsumer<String, byte[]> consumer;
        final List<String> decisions = new ArrayList<>(), dead = new ArrayList<>(), assessments = new ArrayList<>();
        int largest;

        Outputs(String bootstrap) {
            consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap, "isolation.level", "read_committed",
                    "auto.offset.reset", "earliest", "enable.auto.commit", false, "group.id", "it-verifier"),
                    new StringDeserializer(), new ByteArrayDeserializer());
            consumer.subscribe(List.of(TOPICS.decisions().name(), TOPICS.deadLetter().name(), TOPICS.assessments().name()));
        }

        int poll() {
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                String v = text(r.value());
                int size = r.serializedKeySize() + Math.max(0, r.serializedValueSize());
                for (var h : r.headers()) size += h.key().length() + (h.value() == null ? 0 : h.value().length);
                largest = Math.max(largest, size);
                if (r.topic().equals(TOPICS.decisions().name())) decisions.add(v);
                else if (r.topic().equals(TOPICS.deadLetter().name())) dead.add(v);
                else assessments.add(v);
            }
            return count();
        }

        int count() { return decisions.size() + dead.size() + assessments.size(); }

        @Override
        public void close() { consumer.close(Duration.ofSeconds(5)); }
    }

    interface Check { boolean ok() throws Exception; }

    static void waitFor(Check check, Duration timeout, String what) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (!check.ok()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            Thread.sleep(50);
        }
    }

    static String javaCommand() { return Path.of(System.getProperty("java.home"), "bin", "java").toString(); }

    /** The test class path: failsafe's forked JVM may run from a manifest-only jar, so prefer its own property. */
    static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }
}
