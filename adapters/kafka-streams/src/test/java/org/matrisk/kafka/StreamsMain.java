package org.matrisk.kafka;

import org.apache.kafka.streams.KafkaStreams;
import org.matrisk.engine.RiskEngine;

/**
 * The adapter in a process of its own, for the restart test to kill (SIGKILL) mid-stream.
 * Arguments: bootstrap servers, state directory, application id. Prints {@code RUNNING} once running.
 */
public final class StreamsMain {
    private StreamsMain() {}

    public static void main(String[] args) throws Exception {
        MatriskStreams app = MatriskStreams.start(LedgerExactlyOnceIT.settings(args[0], args[1], args[2]), RiskEngine.builtin());
        while (app.state() != KafkaStreams.State.RUNNING) {
            if (app.state() == KafkaStreams.State.ERROR || app.state() == KafkaStreams.State.NOT_RUNNING) System.exit(3);
            Thread.sleep(50);
        }
        System.out.println("RUNNING");
        System.out.flush();
        Thread.currentThread().join();
    }
}
