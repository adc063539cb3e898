package org.matrisk.kafka;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic of the adapter and its serdes, in one place. Keys are trust ids (UTF-8 strings); values
 * are JSON bytes, parsed and validated inside the processors so that a bad record goes to the dead-letter
 * topic with its reason instead of stopping the application.
 *
 * <ul>
 * <li>{@code documents}: trust-data documents (the input contract), key = trust id;</li>
 * <li>{@code assessments}: one assessment per document (the assessment contract), same key;</li>
 * <li>{@code ledger}: ledger events ({@link LedgerEvent}), key = trust id;</li>
 * <li>{@code decisions}: one decision or context update per ledger event, same key;</li>
 * <li>{@code deadLetter}: records that failed to parse or validate, as they came, with the reason in headers ({@link DeadLetter}).</li>
 * </ul>
 * Names are configurable ({@code matrisk.topic.documents}, ...); the defaults are {@code matrisk.*}.
 */
public record Topics(Topic<String, byte[]> documents, Topic<String, byte[]> assessments, Topic<String, byte[]> ledger,
                     Topic<String, byte[]> decisions, Topic<String, byte[]> deadLetter) {

    public static final String PREFIX = "matrisk.topic.";
    static final Serde<String> KEYS = Serdes.String();
    static final Serde<byte[]> JSON = Serdes.ByteArray();

    public static Topics defaults() { return from(Map.of()); }

    /** Topic names from {@code matrisk.topic.documents}, {@code .assessments}, {@code .ledger}, {@code .decisions}, {@code .dead-letter}. */
    public static Topics from(Map<?, ?> config) {
        return new Topics(
                json(name(config, "documents", "matrisk.trust-documents")),
                json(name(config, "assessments", "matrisk.assessments")),
                json(name(config, "ledger", "matrisk.ledger-events")),
                json(name(config, "decisions", "matrisk.inline-decisions")),
                json(name(config, "dead-letter", "matrisk.dead-letter")));
    }

    public List<Topic<String, byte[]>> all() { return List.of(documents, assessments, ledger, decisions, deadLetter); }

    private static Topic<String, byte[]> json(String name) { return new Topic<>(name, KEYS, JSON); }

    private static String name(Map<?, ?> config, String key, String fallback) {
        Object v = config.get(PREFIX + key);
        return v == null || v.toString().isBlank() ? fallback : v.toString().trim();
    }
}
