package org.matrisk.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.matrisk.engine.RiskEngine;
import org.matrisk.engine.pack.RulePack;
import org.matrisk.kafka.StreamsSettings.Flow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the adapter's flows with {@link StreamsSettings}: the one place {@link KafkaStreams} is started. Each
 * flow ({@link Flow}) is a Kafka Streams client of its own, with its own application id, stream threads,
 * transactions and consumer group: a slow assessment delays only the documents flow, and a failure of one
 * flow's client leaves the other's running (the command line then stops both and exits 2, naming the cause).
 */
public final class MatriskStreams implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MatriskStreams.class);

    /** One running flow: its client, its counters, what stopped it (if anything). */
    public record Running(Flow flow, KafkaStreams streams, FlowCounters counters, AtomicReference<Throwable> failure) {}

    private final StreamsSettings settings;
    private final Map<Flow, Running> flows;
    private final List<Path> createdDirs;
    private volatile boolean everRunning;

    private MatriskStreams(StreamsSettings settings, Map<Flow, Running> flows, List<Path> createdDirs) {
        this.settings = settings;
        this.flows = flows;
        this.createdDirs = createdDirs;
    }

    /** The engine of the settings' rule pack (the built-in one unless {@code matrisk.rules} names a directory). */
    public static RiskEngine engine(StreamsSettings settings) {
        return settings.rules().map(dir -> RiskEngine.of(RulePack.fromDirectory(dir))).orElseGet(RiskEngine::builtin);
    }

    /**
     * Builds and starts the application. An exception escaping the processors (a broker or state
     * failure, not a bad record: those go to the dead-letter topic) shuts that flow's client down; with
     * exactly-once nothing of the failed transaction is visible, and a restart resumes from the last commit.
     */
    public static MatriskStreams start(StreamsSettings settings, RiskEngine engine) {
        return start(settings, engine, null);
    }

    /** As {@link #start(StreamsSettings, RiskEngine)}, with a listener of the state changes (the combined {@link #state()}; null: none). */
    public static MatriskStreams start(StreamsSettings settings, RiskEngine engine, KafkaStreams.StateListener listener) {
        List<Path> created = new ArrayList<>();
        Path stateDir = settings.stateDir();
        if (!Files.exists(stateDir)) created.add(stateDir);
        for (Flow f : Flow.values()) {
            Path app = stateDir.resolve(settings.applicationId(f));
            if (settings.flows().contains(f) && !Files.exists(app)) created.add(app);
        }
        Map<Flow, Running> flows = new EnumMap<>(Flow.class);
        MatriskStreams app = new MatriskStreams(settings, flows, created);
        for (Flow f : Flow.values()) {
            if (!settings.flows().contains(f)) continue;
            FlowCounters counters = new FlowCounters();
            Topology topology = f == Flow.DOCUMENTS ? MatriskTopology.documents(settings.topics(), engine, counters)
                    : MatriskTopology.ledger(settings.topics(), engine, settings.ledger(), counters);
            KafkaStreams streams = new KafkaStreams(topology, settings.streams(f));
            AtomicReference<Throwable> failure = new AtomicReference<>();
            streams.setUncaughtExceptionHandler(e -> {
                failure.compareAndSet(null, e);
                LOG.error("the {} flow failed: {}", f.label(), cause(e), e);
                return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            });
            streams.setStateListener((now, before) -> {
                LOG.info("{} flow: {} -> {}", f.label(), before, now);
                if (now == KafkaStreams.State.RUNNING && app.state() == KafkaStreams.State.RUNNING) app.everRunning = true;
                if (listener != null) listener.onChange(app.state(), before);
            });
            flows.put(f, new Running(f, streams, counters, failure));
        }
        for (Running r : flows.values()) r.streams().start();
        return app;
    }

    /** The flows started, in {@link Flow} order. */
    public List<Running> flows() { return List.copyOf(flows.values()); }

    /**
     * The state of the whole application: {@code ERROR} (or {@code PENDING_ERROR}) when any flow is, else
     * {@code NOT_RUNNING} / {@code PENDING_SHUTDOWN} when any flow is, {@code RUNNING} when all are, else the
     * first flow's (created or rebalancing).
     */
    public KafkaStreams.State state() {
        List<KafkaStreams.State> states = flows.values().stream().map(r -> r.streams().state()).toList();
        for (KafkaStreams.State s : List.of(KafkaStreams.State.ERROR, KafkaStreams.State.PENDING_ERROR, KafkaStreams.State.NOT_RUNNING,
                KafkaStreams.State.PENDING_SHUTDOWN))
            if (states.contains(s)) return s;
        if (states.stream().allMatch(s -> s == KafkaStreams.State.RUNNING)) return KafkaStreams.State.RUNNING;
        return states.stream().filter(s -> s != KafkaStreams.State.RUNNING).findFirst().orElse(KafkaStreams.State.CREATED);
    }

    /** The first failure of a flow, as "the ledger flow failed: cause", if any. */
    public Optional<String> failure() {
        for (Running r : flows.values()) {
            Throwable t = r.failure().get();
            if (t != null) return Optional.of("the " + r.flow().label() + " flow failed: " + cause(t));
            if (r.streams().state() == KafkaStreams.State.ERROR || r.streams().state() == KafkaStreams.State.PENDING_ERROR)
                return Optional.of("the " + r.flow().label() + " flow stopped in state " + r.streams().state());
        }
        return Optional.empty();
    }

    /**
     * One line for the operator: per flow its state, records read, outputs and dead letters since start, the
     * rate of records read since the previous call, and the consumer lag (records not yet read).
     */
    public String status(Map<Flow, Long> previousRead, double secondsSincePrevious) {
        StringBuilder b = new StringBuilder();
        for (Running r : flows.values()) {
            long read = r.counters().read();
            long before = previousRead.getOrDefault(r.flow(), 0L);
            previousRead.put(r.flow(), read);
            if (b.length() > 0) b.append("; ");
            b.append(r.flow().label()).append(' ').append(r.streams().state())
                    .append(": read ").append(read).append(", out ").append(r.counters().written())
                    .append(", dead letters ").append(r.counters().dead())
                    .append(String.format(", %.0f/s", secondsSincePrevious > 0 ? (read - before) / secondsSincePrevious : 0.0));
            long lag = lag(r.streams());
            b.append(", lag ").append(lag < 0 ? "?" : Long.toString(lag));
        }
        return b.toString();
    }

    /** The records not yet read by the flow's main consumers (sum over partitions), or -1 when not known yet. */
    static long lag(KafkaStreams streams) {
        long sum = 0;
        boolean any = false;
        for (Map.Entry<MetricName, ? extends Metric> e : streams.metrics().entrySet()) {
            MetricName n = e.getKey();
            if (!n.name().equals("records-lag") || !n.group().equals("consumer-fetch-manager-metrics")) continue;
            String client = n.tags().getOrDefault("client-id", "");
            if (client.contains("restore-consumer")) continue;
            Object v = e.getValue().metricValue();
            if (v instanceof Number num && !Double.isNaN(num.doubleValue())) {
                sum += num.longValue();
                any = true;
            }
        }
        return any ? sum : -1;
    }

    @Override
    public void close() { close(Duration.ofSeconds(30)); }

    /** Closes every flow (each within {@code timeout}). */
    public void close(Duration timeout) {
        for (Running r : flows.values()) r.streams().close(timeout);
    }

    /**
     * After a start that never reached RUNNING (closed first): removes the state directories this start
     * created, so that a failed start leaves nothing behind (none that existed before is touched).
     */
    public void removeStateIfFailedStart() {
        if (everRunning) return;
        for (int i = createdDirs.size() - 1; i >= 0; i--) deleteTree(createdDirs.get(i));
    }

    private static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> all = Files.walk(p)) {
            for (Path x : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", p, e.toString());
        }
    }

    /** A throwable and its causes, as one line: "A: a; caused by B: b". */
    public static String cause(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null && b.length() < 2000; c = c.getCause() == c ? null : c.getCause()) {
            if (b.length() > 0) b.append("; caused by ");
            b.append(c.getClass().getSimpleName()).append(c.getMessage() == null ? "" : ": " + c.getMessage());
        }
        return b.toString();
    }

    /** The admin client properties of the settings (the clients' security and connection settings, {@code admin.*} overrides). */
    static Map<String, Object> adminConfig(StreamsSettings settings, Duration timeout) {
        Map<String, Object> admin = new HashMap<>();
        Set<String> known = AdminClientConfig.configNames();
        Properties p = settings.streams();
        for (String k : p.stringPropertyNames()) if (known.contains(k)) admin.put(k, p.getProperty(k));
        for (String k : p.stringPropertyNames())
            if (k.startsWith(StreamsConfig.ADMIN_CLIENT_PREFIX)) admin.put(k.substring(StreamsConfig.ADMIN_CLIENT_PREFIX.length()), p.getProperty(k));
        int ms = (int) timeout.toMillis();
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms);
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(ms, 15_000));
        return admin;
    }

    /**
     * Checks, within {@code timeout}, that the brokers answer and that the input topics of the flows to run
     * exist (unless they are about to be created). Nothing is created and no state directory is touched.
     *
     * @throws IllegalStateException naming the bootstrap servers and the cause, or the missing topics
     */
    public static void checkBrokers(StreamsSettings settings, Duration timeout, boolean topicsWillBeCreated) {
        String servers = settings.streams().getProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG);
        long deadline = System.nanoTime() + timeout.toNanos();
        Admin a;
        try {
            a = Admin.create(adminConfig(settings, timeout));
        } catch (KafkaException e) {
            throw new IllegalStateException("cannot connect to the Kafka brokers at " + servers + ": " + cause(e), e);
        }
        try {
            a.describeCluster().nodes().get(remaining(deadline), TimeUnit.NANOSECONDS);
            if (topicsWillBeCreated) return;
            Set<String> existing = a.listTopics().names().get(remaining(deadline), TimeUnit.NANOSECONDS);
            List<String> missing = new ArrayList<>();
            for (Flow f : settings.flows()) {
                Topic<?, ?> in = f == Flow.DOCUMENTS ? settings.topics().documents() : settings.topics().ledger();
                if (!existing.contains(in.name())) missing.add(in.name());
            }
            if (!missing.isEmpty())
                throw new IllegalStateException("the input topic" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                        + (missing.size() == 1 ? " does" : " do") + " not exist on " + servers + "; create it, or pass --create-topics");
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot reach the Kafka brokers at " + servers + ": no answer within " + timeout.toSeconds()
                    + " s (is the broker running, and is " + servers + " its advertised listener?)", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot reach the Kafka brokers at " + servers + " within " + timeout.toSeconds() + " s: "
                    + cause(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to " + servers, e);
        } finally {
            a.close(Duration.ofSeconds(2));
        }
    }

    private static long remaining(long deadline) { return Math.max(1, deadline - System.nanoTime()); }

    /** Creates the topics of {@code settings} that do not exist yet; returns the names created. */
    public static List<String> createTopics(StreamsSettings settings, int partitions, short replication) {
        try (Admin a = Admin.create(adminConfig(settings, Duration.ofSeconds(30)))) {
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
