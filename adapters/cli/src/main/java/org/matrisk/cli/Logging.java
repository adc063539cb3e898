package org.matrisk.cli;

import java.util.Locale;
import java.util.Set;

/**
 * The command line's log: slf4j-simple on stderr (defaults in {@code simplelogger.properties}: warnings and
 * errors). A command that logs more sets its levels here, before the first logger is created: slf4j-simple
 * reads its configuration once.
 */
final class Logging {
    private Logging() {}

    static final Set<String> LEVELS = Set.of("off", "error", "warn", "info", "debug", "trace");

    /**
     * @param matrisk the level of matrisk's own loggers ({@code org.matrisk})
     * @param kafka   the level of Kafka's clients and Kafka Streams ({@code org.apache.kafka})
     */
    static void configure(String matrisk, String kafka) {
        System.setProperty("org.slf4j.simpleLogger.log.org.matrisk", level(matrisk, "--log-level"));
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", level(kafka, "--kafka-log-level"));
    }

    static String level(String s, String option) {
        String l = s.trim().toLowerCase(Locale.ROOT);
        if (l.equals("warning")) l = "warn";
        if (!LEVELS.contains(l))
            throw new IllegalArgumentException(option + " must be one of off, error, warn, info, debug, trace; was \"" + s + "\"");
        return l;
    }
}
