package org.matrisk.json.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Structured mutations of valid documents: the fuzzer's bytes choose a seed document (the
 * examples, the fixture base and fixture-patched documents in {@code fuzz/seeds/}), then up to
 * eight edits at value positions (numbered in document order), then how to print it. Edits replace
 * a value (by an edge-case literal, a string or number from the fuzzer, an identifier or enum value
 * taken from the seeds, a huge number or string), remove, duplicate, rename or add members, wrap or
 * deepen a value, insert raw text, or cut the document short. The output stays close to a valid
 * document, so that validation and the cross-reference checks (and the engine) are reached.
 */
final class DocumentMutator {
    private DocumentMutator() {}

    /** The seed documents, parsed once. */
    static final List<JsonValue> SEEDS = new ArrayList<>();
    static final List<String> SEED_NAMES = new ArrayList<>();
    /** Every string value and member name found in the seeds: ids, enum constants, dates. */
    static final List<String> STRINGS;
    static final List<String> KEYS;

    static {
        JsonProvider provider = JsonProvider.provider();
        Set<String> strings = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        for (String name : resourceText("fuzz/seeds/index.txt").split("\n")) {
            name = name.strip();
            if (name.isEmpty() || name.startsWith("#")) continue;
            try (InputStream in = DocumentMutator.class.getClassLoader().getResourceAsStream("fuzz/seeds/" + name);
                 JsonReader r = provider.createReader(in)) {
                JsonValue v = r.readValue();
                SEEDS.add(v);
                SEED_NAMES.add(name);
                collect(v, strings, keys);
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("seed " + name + ": " + e, e);
            }
        }
        STRINGS = List.copyOf(strings);
        KEYS = List.copyOf(keys);
    }

    /** Literal JSON texts that sit on the edge of the contract. */
    static final String[] EDGE = {
            "null", "true", "false", "0", "-0", "-0.0", "0.001", "1.005", "1.23456", "1.500", "1e16", "1E+999", "1e-400",
            "0e-999999999", "-0e-999999999", "1e999999999", "1E-2147483648", "-1", "-0.01", "2147483647", "2147483648",
            "9999999999999999", "999999999999999.99", "123456789012345.67", "1e2", "1.0e-2", "0.5", "1.5", "3.0",
            "00", "01", "1.", ".5", "+1", "1e", "NaN", "Infinity", "-Infinity",
            "\"\"", "\" \"", "\"x\"", "\"1\"", "\"2\"", "\"2024-02-30\"", "\"2024-2-3\"", "\"+2024-01-01\"", "\"2024-13-01\"",
            "\"2023-02-29\"", "\"2024-02-29\"", "\"0000-01-01\"", "\"9999-12-31\"", "\"2024-01-01T00:00\"", "\"\\ud800\"",
            "\"\\udc00\\ud800\"", "\"\\u0000\"", "\"a\\nb\"", "\"\\u2028\"", "\"mat\"", "\"Mat\"", "\"SAT\"", "\"good\"",
            "[]", "{}", "[null]", "[{}]", "[[]]", "[\"P1\",\"P1\"]", "[1,2]", "{\"a\":1,\"a\":2}", "'x'", "\"\\x\"",
    };

    /** Raw text inserted before a value: most of it breaks the syntax on purpose. */
    static final String[] RAW = {
            ",", ",,", "}", "]", "{", "[", ":", "\"", "\\", "//c\n", "/*c*/", "'", "\u0000", "\u001f", "\uFEFF", "\t", "\r\n",
            "\"k\":", "NaN", "\u00e9", "\ud83d\ude00",
    };

    enum Op { EDGE, STRING, NUMBER, REFERENCE, CASE, REMOVE, DUPLICATE, RENAME, ADD, WRAP, DEEPEN, RAW, BIG, TRUNCATE }

    private record Edit(Op op, String text, int amount) {}

    /** The mutated document's bytes. */
    static byte[] mutate(FuzzedDataProvider d) {
        int seed = d.consumeInt(0, SEEDS.size() - 1);
        return mutate(SEEDS.get(seed), d);
    }

    static byte[] mutate(JsonValue doc, FuzzedDataProvider d) {
        int nodes = count(doc);
        int n = d.consumeInt(0, 8);
        Map<Integer, List<Edit>> edits = new HashMap<>();
        Op[] ops = Op.values();
        for (int i = 0; i < n; i++) {
            int at = d.consumeInt(0, nodes - 1);
            Op op = ops[d.consumeInt(0, ops.length - 1)];
            Edit e = switch (op) {
                case EDGE -> new Edit(op, EDGE[d.consumeInt(0, EDGE.length - 1)], 0);
                case STRING -> new Edit(op, string(d.consumeString(40)), 0);
                case NUMBER -> new Edit(op, number(d), 0);
                case REFERENCE, CASE -> new Edit(op, STRINGS.get(d.consumeInt(0, STRINGS.size() - 1)), 0);
                case RENAME, ADD -> new Edit(op, key(d), d.consumeInt(0, EDGE.length - 1));
                case RAW -> new Edit(op, RAW[d.consumeInt(0, RAW.length - 1)], 0);
                case DEEPEN -> new Edit(op, null, d.consumeInt(2, 100));
                case BIG -> new Edit(op, null, d.consumeInt(0, 3));
                case WRAP -> new Edit(op, null, d.consumeInt(0, 1));
                default -> new Edit(op, null, 0);
            };
            edits.computeIfAbsent(at, k -> new ArrayList<>(2)).add(e);
        }
        return print(doc, edits, d.consumeBoolean());
    }

    private static String key(FuzzedDataProvider d) {
        return switch (d.consumeInt(0, 5)) {
            case 0 -> "a/b~c";
            case 1 -> "";
            case 2 -> d.consumeString(20);
            case 3 -> "k".repeat(d.consumeInt(100, 3000));
            default -> KEYS.get(d.consumeInt(0, KEYS.size() - 1));
        };
    }

    private static String number(FuzzedDataProvider d) {
        StringBuilder sb = new StringBuilder();
        if (d.consumeBoolean()) sb.append('-');
        sb.append(d.consumeLong(0, Long.MAX_VALUE));
        if (d.consumeBoolean()) sb.append('.').append(d.consumeInt(0, 999_999));
        if (d.consumeBoolean()) sb.append(d.consumeBoolean() ? "e" : "E").append(d.consumeInt(-3000, 3000));
        return sb.toString();
    }

    /** A JSON string literal for {@code s}. */
    static String string(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }

    private static final class Stop extends RuntimeException {
        Stop() { super(null, null, false, false); }
    }

    /** Prints the document, applying the edits at their value positions. */
    private static final class Writer {
        final Map<Integer, List<Edit>> edits;
        final boolean pretty;
        final StringBuilder out = new StringBuilder(8192);
        int node;
        int indent;

        Writer(Map<Integer, List<Edit>> edits, boolean pretty) {
            this.edits = edits;
            this.pretty = pretty;
        }

        /** Writes one member (key non-null) or element; false when it was removed and wrote nothing. */
        boolean value(String key, JsonValue v) {
            List<Edit> es = edits.get(node);
            int here = node;
            node += count(v);   // positions inside v are numbered from here + 1
            int inner = here + 1;
            if (es == null) {
                member(key);
                plain(v, inner);
                return true;
            }
            int times = 1;
            String replacement = null;
            int wraps = 0;
            boolean deepenArray = false;
            int deepen = 0;
            StringBuilder prefix = new StringBuilder();
            String extraKey = null;
            String extraValue = null;
            for (Edit e : es) {
                switch (e.op()) {
                    case EDGE, STRING, NUMBER -> replacement = e.text();
                    case REFERENCE -> replacement = string(e.text());
                    case CASE -> replacement = v instanceof JsonString s
                            ? string(flipCase(s.getString())) : string(e.text().toLowerCase(Locale.ROOT));
                    case REMOVE -> times = 0;
                    case DUPLICATE -> times = 2;
                    case RENAME -> { if (key != null) key = e.text(); }
                    case ADD -> { extraKey = e.text(); extraValue = EDGE[e.amount()]; }
                    case WRAP -> wraps = e.amount() == 0 ? 1 : 2;
                    case DEEPEN -> { deepen = e.amount(); deepenArray = (e.amount() & 1) == 0; }
                    case RAW -> prefix.append(e.text());
                    case BIG -> replacement = big(e.amount());
                    case TRUNCATE -> {
                        out.append(prefix);
                        member(key);
                        throw new Stop();
                    }
                    default -> { }
                }
            }
            for (int t = 0; t < times; t++) {
                if (t > 0) out.append(',');
                out.append(prefix);
                member(key);
                for (int i = 0; i < deepen; i++) out.append(deepenArray ? "[" : "{\"d\":");
                if (wraps == 1) out.append('[');
                if (wraps == 2) out.append("{\"w\":");
                if (replacement != null) out.append(replacement);
                else plain(v, inner);
                if (wraps == 1) out.append(']');
                if (wraps == 2) out.append('}');
                for (int i = 0; i < deepen; i++) out.append(deepenArray ? "]" : "}");
            }
            if (extraKey != null && key != null) {
                if (times > 0) out.append(',');
                out.append(string(extraKey)).append(':').append(extraValue);
                return true;
            }
            return times > 0;
        }

        void member(String key) {
            if (key != null) out.append(string(key)).append(pretty ? ": " : ":");
        }

        void plain(JsonValue v, int first) {
            int saved = node;
            node = first;
            switch (v.getValueType()) {
                case OBJECT -> {
                    JsonObject o = (JsonObject) v;
                    out.append('{');
                    indent++;
                    boolean any = false;
                    for (Map.Entry<String, JsonValue> m : o.entrySet()) {
                        int mark = out.length();
                        if (any) out.append(',');
                        newline();
                        if (!value(m.getKey(), m.getValue())) out.setLength(mark);
                        else any = true;
                    }
                    indent--;
                    if (any) newline();
                    out.append('}');
                }
                case ARRAY -> {
                    JsonArray a = (JsonArray) v;
                    out.append('[');
                    indent++;
                    boolean any = false;
                    for (JsonValue e : a) {
                        int mark = out.length();
                        if (any) out.append(',');
                        newline();
                        if (!value(null, e)) out.setLength(mark);
                        else any = true;
                    }
                    indent--;
                    if (any) newline();
                    out.append(']');
                }
                case STRING -> out.append(string(((JsonString) v).getString()));
                case NUMBER -> out.append(((JsonNumber) v).toString());
                case TRUE -> out.append("true");
                case FALSE -> out.append("false");
                case NULL -> out.append("null");
            }
            node = saved;
        }

        void newline() {
            if (!pretty) return;
            out.append('\n');
            for (int i = 0; i < indent; i++) out.append("  ");
        }
    }

    private static String big(int kind) {
        return switch (kind) {
            case 0 -> "9".repeat(10_000);                       // a 10,000-digit number
            case 1 -> "0." + "1".repeat(300);                   // 300 decimals
            case 2 -> "\"" + "x".repeat(5_000) + "\"";          // a long string
            default -> "[" + "{},".repeat(2_000) + "{}]";       // many empty objects
        };
    }

    private static String flipCase(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.equals(s) ? s.toUpperCase(Locale.ROOT) : lower;
    }

    /** Values in {@code v}, itself included. */
    static int count(JsonValue v) {
        int n = 1;
        if (v instanceof JsonObject o) for (JsonValue m : o.values()) n += count(m);
        else if (v instanceof JsonArray a) for (JsonValue e : a) n += count(e);
        return n;
    }

    private static void collect(JsonValue v, Set<String> strings, Set<String> keys) {
        if (v instanceof JsonObject o) {
            for (Map.Entry<String, JsonValue> m : o.entrySet()) {
                keys.add(m.getKey());
                collect(m.getValue(), strings, keys);
            }
        } else if (v instanceof JsonArray a) {
            for (JsonValue e : a) collect(e, strings, keys);
        } else if (v instanceof JsonString s) {
            strings.add(s.getString());
        }
    }

    static String resourceText(String name) {
        try (InputStream in = DocumentMutator.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("no resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints with the edits; a truncation edit ends the output where it stands. */
    private static byte[] print(JsonValue doc, Map<Integer, List<Edit>> edits, boolean pretty) {
        Writer w = new Writer(edits, pretty);
        try {
            w.value(null, doc);
        } catch (Stop stop) {
            // cut short on purpose
        }
        return w.out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
