package org.matrisk.cli;

import java.util.function.Consumer;
import sun.misc.Signal;

/**
 * SIGTERM and SIGINT handled by the command instead of by the JVM's shutdown (which would end the process
 * with status 143 or 130 whatever the command returns): the command closes what it runs and exits 0.
 */
final class Signals {
    private Signals() {}

    /** Calls {@code stop} with the signal's name ("SIGTERM", "SIGINT") when one arrives; later ones are passed on too. */
    static void onTerminate(Consumer<String> stop) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), s -> stop.accept("SIG" + s.getName()));
            } catch (IllegalArgumentException unsupported) {
                // a platform without this signal (or a JVM run with -Xrs): the shutdown hook still closes cleanly
            }
        }
    }
}
