package org.matrisk.kafka;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.matrisk.engine.RiskEngine;

/**
 * Throughput of the ledger flow with exactly-once on a real loopback broker (in this JVM, so it shares
 * the machine's cores with the application). Not a test: a figure for BENCHMARKS.
 *
 * <p>A ledger of {@code trusts × events} events (each trust: a CONTEXT event, then payments, receipts,
 * declarations, notices, parties and special payments over three financial years) is produced first;
 * then, per round, a fresh application (new {@code application.id}, new state) reads it from the start,
 * and the rate is the number of ledger events over the time from the first decision committed to the
 * last ({@code read_committed}), so start-up (rule pack compilation, group join) is left out and shown
 * separately.
 *
 * <pre>
 * java -cp ... org.matrisk.kafka.LedgerThroughput [trusts=40] [events per trust=5000] [rounds=3] [stream threads=2] [partitions=2] [commit.interval.ms=100]
 * </pre>
 * Besides the rate, each round reports the CPU time the whole process (application and broker) spent
 * per event: on a machine shared with other work the rate understates what two free cores give, and
 * {@code 2 / (CPU seconds per event)} estimates that.
 */
public final class LedgerThroughput {
    private LedgerThroughput() {}

    public static void main(String[] args) throws Exception {
        int trusts = arg(args, 0, 40), perTrust = arg(args, 1, 5000), rounds = arg(args, 2, 3), threads = arg(args, 3, 2), partitions = arg(args, 4, 2), commitMs = arg(args, 5, 100);
        Path dir = Files.createTempDirectory("matrisk-throughput");
        Topics topics = Topics.defaults();
        RiskEngine engine = RiskEngine.builtin();
        try (LoopbackKafka kafka = new LoopbackKafka(dir.resolve("broker"))) {
            kafka.createTopics(Map.of(topics.ledger().name(), partitions, topics.decisions().name(), partitions, topics.deadLetter().name(), 1,
                    topics.documents().name(), 1, topics.assessments().name(), 1));
            long t = System.nanoTime();
            int n = produce(kafka.bootstrap(), topics, trusts, perTrust);
            System.out.printf("produced %,d ledger events for %d trusts in %.1f s (%d partitions)%n", n, trusts, (System.nanoTime() - t) / 1e9, partitions);
            for (int round = 1; round <= rounds; round++) {
                Properties p = new Properties();
                p.put(StreamsConfig.APPLICATION_ID_CONFIG, "matrisk-throughput-" + round);
                p.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("state-" + round).toString());
                p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1");
                p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(threads));
                p.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
                p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, Integer.toString(commitMs));
                StreamsSettings settings = StreamsSettings.of(kafka.bootstrap(), p);
                try (KafkaConsumer<String, byte[]> verifier = verifier(kafka.bootstrap(), topics)) {
                    long start = System.nanoTime();
                    long first = 0, last = 0, cpuFirst = 0, cpuLast = 0;
                    int seen = 0, dead = 0;
                    try (MatriskStreams app = MatriskStreams.start(settings, engine)) {
                        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
                        while (seen < n && System.nanoTime() < deadline) {
                            for (ConsumerRecord<String, byte[]> r : verifier.poll(Duration.ofMillis(100))) {
                                if (first == 0) {
                                    first = System.nanoTime();
                                    cpuFirst = cpu();
                                }
                                last = System.nanoTime();
                                seen++;
                                if (r.topic().equals(topics.deadLetter().name())) dead++;
                            }
                            if (seen > 0) cpuLast = cpu();
                        }
                    }
                    double secs = (last - first) / 1e9, cpuSecs = (cpuLast - cpuFirst) / 1e9;
                    System.out.printf("round %d: %,d outputs (%d dead letters) in %.2f s after the first = %,.0f events/s; first output %.1f s after start;"
                            + " process CPU %.1f s = %.0f us/event (2 free cores: ~%,.0f events/s)%n",
                            round, seen, dead, secs, seen / secs, (first - start) / 1e9, cpuSecs, cpuSecs * 1e6 / seen, 2 * seen / cpuSecs);
                }
            }
        }
    }

    static int produce(String bootstrap, Topics topics, int trusts, int perTrust) throws Exception {
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrap, "acks", "all", "enable.idempotence", true, "linger.ms", 20,
                "batch.size", 262_144, "compression.type", "none");
        int n = 0;
        List<List<Scenario.Event>> ledgers = new ArrayList<>();
        for (int t = 0; t < trusts; t++) ledgers.add(Scenario.ledger(String.format("1008%04d", t), t, perTrust));
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i <= perTrust; i++)
                for (List<Scenario.Event> ledger : ledgers) {
                    Scenario.Event e = ledger.get(i);
                    p.send(new ProducerRecord<>(topics.ledger().name(), e.key(), e.json().getBytes(StandardCharsets.UTF_8)));
                    n++;
                }
            p.flush();
        }
        return n;
    }

    static KafkaConsumer<String, byte[]> verifier(String bootstrap, Topics topics) {
        KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap, "isolation.level", "read_committed",
                "auto.offset.reset", "earliest", "enable.auto.commit", false,
                "max.poll.records", 5000, "fetch.min.bytes", 65536, "fetch.max.wait.ms", 100),
                new StringDeserializer(), new ByteArrayDeserializer());
        // from the end: earlier rounds' outputs are not this round's
        List<TopicPartition> parts = new ArrayList<>();
        for (String topic : List.of(topics.decisions().name(), topics.deadLetter().name()))
            for (PartitionInfo info : c.partitionsFor(topic)) parts.add(new TopicPartition(topic, info.partition()));
        c.assign(parts);
        c.seekToEnd(parts);
        parts.forEach(c::position);
        return c;
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static int arg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }
}
