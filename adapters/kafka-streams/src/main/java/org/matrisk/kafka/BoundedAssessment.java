package org.matrisk.kafka;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;

/**
 * An assessment too large for one record, summarised so that it fits: the assessment contract's JSON with
 * the same members and values (rating, score, points, areas with their finding counts, every other
 * member), where
 * <ol>
 * <li>each finding keeps its first {@value #EVIDENCE_KEPT} evidence items and the {@code unknown} list its
 * first {@value #UNKNOWN_KEPT} outcomes;</li>
 * <li>if it is still too large, the findings are kept in their order (most severe first) as far as they
 * fit;</li>
 * </ol>
 * and a member {@code "truncated"} is added last: {@code {"bytes":N,"findings":F,"findingsKept":K,
 * "evidenceOmitted":E,"unknown":U,"unknownKept":V}} (N: the full assessment's size). The record carries
 * the header {@value #HEADER} with N. {@code matrisk scan} gives the whole assessment of the same document.
 */
final class BoundedAssessment {
    private BoundedAssessment() {}

    static final String HEADER = "matrisk.assessment.truncated-from-bytes";
    static final int EVIDENCE_KEPT = 10;
    static final int UNKNOWN_KEPT = 100;

    /** The summary of {@code json} in at most {@code max} bytes, or null when even no finding fits. */
    static byte[] bound(byte[] json, int max) {
        JsonObject a = JsonParser.parseString(new String(json, StandardCharsets.UTF_8)).getAsJsonObject();
        JsonArray findings = a.has("findings") && a.get("findings").isJsonArray() ? a.getAsJsonArray("findings") : new JsonArray();
        int evidenceOmitted = 0;
        for (JsonElement f : findings) {
            if (!f.isJsonObject() || !f.getAsJsonObject().has("evidence") || !f.getAsJsonObject().get("evidence").isJsonArray()) continue;
            JsonArray ev = f.getAsJsonObject().getAsJsonArray("evidence");
            if (ev.size() > EVIDENCE_KEPT) {
                evidenceOmitted += ev.size() - EVIDENCE_KEPT;
                f.getAsJsonObject().add("evidence", first(ev, EVIDENCE_KEPT));
            }
        }
        int unknown = 0, unknownKept = 0;
        if (a.has("unknown") && a.get("unknown").isJsonArray()) {
            JsonArray u = a.getAsJsonArray("unknown");
            unknown = u.size();
            unknownKept = Math.min(unknown, UNKNOWN_KEPT);
            a.add("unknown", first(u, unknownKept));
        }
        // the most findings that fit: binary search over the prefix length
        int lo = 0, hi = findings.size();
        byte[] best = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            byte[] b = write(a, findings, mid, json.length, evidenceOmitted, unknown, unknownKept);
            if (b.length <= max) {
                best = b;
                lo = mid + 1;
            } else hi = mid - 1;
        }
        return best;
    }

    private static byte[] write(JsonObject a, JsonArray findings, int kept, int bytes, int evidenceOmitted, int unknown, int unknownKept) {
        JsonObject copy = a.deepCopy();
        copy.add("findings", first(findings, kept));
        JsonObject t = new JsonObject();
        t.addProperty("bytes", bytes);
        t.addProperty("findings", findings.size());
        t.addProperty("findingsKept", kept);
        t.addProperty("evidenceOmitted", evidenceOmitted);
        t.addProperty("unknown", unknown);
        t.addProperty("unknownKept", unknownKept);
        copy.add("truncated", t);
        return copy.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonArray first(JsonArray a, int n) {
        JsonArray out = new JsonArray(n);
        for (int i = 0; i < n && i < a.size(); i++) out.add(a.get(i));
        return out;
    }
}
