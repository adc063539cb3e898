package org.matrisk.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matrisk.engine.RiskEngine;
import org.matrisk.json.write.AssessmentGson;

/**
 * The OpenAPI 3.1 document of the service, generated from the route table ({@link Route#ALL}) that also
 * registers the handlers. Schemas describe the contract's shapes (a decision, a problem, the context
 * summary, a transaction); the trust document and the assessment are described by their main members and
 * point to the contracts that define them in full.
 */
final class OpenApi {
    private OpenApi() {}

    private static final Map<Integer, String> ERRORS = new TreeMap<>(Map.of(
            400, "malformed JSON (with the position)",
            401, "missing or unknown token (WWW-Authenticate: Bearer)",
            403, "the token lacks the scope",
            404, "unknown trust context or rule",
            409, "trust.id differs from the path",
            413, "body over --max-document-bytes",
            415, "other content types",
            422, "a document or transaction that fails the input contract (every problem with its JSON Pointer)",
            503, "--max-concurrent requests already in flight (Retry-After)"));

    /** The error statuses a route can answer with. */
    static List<Integer> errors(Route r) {
        List<Integer> out = new java.util.ArrayList<>();
        boolean body = !r.request().isEmpty();
        if (r.access() != Route.Access.PUBLIC) { out.add(401); out.add(503); }
        if (r.access() == Route.Access.ASSESS || r.access() == Route.Access.CHECK) out.add(403);
        if (body) { out.add(400); out.add(413); out.add(415); out.add(422); }
        if (r.path().contains("{")) out.add(404);
        if (r.method().equals("PUT")) out.add(409);
        java.util.Collections.sort(out);
        return out;
    }

    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

    static JsonObject document(RiskEngine engine, boolean tls) {
        JsonObject doc = new JsonObject();
        doc.addProperty("openapi", "3.1.0");
        JsonObject info = new JsonObject();
        info.addProperty("title", "matrisk");
        info.addProperty("version", "v1");
        info.addProperty("description", "Academy trust risk assessments and inline payment checks (engine " + RiskEngine.VERSION
                + ", rule pack " + engine.pack().id() + " sha256 " + engine.pack().sha256() + ")");
        doc.add("info", info);
        JsonObject paths = new JsonObject();
        for (Route r : Route.ALL) {
            JsonObject item = paths.has(r.path()) ? paths.getAsJsonObject(r.path()) : new JsonObject();
            paths.add(r.path(), item);
            item.add(r.method().toLowerCase(java.util.Locale.ROOT), operation(r));
        }
        doc.add("paths", paths);
        doc.add("components", components());
        return doc;
    }

    private static JsonObject operation(Route r) {
        JsonObject op = new JsonObject();
        op.addProperty("operationId", r.operationId());
        op.addProperty("summary", r.summary());
        JsonArray params = new JsonArray();
        Matcher m = PARAM.matcher(r.path());
        while (m.find()) params.add(param(m.group(1), "path", true, null));
        for (Map.Entry<String, String> q : new TreeMap<>(r.query()).entrySet()) params.add(param(q.getKey(), "query", false, q.getValue()));
        if (!params.isEmpty()) op.add("parameters", params);
        if (!r.request().isEmpty()) {
            JsonObject body = new JsonObject();
            body.addProperty("required", true);
            JsonObject content = new JsonObject();
            for (Map.Entry<String, String> e : new TreeMap<>(r.request()).entrySet()) content.add(e.getKey(), schemaOf(e.getValue()));
            body.add("content", content);
            op.add("requestBody", body);
        }
        JsonObject responses = new JsonObject();
        for (Map.Entry<Integer, Route.Answer> e : new TreeMap<>(r.responses()).entrySet()) {
            JsonObject resp = new JsonObject();
            resp.addProperty("description", e.getValue().description());
            JsonObject content = new JsonObject();
            content.add(e.getValue().mediaType(), e.getValue().schema() == null ? new JsonObject() : schemaOf(e.getValue().schema()));
            if (r.operationId().equals("assess")) content.add(Route.NDJSON, schemaOf("NdjsonResults"));
            resp.add("content", content);
            responses.add(String.valueOf(e.getKey()), resp);
        }
        for (int status : errors(r)) {
            JsonObject resp = new JsonObject();
            resp.addProperty("description", ERRORS.get(status));
            JsonObject content = new JsonObject();
            content.add(Route.PROBLEM, schemaOf("Problem"));
            resp.add("content", content);
            if (status == 401) resp.add("headers", header("WWW-Authenticate", "Bearer"));
            if (status == 503) resp.add("headers", header("Retry-After", "seconds to wait"));
            responses.add(String.valueOf(status), resp);
        }
        op.add("responses", responses);
        JsonArray security = new JsonArray();
        if (r.access() != Route.Access.PUBLIC) {
            JsonObject s = new JsonObject();
            s.add("bearer", new JsonArray());
            security.add(s);
        }
        op.add("security", security);
        if (r.access() == Route.Access.ASSESS || r.access() == Route.Access.CHECK) {
            op.addProperty("x-matrisk-scope", r.access().name().toLowerCase(java.util.Locale.ROOT));
        }
        return op;
    }

    private static JsonObject header(String name, String description) {
        JsonObject h = new JsonObject();
        JsonObject v = new JsonObject();
        v.addProperty("description", description);
        v.add("schema", type("string"));
        h.add(name, v);
        return h;
    }

    private static JsonObject param(String name, String in, boolean required, String description) {
        JsonObject p = new JsonObject();
        p.addProperty("name", name);
        p.addProperty("in", in);
        p.addProperty("required", required);
        if (description != null) p.addProperty("description", description);
        p.add("schema", type("string"));
        return p;
    }

    private static JsonObject schemaOf(String ref) {
        JsonObject s = new JsonObject();
        s.add("schema", ref(ref));
        return s;
    }

    private static JsonObject ref(String name) {
        JsonObject r = new JsonObject();
        r.addProperty("$ref", "#/components/schemas/" + name);
        return r;
    }

    private static JsonObject type(String t) {
        JsonObject o = new JsonObject();
        o.addProperty("type", t);
        return o;
    }

    private static JsonObject enumOf(String... values) {
        JsonObject o = type("string");
        JsonArray a = new JsonArray();
        for (String v : values) a.add(v);
        o.add("enum", a);
        return o;
    }

    private static JsonObject object(String description, Object... props) {
        JsonObject o = type("object");
        if (description != null) o.addProperty("description", description);
        JsonObject p = new JsonObject();
        JsonArray required = new JsonArray();
        for (int i = 0; i < props.length; i += 2) {
            String name = (String) props[i];
            boolean req = name.endsWith("!");
            if (req) { name = name.substring(0, name.length() - 1); required.add(name); }
            p.add(name, (JsonObject) props[i + 1]);
        }
        o.add("properties", p);
        if (!required.isEmpty()) o.add("required", required);
        return o;
    }

    private static JsonObject arrayOf(JsonObject items) {
        JsonObject o = type("array");
        o.add("items", items);
        return o;
    }

    private static JsonObject nullable(String t) {
        JsonObject o = new JsonObject();
        JsonArray a = new JsonArray();
        a.add(t);
        a.add("null");
        o.add("type", a);
        return o;
    }

    private static JsonObject components() {
        JsonObject c = new JsonObject();
        JsonObject schemas = new JsonObject();
        JsonObject problemItem = object(null, "pointer!", type("string"), "reason!", type("string"));
        schemas.add("Problem", object("RFC 9457 problem details; problems name each JSON Pointer",
                "type!", type("string"), "title!", type("string"), "status!", type("integer"), "detail!", type("string"),
                "problems!", arrayOf(problemItem)));
        schemas.add("ContextSummary", object(null, "trustId!", type("string"), "payments!", type("integer"), "rulePackSha256!", type("string")));
        JsonObject requirement = object("a finding the assessment would report for this payment, with what it asks of the payer",
                "ruleId!", type("string"), "severity!", enumOf("CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO"),
                "kind!", enumOf("DECLARE", "APPROVE", "AT_COST", "BLOCKED"), "title", type("string"), "message!", type("string"),
                "reference!", type("object"), "evidence", arrayOf(type("object")), "parameters!", arrayOf(type("object")));
        schemas.add("Decision", object("the projection onto one payment of the assessment of the context with it added",
                "trustId!", type("string"), "transactionId!", type("string"), "subject", type("string"), "pointer", type("string"),
                "date", nullable("string"), "amount", nullable("number"), "outcome!", enumOf("ALLOW", "REQUIRES_ACTION", "BLOCK"),
                "requirements!", arrayOf(requirement), "undecided", arrayOf(type("object")), "rulePackSha256", type("string")));
        schemas.add("Transaction", object("one transaction as in the input contract (trust-data.md transactions[]; version 2 adds members)",
                "id!", type("string"), "date!", type("string"), "partyId!", type("string"), "amount!", type("number"),
                "direction!", enumOf("PAYMENT", "RECEIPT"), "kind", type("string"), "contractId", nullable("string"),
                "declaredOn", nullable("string"), "approvalRef", nullable("string"), "atCost", nullable("boolean"),
                "novelOrContentious", nullable("boolean"), "disclosedInAccounts", nullable("boolean"), "authorisedBy", nullable("string")));
        schemas.add("TrustDocument", object("a trust document of the input contract (trust-data.md, trust-data-v2.md; schemaVersion \"1\" or \"2\")",
                "schemaVersion!", enumOf("1", "2"), "trust!", type("object"), "period!", type("object"), "asOf", type("string"),
                "finance!", type("object"), "governance!", type("object"), "people!", arrayOf(type("object")),
                "parties", arrayOf(type("object")), "transactions", arrayOf(ref("Transaction")), "academies!", arrayOf(type("object"))));
        schemas.add("Assessment", object("an assessment of the output contract (assessment.md)",
                "formatVersion!", type("string"), "trust!", type("object"), "period!", type("object"), "asOf!", type("string"),
                "engine!", type("object"), "rulePack!", type("object"), "inputSha256!", type("string"), "rating!", type("string"),
                "score!", type("integer"), "areas!", arrayOf(type("object")), "findings!", arrayOf(type("object")),
                "unknown!", arrayOf(type("object")), "passed!", type("integer"), "points!", type("integer")));
        JsonObject nd = type("string");
        nd.addProperty("description", "one trust document per line");
        schemas.add("NdjsonDocuments", nd);
        JsonObject ndr = type("string");
        ndr.addProperty("description", "one line per document in input order: an assessment, or {\"rejected\": Problem}");
        schemas.add("NdjsonResults", ndr);
        JsonObject rule = object(null, "id!", type("string"), "area!", type("string"), "severity!", type("string"), "title!", type("string"),
                "reference!", type("object"));
        schemas.add("Rule", rule);
        schemas.add("RuleList", arrayOf(ref("Rule")));
        JsonObject dated = object(null, "from", nullable("string"), "value", new JsonObject(), "source", type("string"), "url", nullable("string"));
        JsonObject param = object(null, "name!", type("string"), "type!", type("string"), "description", type("string"), "values!", arrayOf(dated));
        schemas.add("RuleDetail", object("a rule with its condition, message and dated parameters",
                "id!", type("string"), "area!", type("string"), "severity!", type("string"), "title!", type("string"),
                "reference!", type("object"), "scope", type("string"), "condition", type("string"), "message", type("string"),
                "example", type("string"), "requirement", nullable("string"), "parameters!", arrayOf(param)));
        schemas.add("Status", object(null, "status!", type("string")));
        c.add("schemas", schemas);
        JsonObject sec = new JsonObject();
        JsonObject bearer = new JsonObject();
        bearer.addProperty("type", "http");
        bearer.addProperty("scheme", "bearer");
        bearer.addProperty("description", "a token of --tokens FILE; scopes assess, check, names");
        sec.add("bearer", bearer);
        c.add("securitySchemes", sec);
        return c;
    }

    static String json(RiskEngine engine, boolean tls) {
        return AssessmentGson.PRETTY.toJson(document(engine, tls));
    }
}
