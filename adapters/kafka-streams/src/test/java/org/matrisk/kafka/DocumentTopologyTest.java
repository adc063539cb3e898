package org.matrisk.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matrisk.engine.RiskEngine;
import org.matrisk.fixtures.Documents;
import org.matrisk.json.write.AssessmentGson;

class DocumentTopologyTest {
    @TempDir Path state;

    @Test
    void aDocumentIsAssessedUnderItsTrustId() {
        String json = Documents.resource("fixtures/base/clean.json");
        String trust = com.google.gson.JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("trust").get("id").getAsString();
        try (Driver d = new Driver(state, LedgerOptions.defaults())) {
            d.documents.pipeInput(trust, json.getBytes(StandardCharsets.UTF_8));
            List<TestRecord<String, byte[]>> out = d.assessments.readRecordsToList();
            assertThat(out).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo(trust);
                assertThat(new String(r.value(), StandardCharsets.UTF_8))
                        .isEqualTo(AssessmentGson.toJson(RiskEngine.builtin().assess(Documents.parse("doc", json))));
            });
            assertThat(d.deadLetters()).isEmpty();
        }
    }

    @Test
    void badDocumentsGoToTheDeadLetterTopicWithEveryProblem() {
        JsonObject doc = com.google.gson.JsonParser.parseString(Documents.resource("fixtures/base/clean.json")).getAsJsonObject();
        String trust = doc.getAsJsonObject("trust").get("id").getAsString();
        doc.remove("finance");
        doc.getAsJsonObject("period").addProperty("start", "2023-02-30");
        try (Driver d = new Driver(state, LedgerOptions.defaults())) {
            d.documents.pipeInput(trust, doc.toString().getBytes(StandardCharsets.UTF_8));
            d.documents.pipeInput("someone-else", Documents.resource("fixtures/base/clean.json").getBytes(StandardCharsets.UTF_8));
            d.documents.pipeInput((String) null, Documents.resource("fixtures/base/clean.json").getBytes(StandardCharsets.UTF_8));
            d.documents.pipeInput(trust, "]".getBytes(StandardCharsets.UTF_8));
            assertThat(d.assessments.isEmpty()).isTrue();
            List<TestRecord<String, byte[]>> dead = d.deadLetters();
            assertThat(dead).extracting(r -> DeadLetter.header(r.headers(), DeadLetter.KIND))
                    .containsExactly("INVALID_DOCUMENT", "KEY_MISMATCH", "NO_KEY", "INVALID_DOCUMENT");
            TestRecord<String, byte[]> first = dead.get(0);
            assertThat(first.value()).isEqualTo(doc.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(DeadLetter.header(first.headers(), DeadLetter.POINTER)).isEqualTo("/period/start");
            assertThat(DeadLetter.header(first.headers(), DeadLetter.PROBLEMS)).contains("/period/start", "/finance").contains("\n");
            assertThat(DeadLetter.header(first.headers(), DeadLetter.SOURCE_TOPIC)).isEqualTo(Driver.TOPICS.documents().name());
            assertThat(DeadLetter.header(dead.get(1).headers(), DeadLetter.REASON)).contains("the record's key is someone-else");
        }
    }
}
