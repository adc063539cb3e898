package org.matrisk.engine.params;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads parameter files:
 * <pre>
 * { "rpt.approvalThreshold": { "type": "money", "description": "...",
 *     "values": [ { "from": "2019-04-01", "value": "20000.00", "source": "ESFA RPT arrangements", "url": "..." },
 *                 { "from": "2023-09-01", "value": "40000.00", "source": "ATH 2023 5.45", "url": "..." } ] } }
 * </pre>
 * Values must be in ascending {@code from} order; only the first may have a null {@code from}.
 */
public final class ParameterFiles {
    private ParameterFiles() {}

    public static void parseInto(String file, String json, Map<String, Parameter> into) {
        parseInto(file, json, into, file);
    }

    /** As {@link #parseInto(String, String, Map)}, recording {@code location} as each parameter's {@code file}. */
    public static void parseInto(String file, String json, Map<String, Parameter> into, String location) {
        JsonObject root;
        try {
            root = JsonParser.parseString(json).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": not a JSON object of parameters: " + e.getMessage(), e);
        }
        for (Map.Entry<String, JsonElement> e : root.entrySet()) {
            String name = e.getKey();
            if (name.startsWith("$")) continue; // "$comment" and friends
            String where = file + ": parameter \"" + name + "\"";
            if (into.containsKey(name)) throw new IllegalArgumentException(where + " is defined twice");
            into.put(name, parse(where, name, e.getValue().getAsJsonObject(), location));
        }
    }

    private static Parameter parse(String where, String name, JsonObject o, String location) {
        if (!o.has("type")) throw new IllegalArgumentException(where + " has no \"type\"");
        ParameterType type;
        try {
            type = ParameterType.valueOf(o.get("type").getAsString().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(where + ": unknown type \"" + o.get("type").getAsString() + "\"");
        }
        String description = o.has("description") ? o.get("description").getAsString() : "";
        JsonArray values = o.has("values") ? o.getAsJsonArray("values") : null;
        if (values == null || values.isEmpty()) throw new IllegalArgumentException(where + " has no values");
        List<DatedValue> list = new ArrayList<>();
        LocalDate previous = null;
        for (int i = 0; i < values.size(); i++) {
            JsonObject v = values.get(i).getAsJsonObject();
            String at = where + " value " + i;
            LocalDate from = null;
            if (v.has("from") && !v.get("from").isJsonNull()) {
                try {
                    from = LocalDate.parse(v.get("from").getAsString());
                } catch (DateTimeParseException ex) {
                    throw new IllegalArgumentException(at + ": bad \"from\" date " + v.get("from"));
                }
            } else if (i > 0) {
                throw new IllegalArgumentException(at + ": only the first value may omit \"from\"");
            }
            if (previous != null && from != null && !from.isAfter(previous))
                throw new IllegalArgumentException(at + ": values must be in ascending \"from\" order");
            if (from != null) previous = from;
            if (!v.has("source") || v.get("source").getAsString().isBlank())
                throw new IllegalArgumentException(at + " has no \"source\"");
            if (!v.has("value")) throw new IllegalArgumentException(at + " has no \"value\"");
            list.add(new DatedValue(from, value(at, type, v.get("value")), v.get("source").getAsString(),
                    v.has("url") ? v.get("url").getAsString() : null));
        }
        return new Parameter(name, type, description, list, location);
    }

    private static Object value(String at, ParameterType type, JsonElement v) {
        try {
            return switch (type) {
                case MONEY -> {
                    BigDecimal b = new BigDecimal(v.getAsString());
                    if (b.stripTrailingZeros().scale() > 2) throw new IllegalArgumentException("more than 2 decimals");
                    yield b.setScale(2);
                }
                case DECIMAL -> new BigDecimal(v.getAsString());
                case INTEGER, DAYS -> Integer.valueOf(v.getAsString());
                case BOOLEAN -> {
                    if (!v.getAsJsonPrimitive().isBoolean()) throw new IllegalArgumentException("expected true or false");
                    yield v.getAsBoolean();
                }
                case DEADLINE -> {
                    String s = v.getAsString();
                    if (!s.matches("Y([+-]\\d+)?-\\d{2}-\\d{2}|\\d{4}-\\d{2}-\\d{2}"))
                        throw new IllegalArgumentException("expected Y-MM-DD, Y+n-MM-DD or YYYY-MM-DD");
                    yield s;
                }
                case TEXT -> v.getAsString();
            };
        } catch (RuntimeException ex) {
            throw new IllegalArgumentException(at + ": bad " + type.name().toLowerCase(Locale.ROOT) + " value " + v + ": " + ex.getMessage());
        }
    }
}
