package org.matrisk.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * A record that could not be used goes to the dead-letter topic as it came (same key, same value, its
 * own headers kept), with these headers added (UTF-8 text):
 * <ul>
 * <li>{@value #KIND}: {@code INVALID_JSON}, {@code INVALID_EVENT}, {@code INVALID_DOCUMENT}, {@code NO_KEY},
 * {@code KEY_MISMATCH}, {@code NO_CONTEXT}, {@code UNKNOWN_REFERENCE}, {@code OUT_OF_WINDOW},
 * {@code ASSESSMENT_FAILED}, {@code PROCESSING_FAILED};</li>
 * <li>{@value #REASON}: what is wrong, naming the value and what was expected;</li>
 * <li>{@value #POINTER}: the JSON Pointer of the offending value ({@code ""}: the whole record);</li>
 * <li>{@value #PROBLEMS}: every problem, one {@code pointer: reason} a line (documents may have several);</li>
 * <li>{@value #SOURCE_TOPIC}, {@value #SOURCE_PARTITION}, {@value #SOURCE_OFFSET}: where the record was read.</li>
 * </ul>
 */
public final class DeadLetter {
    private DeadLetter() {}

    public static final String KIND = "matrisk.error.kind";
    public static final String REASON = "matrisk.error.reason";
    public static final String POINTER = "matrisk.error.pointer";
    public static final String PROBLEMS = "matrisk.error.problems";
    public static final String SOURCE_TOPIC = "matrisk.source.topic";
    public static final String SOURCE_PARTITION = "matrisk.source.partition";
    public static final String SOURCE_OFFSET = "matrisk.source.offset";

    /** The child name processors forward dead letters to. */
    static final String SINK = "dead-letter-sink";

    static Record<String, byte[]> of(Record<String, byte[]> in, RecordMetadata source, String kind, String reason, String pointer, String problems) {
        Headers h = new RecordHeaders(in.headers().toArray());
        put(h, KIND, kind);
        put(h, REASON, reason);
        put(h, POINTER, pointer == null ? "" : pointer);
        put(h, PROBLEMS, problems == null ? (pointer == null || pointer.isEmpty() ? "(record)" : pointer) + ": " + reason : problems);
        if (source != null) {
            put(h, SOURCE_TOPIC, source.topic());
            put(h, SOURCE_PARTITION, Integer.toString(source.partition()));
            put(h, SOURCE_OFFSET, Long.toString(source.offset()));
        }
        return new Record<>(in.key(), in.value(), in.timestamp(), h);
    }

    private static void put(Headers h, String name, String value) {
        h.remove(name);
        h.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A header's text, or null. */
    public static String header(Headers headers, String name) {
        var h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
