package org.matrisk.kafka;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * A record that could not be used goes to the dead-letter topic as it came (same key, same value, its
 * own headers kept), with these headers added (UTF-8 text):
 * <ul>
 * <li>{@value #KIND}: {@code INVALID_JSON}, {@code INVALID_EVENT}, {@code INVALID_DOCUMENT}, {@code NO_KEY},
 * {@code INVALID_KEY}, {@code KEY_MISMATCH}, {@code NO_CONTEXT}, {@code UNKNOWN_REFERENCE}, {@code OUT_OF_WINDOW},
 * {@code FUTURE_DATED}, {@code ASSESSMENT_FAILED}, {@code PROCESSING_FAILED}, {@code OUTPUT_TOO_LARGE},
 * {@code PRODUCTION_FAILED}, {@code UNREADABLE_RECORD};</li>
 * <li>{@value #REASON}: what is wrong, naming the value and what was expected;</li>
 * <li>{@value #POINTER}: the JSON Pointer of the offending value ({@code ""}: the whole record);</li>
 * <li>{@value #PROBLEMS}: every problem, one {@code pointer: reason} a line (documents may have several);</li>
 * <li>{@value #SOURCE_TOPIC}, {@value #SOURCE_PARTITION}, {@value #SOURCE_OFFSET}: where the record was read.</li>
 * </ul>
 *
 * <p><b>Bounded by design</b>, so that a dead letter can always be written whatever came in: each header
 * value above is cut to {@value #MAX_HEADER_BYTES} bytes ({@value #PROBLEMS}: {@value #MAX_PROBLEMS_BYTES}),
 * ending in {@code … (N more bytes)}; the record's own headers are kept only while they total at most
 * {@value #MAX_SOURCE_HEADER_BYTES} bytes (else dropped, and {@value #HEADERS_DROPPED} says how many); a key
 * longer than {@value #MAX_KEY_BYTES} bytes is cut; a value longer than {@value #MAX_VALUE_BYTES} bytes is
 * replaced by its first {@value #EXCERPT_BYTES} bytes, with {@value #VALUE_TRUNCATED}{@code : true} and
 * {@value #VALUE_BYTES} (the original length). A dead letter is therefore at most about 1,000,000 bytes,
 * under Kafka's default 1 MiB record limit.
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
    /** {@code true} when the value is an excerpt of the record's value. */
    public static final String VALUE_TRUNCATED = "matrisk.error.value-truncated";
    /** The length in bytes of the record's value, when the dead letter carries an excerpt of it. */
    public static final String VALUE_BYTES = "matrisk.source.value-bytes";
    /** How many of the record's own headers were dropped (they were too large to keep). */
    public static final String HEADERS_DROPPED = "matrisk.source.headers-dropped";

    static final int MAX_HEADER_BYTES = 2048;
    static final int MAX_PROBLEMS_BYTES = 8192;
    static final int MAX_SOURCE_HEADER_BYTES = 16384;
    static final int MAX_KEY_BYTES = 1024;
    static final int MAX_VALUE_BYTES = 960_000;
    static final int EXCERPT_BYTES = 65_536;

    static Record<String, byte[]> of(Record<String, byte[]> in, RecordMetadata source, String kind, String reason, String pointer, String problems) {
        Headers h = headers(in.headers(), in.value(), kind, reason, pointer, problems);
        if (source != null) {
            put(h, SOURCE_TOPIC, source.topic());
            put(h, SOURCE_PARTITION, Integer.toString(source.partition()));
            put(h, SOURCE_OFFSET, Long.toString(source.offset()));
        }
        return new Record<>(key(in.key()), value(in.value()), in.timestamp(), h);
    }

    /** The bounded headers of a dead letter (without the source position). */
    static Headers headers(Headers incoming, byte[] value, String kind, String reason, String pointer, String problems) {
        Headers h = new RecordHeaders();
        int total = 0, count = 0;
        for (Header x : incoming) {
            total += x.key().length() + (x.value() == null ? 0 : x.value().length);
            count++;
        }
        if (total <= MAX_SOURCE_HEADER_BYTES) for (Header x : incoming) h.add(x);
        put(h, KIND, kind);
        put(h, REASON, reason);
        put(h, POINTER, pointer == null ? "" : pointer);
        put(h, PROBLEMS, problems == null ? (pointer == null || pointer.isEmpty() ? "(record)" : pointer) + ": " + reason : problems,
                MAX_PROBLEMS_BYTES);
        if (total > MAX_SOURCE_HEADER_BYTES) put(h, HEADERS_DROPPED, Integer.toString(count));
        if (value != null && value.length > MAX_VALUE_BYTES) {
            put(h, VALUE_TRUNCATED, "true");
            put(h, VALUE_BYTES, Integer.toString(value.length));
        }
        return h;
    }

    /** The value a dead letter carries: the record's, or its first {@value #EXCERPT_BYTES} bytes when too large. */
    static byte[] value(byte[] value) {
        return value == null || value.length <= MAX_VALUE_BYTES ? value : Arrays.copyOf(value, EXCERPT_BYTES);
    }

    /** The key a dead letter carries: the record's, cut to {@value #MAX_KEY_BYTES} bytes of UTF-8. */
    static String key(String key) {
        if (key == null || key.length() <= MAX_KEY_BYTES / 4) return key;
        return cut(key, MAX_KEY_BYTES);
    }

    private static void put(Headers h, String name, String value) { put(h, name, value, MAX_HEADER_BYTES); }

    private static void put(Headers h, String name, String value, int max) {
        h.remove(name);
        h.add(name, cut(value, max).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code s}, or its beginning and {@code … (N more bytes)} so that the whole is at most {@code max} bytes of UTF-8. */
    static String cut(String s, int max) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length <= max) return s;
        int keep = max - 32;
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.IGNORE);
        CharBuffer out = CharBuffer.allocate(keep);
        dec.decode(ByteBuffer.wrap(b, 0, keep), out, true);   // a character split at the cut is dropped
        out.flip();
        return out + "… (" + (b.length - keep) + " more bytes)";
    }

    /** A value quoted in a message: at most {@code max} characters, then {@code …}. */
    static String quote(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "… (" + s.length() + " characters)";
    }

    /** A header's text, or null. */
    public static String header(Headers headers, String name) {
        var h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
