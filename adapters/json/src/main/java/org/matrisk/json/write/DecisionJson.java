package org.matrisk.json.write;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.matrisk.assessment.UnknownOutcome;
import org.matrisk.engine.inline.Decision;
import org.matrisk.engine.inline.Requirement;

/**
 * The JSON form of an inline decision, shared by every door that answers "may I pay?" (the Kafka
 * decisions topic, the HTTP service): the decision of {@code contract/http-api.md} —
 * {@code trustId}, {@code transactionId}, {@code outcome}, {@code requirements} (each a finding of the
 * assessment, as the assessment writes it, with the {@code kind} the rule declares) — plus what it was
 * measured on: {@code subject}, {@code pointer}, {@code date}, {@code amount}, {@code undecided} (UNKNOWN
 * outcomes for it) and the {@code rulePackSha256} that decided. Field order is fixed.
 */
public final class DecisionJson {
    private DecisionJson() {}

    public static JsonObject tree(Decision d) {
        JsonObject o = new JsonObject();
        o.addProperty("trustId", d.trustId());
        o.addProperty("transactionId", d.subjectId());
        o.addProperty("subject", d.subject().name());
        o.addProperty("pointer", d.pointer());
        o.addProperty("date", d.date() == null ? null : d.date().toString());
        o.add("amount", d.amount() == null ? null : new JsonPrimitive(d.amount()));
        o.addProperty("outcome", d.outcome().name());
        JsonArray reqs = new JsonArray();
        for (Requirement r : d.requirements()) {
            JsonObject q = new JsonObject();
            q.addProperty("ruleId", r.ruleId());
            q.addProperty("severity", r.severity().name());
            q.addProperty("kind", r.kind().name());
            q.addProperty("title", r.title());
            q.addProperty("message", r.message());
            q.add("reference", AssessmentGson.COMPACT.toJsonTree(r.reference()));
            q.add("evidence", AssessmentGson.COMPACT.toJsonTree(r.evidence()));
            q.add("parameters", AssessmentGson.COMPACT.toJsonTree(r.parameters()));
            reqs.add(q);
        }
        o.add("requirements", reqs);
        JsonArray undecided = new JsonArray();
        for (UnknownOutcome u : d.undecided()) undecided.add(AssessmentGson.COMPACT.toJsonTree(u));
        o.add("undecided", undecided);
        o.addProperty("rulePackSha256", d.rulePackSha256());
        return o;
    }

    public static String toJson(Decision d) { return AssessmentGson.COMPACT.toJson(tree(d)); }
}
