package org.matrisk.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.matrisk.json.read.Problem;
import org.matrisk.json.read.Rejected;

/**
 * A rejected document as one NDJSON line: source, position (from 0, as before), document (numbered from 1,
 * as stderr says), the line it starts on and every problem, with the line and column of its value when known.
 */
final class Rejects {
    private Rejects() {}

    static String toJson(Rejected r) {
        JsonObject o = new JsonObject();
        o.addProperty("source", r.info().source());
        o.addProperty("position", r.info().position());
        o.addProperty("document", r.info().position() + 1);
        o.addProperty("line", r.info().line());
        JsonArray problems = new JsonArray();
        for (Problem p : r.problems()) {
            JsonObject po = new JsonObject();
            po.addProperty("pointer", p.pointer());
            po.addProperty("reason", p.reason());
            if (p.line() > 0) po.addProperty("line", p.line());
            if (p.column() > 0) po.addProperty("column", p.column());
            problems.add(po);
        }
        o.add("problems", problems);
        return o.toString();
    }
}
