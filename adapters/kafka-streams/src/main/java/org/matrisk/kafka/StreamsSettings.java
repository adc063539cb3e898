package org.matrisk.kafka;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;

/**
 * What {@code matrisk stream} runs with: Kafka Streams properties, the topics, the ledger options, the flows
 * to run and an optional rule pack, read from one properties file. Keys starting with {@code matrisk.} are
 * the adapter's ({@code matrisk.topic.*}, {@code matrisk.ledger.*}, {@code matrisk.flows}, {@code matrisk.rules});
 * every other key goes to Kafka Streams and its clients unchanged. Defaults: {@code application.id=matrisk},
 * {@code processing.guarantee=exactly_once_v2}, the adapter's production and deserialization exception
 * handlers with the dead-letter topic ({@link RecordErrorHandlers}), and RocksDB memory bounded for the
 * process ({@link BoundedRocksDb}).
 *
 * <p>{@link #of} validates the whole configuration before anything is connected or created, and reports every
 * problem at once: unknown {@code matrisk.} keys, values with an end-of-line comment (a properties file has
 * comments only on lines of their own), bad numbers, invalid or repeated topic names, a missing rule pack
 * directory, and whatever Kafka Streams' own {@link StreamsConfig} refuses.
 */
public record StreamsSettings(Properties streams, Topics topics, LedgerOptions ledger, Optional<Path> rules, Set<Flow> flows) {

    public static final String RULES = "matrisk.rules";
    public static final String FLOWS = "matrisk.flows";

    /** The adapter's two flows, each run by a Kafka Streams client of its own. */
    public enum Flow {
        /** documents → assessments: application id {@code <application.id>-documents}, stateless. */
        DOCUMENTS,
        /** ledger → decisions: application id {@code <application.id>} (its state stores' changelogs are named after it). */
        LEDGER;

        public String label() { return name().toLowerCase(); }
    }

    private static final Set<String> KEYS = Set.of(RULES, FLOWS, "matrisk.ledger.retained-years", "matrisk.ledger.cached-trusts", "matrisk.ledger.cached-payments",
            Topics.PREFIX + "documents", Topics.PREFIX + "assessments", Topics.PREFIX + "ledger", Topics.PREFIX + "decisions",
            Topics.PREFIX + "dead-letter");
    private static final Pattern END_OF_LINE_COMMENT = Pattern.compile("\\s#");

    public static StreamsSettings of(String bootstrapServers, Properties config) {
        List<String> problems = new ArrayList<>();
        for (String k : new TreeSet<>(config.stringPropertyNames())) {
            String v = config.getProperty(k);
            if (k.startsWith("matrisk.") && !KEYS.contains(k))
                problems.add(k + ": unknown setting; the adapter's settings are " + String.join(", ", new TreeSet<>(KEYS)));
            if (END_OF_LINE_COMMENT.matcher(v).find())
                problems.add(k + ": the value \"" + DeadLetter.quote(v, 80) + "\" has an end-of-line comment; in a properties file a comment"
                        + " is a line of its own starting with #");
        }
        Properties streams = new Properties();
        streams.put(StreamsConfig.APPLICATION_ID_CONFIG, "matrisk");
        streams.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        streams.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, RecordErrorHandlers.Production.class.getName());
        streams.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, RecordErrorHandlers.Deserialization.class.getName());
        streams.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDb.class.getName());
        streams.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");   // no global stores; silences a warning per client
        for (String k : config.stringPropertyNames()) if (!k.startsWith("matrisk.")) streams.put(k, config.getProperty(k).trim());
        if (bootstrapServers != null) streams.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        if (streams.getProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG) == null)
            problems.add("no bootstrap servers: pass --bootstrap-servers HOST:PORT");

        Topics topics = Topics.from(config);
        Set<String> names = new HashSet<>();
        for (Topic<?, ?> t : topics.all()) {
            try {
                org.apache.kafka.common.internals.Topic.validate(t.name());
            } catch (KafkaException e) {
                problems.add("topic \"" + t.name() + "\": " + e.getMessage());
            }
            if (!names.add(t.name())) problems.add("topic \"" + t.name() + "\" is named for two of the adapter's topics; each needs its own");
        }
        streams.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.deadLetter().name());

        LedgerOptions ledger = null;
        try {
            ledger = LedgerOptions.from(config);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        Set<Flow> flows = new LinkedHashSet<>();
        String flowList = config.getProperty(FLOWS, "documents,ledger");
        for (String f : flowList.split(",")) {
            if (f.isBlank()) continue;
            try {
                flows.add(Flow.valueOf(f.trim().toUpperCase()));
            } catch (IllegalArgumentException e) {
                problems.add(FLOWS + ": unknown flow \"" + DeadLetter.quote(f.trim(), 40) + "\"; expected documents, ledger or both (comma-separated)");
            }
        }
        if (flows.isEmpty() && problems.stream().noneMatch(p -> p.startsWith(FLOWS))) problems.add(FLOWS + ": no flow to run");

        String rules = config.getProperty(RULES);
        Optional<Path> pack = rules == null || rules.isBlank() ? Optional.empty() : Optional.of(Path.of(rules.trim()));
        if (pack.isPresent() && !Files.isDirectory(pack.get())) problems.add(RULES + ": " + pack.get() + " is not a directory");

        if (streams.getProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG) != null) {
            try {
                new StreamsConfig(streams);
            } catch (ConfigException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty())
            throw new IllegalArgumentException("the stream configuration has " + (problems.size() == 1 ? "a problem" : problems.size() + " problems")
                    + " (nothing was connected or created):\n  " + String.join("\n  ", problems));
        return new StreamsSettings(streams, topics, ledger, pack, Set.copyOf(flows));
    }

    /** The Kafka Streams properties of one flow: its own application id. */
    public Properties streams(Flow flow) {
        Properties p = new Properties();
        p.putAll(streams);
        if (flow == Flow.DOCUMENTS) p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId(flow));
        return p;
    }

    public String applicationId(Flow flow) {
        String app = streams.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        return flow == Flow.DOCUMENTS ? app + "-documents" : app;
    }

    /** The state directory Kafka Streams uses ({@code state.dir}, or its default). */
    public Path stateDir() {
        String dir = streams.getProperty(StreamsConfig.STATE_DIR_CONFIG);
        return Path.of(dir != null ? dir : System.getProperty("java.io.tmpdir") + "/kafka-streams");
    }

    /** Reads a properties file (UTF-8). */
    public static Properties read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return p;
    }
}
