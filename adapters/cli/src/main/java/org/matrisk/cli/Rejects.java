package org.matrisk.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.matrisk.json.read.Problem;
import org.matrisk.json.read.Rejected;

/** A rejected document as one NDJSON line: source, position, line and every problem. */
final class Rejects {
    private Rejects() {}

    static String toJson(Rejected r) {
        JsonObject o = new JsonObject();
        o.addProperty("source", r.info().source());
        o.addProperty("position", r.info().position());
        o.addProperty("line", r.info().line());
        JsonArray problems = new JsonArray();
        for (Problem p : r.problems()) {
            JsonObject po = new JsonObject();
            po.addProperty("pointer", p.pointer());
            po.addProperty("reason", p.reason());
            problems.add(po);
        }
        o.add("problems", problems);
        return o.toString();
    }
}
