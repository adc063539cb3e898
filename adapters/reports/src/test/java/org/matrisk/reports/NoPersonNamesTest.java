package org.matrisk.reports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matrisk.assessment.Assessment;
import org.matrisk.fixtures.Documents;

/** The input may name people; no report does (they are cited by id). */
class NoPersonNamesTest {
    @Test
    void namesInTheInputAppearInNoFormat() throws IOException {
        JsonObject doc = Documents.json(Files.readString(Examples.DIR.resolve("northgate-risky.json")));
        List<String> names = new ArrayList<>();
        JsonArrayBuilder people = Json.createArrayBuilder();
        for (JsonValue v : doc.getJsonArray("people")) {
            JsonObject p = v.asJsonObject();
            String name = "Zephyrine Quillfeather-" + p.getString("id");
            names.add(name);
            people.add(Json.createObjectBuilder(p).add("name", name));
        }
        JsonObject named = Json.createObjectBuilder(doc).add("people", people).build();
        Assessment a = Examples.engine().assess(Documents.parse("named.json", named));
        assertThat(a.findings()).hasSameSizeAs(Examples.NORTHGATE.findings());

        String csv = new String(Examples.write("csv", List.of(a)), StandardCharsets.UTF_8);
        String html = new String(Examples.write("html", List.of(a)), StandardCharsets.UTF_8);
        String xlsx = String.join("\n", Reports.unzip(Examples.write("xlsx", List.of(a))).values());
        for (String text : List.of(csv, html, xlsx)) {
            assertThat(text).contains("P20").doesNotContain("Zephyrine").doesNotContain("Quillfeather");
        }
    }
}
