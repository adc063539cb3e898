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

    /**
     * The width to fit a table to: the {@code COLUMNS} variable when it is a number; else, on a terminal, the
     * terminal's width as {@code stty size} reports it (100 when it cannot); else 0, no limit (a file or a pipe).
     */
    static int columns(boolean terminal) {
        String env = System.getenv("COLUMNS");
        if (env != null && env.strip().matches("[0-9]{1,4}") && Integer.parseInt(env.strip()) >= 20) return Integer.parseInt(env.strip());
        if (!terminal) return 0;
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/tty")))
                    .redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
            if (p.waitFor(2, java.util.concurrent.TimeUnit.SECONDS) && s.matches("[0-9]+ [0-9]+")) {
                int cols = Integer.parseInt(s.split(" ")[1]);
                if (cols >= 20) return cols;
            }
        } catch (IOException | RuntimeException e) {
            // no stty or no terminal: the default
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 100;
    }
    static boolean stderrIsTerminal() { return isTerminal(2); }
}
