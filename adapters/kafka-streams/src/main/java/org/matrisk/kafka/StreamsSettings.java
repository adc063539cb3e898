package org.matrisk.kafka;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * What {@code matrisk stream} runs with: Kafka Streams properties, the topics, the ledger options and an
 * optional rule pack, read from one properties file. Keys starting with {@code matrisk.} are the
 * adapter's ({@code matrisk.topic.*}, {@code matrisk.ledger.*}, {@code matrisk.rules}); every other key
 * goes to Kafka Streams and its clients unchanged. Defaults: {@code application.id=matrisk},
 * {@code processing.guarantee=exactly_once_v2}.
 */
public record StreamsSettings(Properties streams, Topics topics, LedgerOptions ledger, Optional<Path> rules) {

    public static final String RULES = "matrisk.rules";

    public static StreamsSettings of(String bootstrapServers, Properties config) {
        Properties streams = new Properties();
        streams.put(StreamsConfig.APPLICATION_ID_CONFIG, "matrisk");
        streams.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        for (String k : config.stringPropertyNames()) if (!k.startsWith("matrisk.")) streams.put(k, config.getProperty(k));
        if (bootstrapServers != null) streams.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        if (streams.getProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG) == null)
            throw new IllegalArgumentException("no bootstrap servers: pass --bootstrap-servers HOST:PORT");
        String rules = config.getProperty(RULES);
        return new StreamsSettings(streams, Topics.from(config), LedgerOptions.from(config),
                rules == null || rules.isBlank() ? Optional.empty() : Optional.of(Path.of(rules.trim())));
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
