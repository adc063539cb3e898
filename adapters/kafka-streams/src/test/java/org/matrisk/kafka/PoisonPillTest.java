package org.matrisk.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matrisk.engine.RiskEngine;
import org.matrisk.fixtures.Documents;
import org.matrisk.json.write.AssessmentGson;

/**
 * Issue 15's poison records on TopologyTestDriver: each gives exactly one output or one dead letter, every
 * record written stays under Kafka's default 1 MiB limit, and the records after it are processed as usual.
 * The same records go through a real broker in {@link LedgerExactlyOnceIT}.
 */
class PoisonPillTest {
    static final String TRUST = "10070001";
    static final int KAFKA_DEFAULT_LIMIT = 1_048_576;

    @TempDir Path state;

    static int size(TestRecord<String, byte[]> r) {
        int n = (r.key() == null ? 0 : r.key().getBytes(StandardCharsets.UTF_8).length) + (r.value() == null ? 0 : r.value().length);
        for (Header h : r.headers()) n += h.key().length() + (h.value() == null ? 0 : h.value().length);
        return n;
    }

    @Test
    void theTwoFlowsAreSeparateSubTopologies() {
        var t = MatriskTopology.build(Topics.defaults(), RiskEngine.builtin(), LedgerOptions.defaults());
        assertThat(t.describe().subtopologies()).hasSize(2);
    }

    @Test
    void anAssessmentTooLargeForOneRecordIsSummarisedAndFlagged() {
        String json = Pills.bigDocument(TRUST, 2500);
        assertThat(json.length()).as("the issue's document: a few hundred KB").isBetween(200_000, 1_000_000);
        String full = AssessmentGson.toJson(RiskEngine.builtin().assess(Documents.parse("big", json)));
        assertThat(full.length()).as("the whole assessment is over the limit").isGreaterThan(KAFKA_DEFAULT_LIMIT);
        try (Driver d = new Driver(state, LedgerOptions.defaults())) {
            d.documents.pipeInput(TRUST, json.getBytes(StandardCharsets.UTF_8));
            d.documents.pipeInput(TRUST, Documents.resource("fixtures/base/clean.json").replace("\"id\": \"", "\"id\": \"").getBytes(StandardCharsets.UTF_8));
            List<TestRecord<String, byte[]>> out = d.assessments.readRecordsToList();
            List<TestRecord<String, byte[]>> dead = d.deadLetters();
            assertThat(out.size() + dead.size()).as("one output per input").isEqualTo(2);
            TestRecord<String, byte[]> big = out.get(0);
            assertThat(size(big)).isLessThanOrEqualTo(Keys.MAX_OUTPUT_BYTES + 1000);
            JsonObject summary = JsonParser.parseString(new String(big.value(), StandardCharsets.UTF_8)).getAsJsonObject();
            JsonObject whole = JsonParser.parseString(full).getAsJsonObject();
            for (String same : List.of("trust", "rating", "score", "points", "areas", "rulePack", "inputSha256"))
                assertThat(summary.get(same)).as(same).isEqualTo(whole.get(same));
            JsonObject truncated = summary.getAsJsonObject("truncated");
            assertThat(truncated.get("bytes").getAsInt()).isEqualTo(full.getBytes(StandardCharsets.UTF_8).length);
            assertThat(truncated.get("findings").getAsInt()).isEqualTo(whole.getAsJsonArray("findings").size());
            assertThat(truncated.get("findingsKept").getAsInt()).isEqualTo(summary.getAsJsonArray("findings").size()).isPositive();
            assertThat(summary.getAsJsonArray("findings").get(0)).as("the first finding kept as it was, but for its evidence")
                    .satisfies(f -> assertThat(f.getAsJsonObject().get("ruleId")).isEqualTo(whole.getAsJsonArray("findings").get(0).getAsJsonObject().get("ruleId")));
            assertThat(DeadLetter.header(big.headers(), BoundedAssessment.HEADER)).isEqualTo(Integer.toString(full.getBytes(StandardCharsets.UTF_8).length));
        }
    }

    @Test
    void aHugeRecordWithAnUnknownTypeIsDeadLetteredWithBoundedHeaders() {
        try (Driver d = new Driver(state, LedgerOptions.defaults())) {
            d.pipe(Scenario.contextEvent(TRUST, "ctx", Scenario.context(TRUST)));
            d.pipe(TRUST, Pills.hugeUnknownType(400_000));
            d.pipe(TRUST, Pills.hugeUnknownType(1_000_000));
            d.pipe(Scenario.payment(TRUST, "OK", "2024-01-01", "O1", "5", null, null));
            assertThat(d.decisions()).hasSize(2);
            List<TestRecord<String, byte[]>> dead = d.deadLetters();
            assertThat(dead).hasSize(2);
            for (TestRecord<String, byte[]> r : dead) {
                assertThat(DeadLetter.header(r.headers(), DeadLetter.KIND)).isEqualTo("INVALID_EVENT");
                assertThat(DeadLetter.header(r.headers(), DeadLetter.REASON)).startsWith("unknown event type \"XXXX").contains("characters)").hasSizeLessThan(400);
                int headers = 0;
                for (Header h : r.headers()) headers += h.key().length() + h.value().length;
                assertThat(headers).isLessThan(8192);
                assertThat(size(r)).isLessThanOrEqualTo(Keys.MAX_OUTPUT_BYTES);
            }
            assertThat(dead.get(0).value()).as("400 KB: the record as it came").isEqualTo(Pills.hugeUnknownType(400_000).getBytes(StandardCharsets.UTF_8));
            assertThat(DeadLetter.header(dead.get(0).headers(), DeadLetter.VALUE_TRUNCATED)).isNull();
            assertThat(dead.get(1).value()).as("1 MB: an excerpt").hasSize(DeadLetter.EXCERPT_BYTES);
            assertThat(DeadLetter.header(dead.get(1).headers(), DeadLetter.VALUE_TRUNCATED)).isEqualTo("true");
            assertThat(DeadLetter.header(dead.get(1).headers(), DeadLetter.VALUE_BYTES)).isEqualTo(Integer.toString(Pills.hugeUnknownType(1_000_000).length()));
        }
    }

    @Test
    void thousandsOfPartiesForOneTrustNeverMakeOneLargeStoreRecordAndAreRebuiltTheSame() {
        List<Scenario.Event> parties = Pills.parties(TRUST, 7200);
        byte[] cached, rebuilt;
        try (Driver d = new Driver(state.resolve("a"), LedgerOptions.defaults())) {
            d.pipe(Scenario.contextEvent(TRUST, "ctx", Scenario.context(TRUST)));
            d.pipe(parties);
            d.pipe(Scenario.payment(TRUST, "T1", "2024-01-01", "S7199", "25000", null, null));
            List<byte[]> out = d.decisions.readValuesToList();
            assertThat(out).hasSize(7202);
            assertThat(new String(out.get(7200), StandardCharsets.UTF_8)).contains("\"parties\":7205");
            cached = out.get(7201);
            KeyValueStore<String, byte[]> contexts = d.driver.getKeyValueStore(LedgerStores.CONTEXTS);
            int largest = 0, entries = 0;
            try (KeyValueIterator<String, byte[]> it = contexts.all()) {
                while (it.hasNext()) {
                    KeyValue<String, byte[]> kv = it.next();
                    largest = Math.max(largest, kv.value.length);
                    entries++;
                }
            }
            assertThat(entries).as("the document, one entry per party, the counter").isEqualTo(7202);
            assertThat(largest).as("no entry grows with the number of events").isLessThan(64 * 1024);
            assertThat(d.deadLetters()).isEmpty();
        }
        try (Driver d = new Driver(state.resolve("b"), new LedgerOptions(2, 1))) {
            d.pipe(Scenario.contextEvent(TRUST, "ctx", Scenario.context(TRUST)));
            d.pipe(parties);
            d.pipe(Scenario.contextEvent("10070002", "ctx2", Scenario.context("10070002")));   // evicts TRUST from a one-trust cache
            d.pipe(Scenario.payment(TRUST, "T1", "2024-01-01", "S7199", "25000", null, null));
            List<byte[]> out = d.decisions.readValuesToList();
            rebuilt = out.get(out.size() - 1);
        }
        assertThat(new String(rebuilt, StandardCharsets.UTF_8)).as("rebuilt from the stores").isEqualTo(new String(cached, StandardCharsets.UTF_8));
    }

    @Test
    void twoConcatenatedObjectsAreRejectedWholeAndNothingIsDecided() {
        try (Driver d = new Driver(state, LedgerOptions.defaults())) {
            d.pipe(Scenario.contextEvent(TRUST, "ctx", Scenario.context(TRUST)));
            d.decisions();
            d.pipe(TRUST, Pills.concatenated(TRUST));
            assertThat(d.decisions()).isEmpty();
            assertThat(d.deadLetters()).singleElement().satisfies(r -> {
                assertThat(DeadLetter.header(r.headers(), DeadLetter.KIND)).isEqualTo("INVALID_JSON");
                assertThat(DeadLetter.header(r.headers(), DeadLetter.REASON)).contains("content after the end of the object");
            });
            // the second payment was not recorded either: C2 alone is a first payment to O1
            d.pipe(Scenario.payment(TRUST, "C3", "2024-01-12", "O1", "100", null, null));
            assertThat(d.decision().getAsJsonObject("decision").get("pointer").getAsString()).isEqualTo("/transactions/0");
            d.documents.pipeInput(TRUST, (Documents.resource("fixtures/base/clean.json") + Documents.resource("fixtures/base/clean.json"))
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(d.assessments.isEmpty()).isTrue();
            assertThat(d.deadLetters()).singleElement().satisfies(r -> assertThat(DeadLetter.header(r.headers(), DeadLetter.KIND)).isEqualTo("INVALID_DOCUMENT"));
        }
    }

    @Test
    void aFutureDatedPaymentIsDeadLetteredAndDoesNotMoveTheWindowForTheOthers() {
        try (Driver d = new Driver(state, LedgerOptions.defaults())) {
            d.pipe(Scenario.contextEvent(TRUST, "ctx", Scenario.context(TRUST)));
            d.pipe(Scenario.payment(TRUST, "T1", "2024-01-01", "O1", "100", null, null));
            d.pipe(Pills.futureDated(TRUST));
            for (int i = 0; i < 20; i++) d.pipe(Scenario.payment(TRUST, "N" + i, "2024-02-0" + (1 + i % 9), "O1", "100", null, null));
            assertThat(d.decisions()).hasSize(22);
            assertThat(d.deadLetters()).singleElement().satisfies(r -> {
                assertThat(DeadLetter.header(r.headers(), DeadLetter.KIND)).isEqualTo("FUTURE_DATED");
                assertThat(DeadLetter.header(r.headers(), DeadLetter.POINTER)).isEqualTo("/date");
                assertThat(DeadLetter.header(r.headers(), DeadLetter.REASON)).contains("2099-06-01", "2098/99");
            });
            assertThat(LedgerTopologyTest.paymentKeys(d)).noneMatch(k -> k.contains("F2099"));
        }
    }

    @Test
    void binaryEmptyAndNullValuesAndBadKeysAreDeadLetteredInBothFlows() {
        try (Driver d = new Driver(state, LedgerOptions.defaults())) {
            d.pipe(Scenario.contextEvent(TRUST, "ctx", Scenario.context(TRUST)));
            d.decisions();
            d.ledger.pipeInput(TRUST, Pills.binary());
            d.ledger.pipeInput(TRUST, new byte[0]);
            d.ledger.pipeInput(TRUST, (byte[]) null);
            d.ledger.pipeInput("x".repeat(5000), Scenario.payment(TRUST, "K", "2024-01-01", "O1", "5", null, null).json().getBytes(StandardCharsets.UTF_8));
            d.ledger.pipeInput("1007\u00000001", Scenario.payment(TRUST, "K", "2024-01-01", "O1", "5", null, null).json().getBytes(StandardCharsets.UTF_8));
            d.pipe(Scenario.payment(TRUST, "OK", "2024-01-01", "O1", "5", null, null));
            assertThat(d.decisions()).hasSize(1);
            List<TestRecord<String, byte[]>> dead = d.deadLetters();
            assertThat(dead).extracting(r -> DeadLetter.header(r.headers(), DeadLetter.KIND))
                    .containsExactly("INVALID_JSON", "INVALID_JSON", "INVALID_JSON", "INVALID_KEY", "INVALID_KEY");
            assertThat(dead.get(0).value()).isEqualTo(Pills.binary());
            assertThat(dead.get(2).value()).isNull();
            assertThat(dead.get(3).key()).hasSizeLessThanOrEqualTo(DeadLetter.MAX_KEY_BYTES);

            String clean = Documents.resource("fixtures/base/clean.json");
            String trust = JsonParser.parseString(clean).getAsJsonObject().getAsJsonObject("trust").get("id").getAsString();
            d.documents.pipeInput(trust, Pills.binary());
            d.documents.pipeInput(trust, new byte[0]);
            d.documents.pipeInput(trust, (byte[]) null);
            d.documents.pipeInput(trust, clean.getBytes(StandardCharsets.UTF_8));
            assertThat(d.assessments.readRecordsToList()).hasSize(1);
            assertThat(d.deadLetters()).extracting(r -> DeadLetter.header(r.headers(), DeadLetter.KIND))
                    .containsExactly("INVALID_DOCUMENT", "INVALID_DOCUMENT", "INVALID_DOCUMENT");
        }
    }

    @Test
    void deadLetterTextsAreCutOnACharacterBoundary() {
        String s = "é".repeat(5000);
        String cut = DeadLetter.cut(s, 2048);
        assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2048);
        assertThat(cut).startsWith("éé").doesNotContain("\uFFFD").endsWith("more bytes)");
        assertThat(DeadLetter.cut("short", 2048)).isEqualTo("short");
    }
}
