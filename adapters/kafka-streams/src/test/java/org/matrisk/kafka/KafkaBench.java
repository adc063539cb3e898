package org.matrisk.kafka;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/**
 * The pieces of the end-to-end throughput benchmark ({@code bench/kafka-throughput.sh}), each run as a process
 * of its own beside {@code matrisk stream} (the application under test, from the shaded jar). Not a test.
 * <pre>
 * KafkaBench broker DIR BOOTSTRAP_FILE                      a single-node KRaft broker on 127.0.0.1 until killed
 * KafkaBench produce BOOTSTRAP TRUSTS EVENTS PARTITIONS     creates the topics, produces the ledger, prints the count
 * KafkaBench drain BOOTSTRAP COUNT APP_PID BROKER_PID       reads the committed outputs until COUNT, prints the figures
 * </pre>
 */
public final class KafkaBench {
    private KafkaBench() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "broker" -> {
                LoopbackKafka kafka = new LoopbackKafka(Path.of(args[1]));
                Files.writeString(Path.of(args[2]), kafka.bootstrap());
                Runtime.getRuntime().addShutdownHook(new Thread(kafka::close));
                Thread.currentThread().join();
            }
            case "produce" -> produce(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "drain" -> drain(args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]), Long.parseLong(args[4]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void produce(String bootstrap, int trusts, int perTrust, int partitions) throws Exception {
        Topics topics = Topics.defaults();
        try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(topics.ledger().name(), partitions, (short) 1),
                    new org.apache.kafka.clients.admin.NewTopic(topics.decisions().name(), partitions, (short) 1),
                    new org.apache.kafka.clients.admin.NewTopic(topics.deadLetter().name(), 1, (short) 1),
                    new org.apache.kafka.clients.admin.NewTopic(topics.documents().name(), 1, (short) 1),
                    new org.apache.kafka.clients.admin.NewTopic(topics.assessments().name(), 1, (short) 1))).all().get();
        }
        long t = System.nanoTime();
        int n = LedgerThroughput.produce(bootstrap, topics, trusts, perTrust);
        System.out.printf("produced %d ledger events for %d trusts in %.1f s (%d partitions)%n", n, trusts, (System.nanoTime() - t) / 1e9, partitions);
    }

    static void drain(String bootstrap, int count, long appPid, long brokerPid) throws Exception {
        Topics topics = Topics.defaults();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap, "isolation.level", "read_committed",
                "auto.offset.reset", "earliest", "enable.auto.commit", false, "max.poll.records", 5000, "fetch.min.bytes", 65536,
                "fetch.max.wait.ms", 100), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = new ArrayList<>();
            for (String topic : List.of(topics.decisions().name(), topics.deadLetter().name()))
                for (PartitionInfo info : c.partitionsFor(topic)) parts.add(new TopicPartition(topic, info.partition()));
            c.assign(parts);
            c.seekToBeginning(parts);
            long start = System.nanoTime(), first = 0, last = 0;
            double appFirst = 0, appLast = 0, brokerFirst = 0, brokerLast = 0;
            int seen = 0, dead = 0;
            long deadline = start + Duration.ofMinutes(15).toNanos();
            while (seen < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(100))) {
                    if (first == 0) {
                        first = System.nanoTime();
                        appFirst = cpuSeconds(appPid);
                        brokerFirst = cpuSeconds(brokerPid);
                    }
                    seen++;
                    if (r.topic().equals(topics.deadLetter().name())) dead++;
                    last = System.nanoTime();
                }
                if (seen > 0) {
                    appLast = cpuSeconds(appPid);
                    brokerLast = cpuSeconds(brokerPid);
                }
            }
            double secs = (last - first) / 1e9;
            System.out.printf("drained %d of %d outputs (%d dead letters): first output %.1f s after the drain started, then %.2f s = %.0f events/s%n",
                    seen, count, dead, (first - start) / 1e9, secs, seen / secs);
            System.out.printf("CPU over that interval: app %.1f s = %.0f us/event; broker %.1f s = %.0f us/event%n",
                    appLast - appFirst, (appLast - appFirst) * 1e6 / seen, brokerLast - brokerFirst, (brokerLast - brokerFirst) * 1e6 / seen);
            System.out.printf("app peak RSS (VmHWM): %s%n", status(appPid, "VmHWM"));
            if (seen < count) System.exit(1);
        }
    }

    /** utime + stime of a process, in seconds (Linux /proc; clock ticks of 100 Hz). */
    static double cpuSeconds(long pid) throws Exception {
        Path proc = Path.of("/proc/" + pid + "/stat");
        if (!Files.exists(proc)) throw new IllegalStateException("process " + pid + " has exited");
        String stat = Files.readString(proc);
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }

    static String status(long pid, String field) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"), StandardCharsets.UTF_8))
            if (line.startsWith(field + ":")) return line.substring(field.length() + 1).trim();
        return "?";
    }
}
