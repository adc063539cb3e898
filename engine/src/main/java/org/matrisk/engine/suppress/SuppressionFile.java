package org.matrisk.engine.suppress;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads and validates the suppressions file format (docs/suppressions.md), reporting every problem. */
final class SuppressionFile {
    private SuppressionFile() {}

    static final List<String> FIELDS = List.of("ruleId", "trustId", "pointer", "justification", "by", "expires");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern BAD_ESCAPE = Pattern.compile("~(?![01])");

    static List<SuppressionEntry> parse(String json, String source) {
        JsonElement root;
        try {
            JsonReader reader = new JsonReader(new StringReader(json));
            reader.setStrictness(Strictness.STRICT);
            root = read(reader, "");
            if (reader.peek() != JsonToken.END_DOCUMENT) throw new DuplicateField(source + ": not valid JSON: data after the top-level object");
        } catch (DuplicateField e) {
            throw new SuppressionFileException(List.of(source + ": " + e.getMessage()));
        } catch (IOException | RuntimeException e) {
            throw new SuppressionFileException(List.of(source + ": not valid JSON" + syntax(e)));
        }
        List<String> problems = new ArrayList<>();
        if (!root.isJsonObject()) {
            throw new SuppressionFileException(List.of(source + ": must be a JSON object { \"suppressions\": [ ... ] }"));
        }
        JsonObject top = root.getAsJsonObject();
        for (String key : top.keySet()) {
            if (!key.equals("suppressions")) problems.add(source + ": /" + escape(key) + ": unknown field (allowed: suppressions)");
        }
        JsonElement list = top.get("suppressions");
        if (list == null || list.isJsonNull()) {
            problems.add(source + ": /suppressions: required (an array of suppressions)");
            throw new SuppressionFileException(problems);
        }
        if (!list.isJsonArray()) {
            problems.add(source + ": /suppressions: must be an array");
            throw new SuppressionFileException(problems);
        }
        JsonArray array = list.getAsJsonArray();
        List<SuppressionEntry> entries = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = source + ": /suppressions/" + i;
            JsonElement e = array.get(i);
            if (!e.isJsonObject()) {
                problems.add(at + ": must be an object");
                continue;
            }
            JsonObject o = e.getAsJsonObject();
            int before = problems.size();
            for (String key : o.keySet()) {
                if (!FIELDS.contains(key)) problems.add(at + "/" + escape(key) + ": unknown field (allowed: " + String.join(", ", FIELDS) + ")");
            }
            String ruleId = id(o, "ruleId", at, problems);
            String trustId = id(o, "trustId", at, problems);
            String pointer = pointer(o, at, problems);
            String justification = text(o, "justification", at, problems);
            String by = text(o, "by", at, problems);
            LocalDate expires = date(o, "expires", at, problems);
            if (problems.size() == before) entries.add(new SuppressionEntry(ruleId, trustId, pointer, justification, by, expires, source, i));
        }
        if (!problems.isEmpty()) throw new SuppressionFileException(problems);
        return entries;
    }

    /** A required string, or null after recording the problem. */
    private static String string(JsonObject o, String field, String at, List<String> problems) {
        JsonElement v = o.get(field);
        if (v == null || v.isJsonNull()) {
            problems.add(at + "/" + field + ": required");
            return null;
        }
        if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
            problems.add(at + "/" + field + ": must be a string");
            return null;
        }
        return v.getAsString();
    }

    private static String text(JsonObject o, String field, String at, List<String> problems) {
        String s = string(o, field, at, problems);
        if (s != null && s.isBlank()) {
            problems.add(at + "/" + field + ": required (must not be blank)");
            return null;
        }
        return s;
    }

    private static String id(JsonObject o, String field, String at, List<String> problems) {
        String s = text(o, field, at, problems);
        if (s != null && !s.equals(s.strip())) {
            problems.add(at + "/" + field + ": must not start or end with spaces: \"" + s + "\"");
            return null;
        }
        return s;
    }

    private static String pointer(JsonObject o, String at, List<String> problems) {
        JsonElement v = o.get("pointer");
        if (v == null || v.isJsonNull()) return null;
        if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
            problems.add(at + "/pointer: must be a string (a JSON Pointer)");
            return null;
        }
        String p = v.getAsString();
        if (!p.isEmpty() && !p.startsWith("/")) {
            problems.add(at + "/pointer: not a JSON Pointer (RFC 6901): must be empty or start with /: \"" + p + "\"");
            return null;
        }
        if (BAD_ESCAPE.matcher(p).find()) {
            problems.add(at + "/pointer: not a JSON Pointer (RFC 6901): ~ must be followed by 0 or 1: \"" + p + "\"");
            return null;
        }
        return p;
    }

    private static LocalDate date(JsonObject o, String field, String at, List<String> problems) {
        String s = string(o, field, at, problems);
        if (s == null) return null;
        try {
            if (DATE.matcher(s).matches()) return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            // falls through
        }
        problems.add(at + "/" + field + ": not a date (YYYY-MM-DD): \"" + s + "\"");
        return null;
    }

    /** Gson's message, first line, without its advice to be lenient or its JSONPath: " at line 1 column 25", ": End of input at line 1 column 1". */
    private static String syntax(Exception e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
        int path = m.lastIndexOf(" path $");
        if (path > 0) m = m.substring(0, path);
        String advice = "Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON";
        return m.startsWith(advice) ? m.substring(advice.length()) : ": " + m;
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static final class DuplicateField extends RuntimeException {
        DuplicateField(String message) { super(message); }
    }

    /** A strict tree reader that refuses duplicate field names (Gson's own keeps the last silently). */
    private static JsonElement read(JsonReader r, String path) throws IOException {
        switch (r.peek()) {
            case BEGIN_OBJECT -> {
                JsonObject o = new JsonObject();
                r.beginObject();
                while (r.hasNext()) {
                    String name = r.nextName();
                    String p = path + "/" + escape(name);
                    if (o.has(name)) throw new DuplicateField(p + ": duplicate field");
                    o.add(name, read(r, p));
                }
                r.endObject();
                return o;
            }
            case BEGIN_ARRAY -> {
                JsonArray a = new JsonArray();
                r.beginArray();
                int i = 0;
                while (r.hasNext()) a.add(read(r, path + "/" + i++));
                r.endArray();
                return a;
            }
            case STRING -> { return new JsonPrimitive(r.nextString()); }
            case NUMBER -> { return new JsonPrimitive(new java.math.BigDecimal(r.nextString())); }
            case BOOLEAN -> { return new JsonPrimitive(r.nextBoolean()); }
            case NULL -> {
                r.nextNull();
                return JsonNull.INSTANCE;
            }
            default -> throw new IOException("unexpected " + r.peek() + " at " + r.getPath());
        }
    }
}
