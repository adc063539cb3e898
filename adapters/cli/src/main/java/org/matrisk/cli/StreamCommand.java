package org.matrisk.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.matrisk.engine.RiskEngine;
import org.matrisk.engine.pack.RulePack;
import org.matrisk.kafka.MatriskStreams;
import org.matrisk.kafka.StreamsSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stream", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the Kafka Streams adapter until interrupted (exactly-once):",
                "trust documents -> assessments, ledger events -> inline decisions; bad records -> the dead-letter topic.",
                "Topics and options: see adapters/kafka-streams/README.md.",
                "Exit status: 0 stopped by a signal; 2 usage error or the application failed."})
final class StreamCommand implements Callable<Integer> {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", required = true, description = "the Kafka brokers (bootstrap.servers)")
    String bootstrapServers;

    @Option(names = "--config", paramLabel = "FILE",
            description = "a properties file: Kafka Streams settings (application.id, state.dir, replication.factor, ...) and matrisk.* options")
    Path config;

    @Option(names = "--rules", paramLabel = "DIR", description = "use the rule pack in DIR instead of the built-in one (or matrisk.rules in --config)")
    Path rules;

    @Option(names = "--create-topics", description = "create the adapter's topics that do not exist yet, then run")
    boolean createTopics;

    @Option(names = "--partitions", paramLabel = "N", description = "partitions of the topics --create-topics creates (default 1)")
    int partitions = 1;

    @Option(names = "--replication-factor", paramLabel = "N", description = "replication factor of the topics --create-topics creates (default: the broker's)")
    short replication = -1;

    @Override
    public Integer call() throws Exception {
        StreamsSettings settings = StreamsSettings.of(bootstrapServers, config == null ? new Properties() : StreamsSettings.read(config));
        RiskEngine engine = rules != null ? RiskEngine.of(RulePack.fromDirectory(rules)) : MatriskStreams.engine(settings);
        if (createTopics) {
            List<String> created = MatriskStreams.createTopics(settings, partitions, replication);
            System.err.println("matrisk: " + (created.isEmpty() ? "topics already exist" : "created " + String.join(", ", created)));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        MatriskStreams app = MatriskStreams.start(settings, engine, (now, before) -> {
            if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.PENDING_ERROR) stopped.countDown();
        });
        Thread hook = new Thread(() -> {
            app.close(Duration.ofSeconds(30));
            stopped.countDown();
        }, "matrisk-stream-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        System.err.println("matrisk: streaming (application.id " + settings.streams().getProperty("application.id") + ", ledger "
                + settings.topics().ledger().name() + " -> " + settings.topics().decisions().name() + ", documents "
                + settings.topics().documents().name() + " -> " + settings.topics().assessments().name() + ", dead letters "
                + settings.topics().deadLetter().name() + "); Ctrl-C stops");
        stopped.await();
        if (app.state() == KafkaStreams.State.ERROR || app.state() == KafkaStreams.State.PENDING_ERROR) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is already running
            }
            app.close(Duration.ofSeconds(30));
            System.err.println("matrisk: the stream application failed; see its log. Nothing of the failed transaction was committed: restart to resume.");
            return Main.USAGE;
        }
        return Main.OK;
    }
}
