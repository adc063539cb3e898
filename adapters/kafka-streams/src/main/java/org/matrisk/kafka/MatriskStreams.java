package org.matrisk.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.matrisk.engine.RiskEngine;
import org.matrisk.engine.pack.RulePack;

/** Runs the topology with {@link StreamsSettings}: the one place {@link KafkaStreams} is started. */
public final class MatriskStreams implements AutoCloseable {
    private final KafkaStreams streams;

    private MatriskStreams(KafkaStreams streams) {
        this.streams = streams;
    }

    /** The engine of the settings' rule pack (the built-in one unless {@code matrisk.rules} names a directory). */
    public static RiskEngine engine(StreamsSettings settings) {
        return settings.rules().map(dir -> RiskEngine.of(RulePack.fromDirectory(dir))).orElseGet(RiskEngine::builtin);
    }

    /**
     * Builds and starts the application. An exception escaping the processors (a broker or state
     * failure, not a bad record: those go to the dead-letter topic) shuts this client down; with
     * exactly-once nothing of the failed transaction is visible, and a restart resumes from the last commit.
     */
    public static MatriskStreams start(StreamsSettings settings, RiskEngine engine) {
        return start(settings, engine, null);
    }

    /** As {@link #start(StreamsSettings, RiskEngine)}, with a listener of its state changes (null: none). */
    public static MatriskStreams start(StreamsSettings settings, RiskEngine engine, KafkaStreams.StateListener listener) {
        KafkaStreams streams = new KafkaStreams(MatriskTopology.build(settings.topics(), engine, settings.ledger()), settings.streams());
        streams.setUncaughtExceptionHandler(e -> StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
        if (listener != null) streams.setStateListener(listener);
        streams.start();
        return new MatriskStreams(streams);
    }

    public KafkaStreams streams() { return streams; }

    public KafkaStreams.State state() { return streams.state(); }

    @Override
    public void close() { close(Duration.ofSeconds(30)); }

    public void close(Duration timeout) { streams.close(timeout); }

    /** Creates the topics of {@code settings} that do not exist yet; returns the names created. */
    public static List<String> createTopics(StreamsSettings settings, int partitions, short replication) {
        Map<String, Object> admin = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                settings.streams().getProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG));
        try (Admin a = Admin.create(admin)) {
            Set<String> existing = a.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (Topic<?, ?> t : settings.topics().all())
                if (!existing.contains(t.name())) missing.add(new NewTopic(t.name(), Optional.of(partitions), Optional.of(replication)));
            if (!missing.isEmpty()) a.createTopics(missing).all().get();
            return missing.stream().map(NewTopic::name).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
