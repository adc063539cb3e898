package org.matrisk.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.matrisk.engine.RiskEngine;
import org.matrisk.kafka.MatriskStreams;
import org.matrisk.kafka.StreamsSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stream", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the Kafka Streams adapter until interrupted (exactly-once):",
                "trust documents -> assessments, ledger events -> inline decisions; bad records -> the dead-letter topic.",
                "The two flows run as separate Kafka Streams clients (application ids <application.id>-documents and <application.id>).",
                "Topics and options: see adapters/kafka-streams/README.md. Logs go to stderr.",
                "Exit status: 0 stopped by SIGTERM or SIGINT (Ctrl-C) after a clean close; 2 configuration error, brokers",
                "unreachable within --connect-timeout, or a flow failed (the cause is printed)."})
final class StreamCommand implements Callable<Integer> {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", required = true, description = "the Kafka brokers (bootstrap.servers)")
    String bootstrapServers;

    @Option(names = "--config", paramLabel = "FILE",
            description = "a properties file: Kafka Streams settings (application.id, state.dir, replication.factor, ...) and matrisk.* options;"
                    + " comments only on lines of their own")
    Path config;

    @Option(names = "--rules", paramLabel = "DIR", description = "use the rule pack in DIR instead of the built-in one (or matrisk.rules in --config)")
    Path rules;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "the state directory (state.dir; default Kafka's, under java.io.tmpdir);"
            + " a start that fails removes what it created there")
    Path stateDir;

    @Option(names = "--create-topics", description = "create the adapter's topics that do not exist yet, then run")
    boolean createTopics;

    @Option(names = "--partitions", paramLabel = "N", description = "partitions of the topics --create-topics creates (default 1)")
    int partitions = 1;

    @Option(names = "--replication-factor", paramLabel = "N", description = "replication factor of the topics --create-topics creates (default: the broker's)")
    short replication = -1;

    @Option(names = "--log-level", paramLabel = "LEVEL", description = "matrisk's log level: off, error, warn, info (default), debug, trace")
    String logLevel = "info";

    @Option(names = "--kafka-log-level", paramLabel = "LEVEL", description = "Kafka's log level (default warn)")
    String kafkaLogLevel = "warn";

    @Option(names = "--status-interval", paramLabel = "SECONDS",
            description = "log a one-line status (per flow: state, records read, outputs, dead letters, rate, lag) every SECONDS (default 60; 0: never)")
    int statusInterval = 60;

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", description = "give up when the brokers do not answer within SECONDS (default 15)")
    int connectTimeout = 15;

    @Override
    public Integer call() throws Exception {
        Logging.configure(logLevel, kafkaLogLevel);
        Logger log = LoggerFactory.getLogger("org.matrisk.stream");
        if (connectTimeout < 1) throw new IllegalArgumentException("--connect-timeout must be at least 1 second");
        if (statusInterval < 0) throw new IllegalArgumentException("--status-interval must be 0 (never) or more seconds");

        // 1. the whole configuration, before anything is connected or created
        Properties p = config == null ? new Properties() : StreamsSettings.read(config);
        if (stateDir != null) p.setProperty(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        if (rules != null) p.setProperty(StreamsSettings.RULES, rules.toString());
        StreamsSettings settings = StreamsSettings.of(bootstrapServers, p);

        // 2. the brokers answer (and the input topics exist), within --connect-timeout: nothing created before
        MatriskStreams.checkBrokers(settings, Duration.ofSeconds(connectTimeout), createTopics);
        if (createTopics) {
            List<String> created = MatriskStreams.createTopics(settings, partitions, replication);
            log.info(created.isEmpty() ? "topics already exist" : "created topics " + String.join(", ", created));
        }
        // 3. the rule pack compiled, then the flows started
        RiskEngine engine = MatriskStreams.engine(settings);

        CountDownLatch stopped = new CountDownLatch(1);
        AtomicReference<String> signal = new AtomicReference<>();
        Signals.onTerminate(name -> {
            signal.compareAndSet(null, name);
            stopped.countDown();
        });
        MatriskStreams app = MatriskStreams.start(settings, engine, (now, before) -> {
            if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.PENDING_ERROR) stopped.countDown();
        });
        Thread hook = new Thread(() -> app.close(Duration.ofSeconds(30)), "matrisk-stream-shutdown");   // other ways the JVM stops
        Runtime.getRuntime().addShutdownHook(hook);
        log.info("streaming: flows {}; ledger {} -> {} (application.id {}), documents {} -> {} (application.id {}), dead letters {};"
                        + " state in {}; Ctrl-C or SIGTERM stops", settings.flows(), settings.topics().ledger().name(), settings.topics().decisions().name(),
                settings.applicationId(StreamsSettings.Flow.LEDGER), settings.topics().documents().name(), settings.topics().assessments().name(),
                settings.applicationId(StreamsSettings.Flow.DOCUMENTS), settings.topics().deadLetter().name(), settings.stateDir());
        Thread status = statusInterval == 0 ? null : statusThread(app, log);

        stopped.await();
        if (status != null) status.interrupt();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is already running
        }
        if (signal.get() != null) {
            log.info("{}: closing the flows (committing what is processed)", signal.get());
            app.close(Duration.ofSeconds(30));
            log.info("stopped");
            return Main.OK;
        }
        String why = app.failure().orElse("the stream application stopped (state " + app.state() + ")");
        app.close(Duration.ofSeconds(30));
        app.removeStateIfFailedStart();
        System.err.println("matrisk: " + why + ". Nothing of the failed transaction was committed: start it again to resume.");
        return Main.USAGE;
    }

    private Thread statusThread(MatriskStreams app, Logger log) {
        Thread t = new Thread(() -> {
            Map<StreamsSettings.Flow, Long> previous = new EnumMap<>(StreamsSettings.Flow.class);
            long last = System.nanoTime();
            try {
                while (true) {
                    Thread.sleep(statusInterval * 1000L);
                    long now = System.nanoTime();
                    log.info("status: {}", app.status(previous, (now - last) / 1e9));
                    last = now;
                }
            } catch (InterruptedException stop) {
                // done
            }
        }, "matrisk-stream-status");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
