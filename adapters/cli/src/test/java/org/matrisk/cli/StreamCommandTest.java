package org.matrisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `matrisk stream` before any broker is involved: configuration errors and an unreachable broker fail fast, with exit 2. */
class StreamCommandTest {
    @TempDir Path dir;

    static String nobody() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "127.0.0.1:" + s.getLocalPort();   // closed again: nothing listens there
        }
    }

    @Test
    void anUnreachableBrokerIsAClearErrorWithinTheTimeoutAndLeavesNoStateDirectory() throws Exception {
        Path state = dir.resolve("state");
        String broker = nobody();
        long t = System.nanoTime();
        CliRun r = CliRun.of("stream", "--bootstrap-servers", broker, "--state-dir", state.toString(), "--connect-timeout", "5",
                "--kafka-log-level", "off");
        double seconds = (System.nanoTime() - t) / 1e9;
        assertThat(r.exit()).isEqualTo(2);
        assertThat(seconds).as("well within 30 s").isLessThan(25);
        assertThat(r.err()).contains("cannot reach the Kafka brokers at " + broker, "5 s");
        assertThat(state).doesNotExist();
    }

    @Test
    void theWholeConfigIsValidatedBeforeAnythingIsConnectedAndEveryProblemNamed() throws Exception {
        Path config = dir.resolve("stream.properties");
        Files.writeString(config, """
                # a comment on its own line is fine
                application.id=matrisk-local
                matrisk.ledger.retained-years=2         # financial years kept
                matrisk.ledger.cahced-trusts=10
                matrisk.topic.decisions=bad topic name
                num.stream.threads=two
                """);
        long t = System.nanoTime();
        CliRun r = CliRun.of("stream", "--bootstrap-servers", nobody(), "--config", config.toString(), "--state-dir", dir.resolve("s").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat((System.nanoTime() - t) / 1e9).as("no connection attempted").isLessThan(5);
        assertThat(r.err()).contains("nothing was connected or created")
                .contains("matrisk.ledger.retained-years: the value \"2         # financial years kept\" has an end-of-line comment")
                .contains("matrisk.ledger.cahced-trusts: unknown setting")
                .contains("topic \"bad topic name\"")
                .contains("num.stream.threads");
        assertThat(dir.resolve("s")).doesNotExist();
    }

    @Test
    void aBadLogLevelIsAUsageError() throws Exception {
        CliRun r = CliRun.of("stream", "--bootstrap-servers", nobody(), "--log-level", "loud");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--log-level must be one of off, error, warn, info, debug, trace");
    }
}
