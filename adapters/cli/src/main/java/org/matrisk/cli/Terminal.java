package org.matrisk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a standard stream is an interactive terminal (Linux /proc; else the JVM's console). */
final class Terminal {
    private Terminal() {}

    static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    static boolean stdoutIsTerminal() { return isTerminal(1); }
    static boolean stderrIsTerminal() { return isTerminal(2); }
}
