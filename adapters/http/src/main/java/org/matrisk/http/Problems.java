package org.matrisk.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.matrisk.json.read.Problem;
import org.matrisk.json.write.AssessmentGson;

/** The problem details (RFC 9457) the service answers with, one {@code type} per status. */
final class Problems {
    private Problems() {}

    static final String MEDIA_TYPE = "application/problem+json";

    private static final Map<Integer, String> TYPES = Map.ofEntries(
            Map.entry(400, "malformed-json"),
            Map.entry(401, "unauthorized"),
            Map.entry(403, "forbidden"),
            Map.entry(404, "not-found"),
            Map.entry(405, "method-not-allowed"),
            Map.entry(409, "trust-id-mismatch"),
            Map.entry(413, "too-large"),
            Map.entry(415, "unsupported-media-type"),
            Map.entry(422, "invalid-input"),
            Map.entry(500, "internal-error"),
            Map.entry(503, "busy"));

    static String type(int status) {
        return "https://matrisk.org/problems/" + TYPES.getOrDefault(status, "error");
    }

    static JsonObject json(int status, String title, String detail, List<Problem> problems) {
        JsonObject o = new JsonObject();
        o.addProperty("type", type(status));
        o.addProperty("title", title);
        o.addProperty("status", status);
        o.addProperty("detail", detail);
        JsonArray ps = new JsonArray();
        for (Problem p : problems) {
            JsonObject q = new JsonObject();
            q.addProperty("pointer", p.pointer());
            q.addProperty("reason", p.reason());
            ps.add(q);
        }
        o.add("problems", ps);
        return o;
    }

    static String toJson(ProblemException e) {
        return AssessmentGson.COMPACT.toJson(json(e.status, e.title, e.detail, e.problems));
    }

    /** The NDJSON line of a document rejected inside a stream: {@code {"rejected": {...problem...}}}. */
    static String rejectedLine(ProblemException e) {
        JsonObject o = new JsonObject();
        o.add("rejected", json(e.status, e.title, e.detail, e.problems));
        return AssessmentGson.COMPACT.toJson(o);
    }
}
