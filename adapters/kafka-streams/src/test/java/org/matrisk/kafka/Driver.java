package org.matrisk.kafka;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.matrisk.engine.RiskEngine;

/** The topology under {@link TopologyTestDriver}, with exactly-once on and its state in a temporary directory. */
final class Driver implements AutoCloseable {
    static final Topics TOPICS = Topics.defaults();

    final TopologyTestDriver driver;
    final TestInputTopic<String, byte[]> ledger, documents;
    final TestOutputTopic<String, byte[]> decisions, assessments, deadLetter;

    Driver(Path stateDir, LedgerOptions options) { this(stateDir, options, RiskEngine.builtin()); }

    Driver(Path stateDir, LedgerOptions options, RiskEngine engine) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "matrisk-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1");
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(MatriskTopology.build(TOPICS, engine, options), p);
        ledger = input(TOPICS.ledger());
        documents = input(TOPICS.documents());
        decisions = output(TOPICS.decisions());
        assessments = output(TOPICS.assessments());
        deadLetter = output(TOPICS.deadLetter());
    }

    private TestInputTopic<String, byte[]> input(Topic<String, byte[]> t) {
        return driver.createInputTopic(t.name(), t.keySerde().serializer(), t.valueSerde().serializer());
    }

    private TestOutputTopic<String, byte[]> output(Topic<String, byte[]> t) {
        return driver.createOutputTopic(t.name(), t.keySerde().deserializer(), t.valueSerde().deserializer());
    }

    void pipe(Scenario.Event e) { ledger.pipeInput(e.key(), e.json().getBytes(StandardCharsets.UTF_8)); }

    void pipe(List<Scenario.Event> es) { es.forEach(this::pipe); }

    void pipe(String key, String json) { ledger.pipeInput(key, json.getBytes(StandardCharsets.UTF_8)); }

    /** Every decision event since the last read, parsed. */
    List<JsonObject> decisions() {
        List<JsonObject> out = new ArrayList<>();
        for (byte[] v : decisions.readValuesToList()) out.add(JsonParser.parseString(new String(v, StandardCharsets.UTF_8)).getAsJsonObject());
        return out;
    }

    JsonObject decision() {
        List<JsonObject> d = decisions();
        if (d.size() != 1) throw new AssertionError("expected one decision, got " + d);
        return d.get(0);
    }

    List<TestRecord<String, byte[]>> deadLetters() { return deadLetter.readRecordsToList(); }

    @Override
    public void close() { driver.close(); }
}
