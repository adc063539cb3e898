package org.matrisk.json.write;

import com.google.gson.JsonObject;
import org.matrisk.engine.pack.RuleMeta;

/**
 * A rule of a pack as JSON, the summary `matrisk rules --format json` and the HTTP service's {@code GET /v1/rules}
 * both write: id, area, severity, title and the reference (source, edition, paragraph, url).
 */
public final class RuleJson {
    private RuleJson() {}

    public static JsonObject summary(RuleMeta r) {
        JsonObject o = new JsonObject();
        o.addProperty("id", r.id());
        o.addProperty("area", r.area().name());
        o.addProperty("severity", r.severity().name());
        o.addProperty("title", r.title());
        JsonObject ref = new JsonObject();
        ref.addProperty("source", r.reference().source());
        ref.addProperty("edition", r.reference().edition());
        ref.addProperty("paragraph", r.reference().paragraph());
        ref.addProperty("url", r.reference().url());
        o.add("reference", ref);
        return o;
    }
}
