package org.matrisk.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.matrisk.engine.RiskEngine;

/** The OpenAPI 3.1 document: well-formed as the specification asks, every reference resolving, every route of the table in it. */
class OpenApiTest {
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    @Test
    void everyOperationIsCompleteAndEveryReferenceResolves() {
        JsonObject doc = OpenApi.document(RiskEngine.builtin(), false);
        assertThat(doc.get("openapi").getAsString()).matches("3\\.1\\.\\d+");
        assertThat(doc.getAsJsonObject("info").keySet()).contains("title", "version");
        JsonObject schemas = doc.getAsJsonObject("components").getAsJsonObject("schemas");
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/components/schemas/");
            assertThat(schemas.has(ref.substring("#/components/schemas/".length()))).as(ref).isTrue();
        }
        Set<String> operationIds = new java.util.HashSet<>();
        for (Map.Entry<String, JsonElement> path : doc.getAsJsonObject("paths").entrySet()) {
            assertThat(path.getKey()).startsWith("/");
            for (Map.Entry<String, JsonElement> op : path.getValue().getAsJsonObject().entrySet()) {
                assertThat(METHODS).contains(op.getKey());
                JsonObject o = op.getValue().getAsJsonObject();
                assertThat(operationIds.add(o.get("operationId").getAsString())).as("unique operationId").isTrue();
                JsonObject responses = o.getAsJsonObject("responses");
                assertThat(responses.size()).isPositive();
                for (Map.Entry<String, JsonElement> r : responses.entrySet()) {
                    assertThat(r.getKey()).matches("[1-5]\\d\\d");
                    assertThat(r.getValue().getAsJsonObject().has("description")).isTrue();
                }
                // every path parameter of the template is declared, in path, required
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(path.getKey());
                while (m.find()) {
                    boolean declared = false;
                    for (JsonElement p : o.getAsJsonArray("parameters")) {
                        JsonObject q = p.getAsJsonObject();
                        declared |= q.get("name").getAsString().equals(m.group(1)) && q.get("in").getAsString().equals("path") && q.get("required").getAsBoolean();
                    }
                    assertThat(declared).as(path.getKey() + " " + m.group(1)).isTrue();
                }
                boolean secured = o.getAsJsonArray("security").size() > 0;
                if (secured) assertThat(responses.has("401")).isTrue();
            }
        }
        assertThat(operationIds).hasSize(Route.ALL.size());
        assertThat(doc.getAsJsonObject("components").getAsJsonObject("securitySchemes").getAsJsonObject("bearer").get("scheme").getAsString()).isEqualTo("bearer");
        // the contract's decision members are required members of the Decision schema
        JsonArray required = schemas.getAsJsonObject("Decision").getAsJsonArray("required");
        List<String> names = new ArrayList<>();
        required.forEach(e -> names.add(e.getAsString()));
        assertThat(names).contains("trustId", "transactionId", "outcome", "requirements");
    }

    private static void collectRefs(JsonElement e, List<String> into) {
        if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
                if (m.getKey().equals("$ref")) into.add(m.getValue().getAsString());
                else collectRefs(m.getValue(), into);
            }
        } else if (e.isJsonArray()) {
            for (JsonElement x : e.getAsJsonArray()) collectRefs(x, into);
        }
    }
}
