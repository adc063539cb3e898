package org.matrisk.kafka;

import org.apache.kafka.streams.Topology;
import org.matrisk.engine.RiskEngine;
import org.matrisk.engine.inline.InlineChecker;
import org.matrisk.json.read.DocumentParser;

/**
 * The adapter's two flows, each a topology of its own, built by pure functions of their topics, engine and
 * options (nothing is started or connected here):
 * <pre>
 *  documents ──► assess ──► assessments                 (stateless)
 *                  └──────► dead-letter
 *
 *  ledger ─────► ledger ──► decisions
 *                  │ └────► dead-letter
 *                  └─ stores: matrisk-ledger-contexts, matrisk-ledger-payments
 * </pre>
 * No node, store or sink is shared between them, so they are separate sub-topologies with their own tasks;
 * {@link MatriskStreams} runs each in a Kafka Streams client of its own (own application id, threads,
 * transactions and consumer group), so a failure or a slow record in one flow does not stall the other.
 * Every input record gives exactly one output record, to its flow's output topic or to the dead-letter
 * topic; run with {@code processing.guarantee=exactly_once_v2} (see {@link StreamsSettings}).
 */
public final class MatriskTopology {
    private MatriskTopology() {}

    /** Both flows in one topology (two unconnected sub-topologies): what the tests drive. */
    public static Topology build(Topics topics, RiskEngine engine, LedgerOptions options) {
        Topology t = new Topology();
        addDocuments(t, topics, engine, new FlowCounters());
        addLedger(t, topics, engine, options, new FlowCounters());
        return t;
    }

    /** The documents flow alone. */
    public static Topology documents(Topics topics, RiskEngine engine, FlowCounters counters) {
        Topology t = new Topology();
        addDocuments(t, topics, engine, counters);
        return t;
    }

    /** The ledger flow alone. */
    public static Topology ledger(Topics topics, RiskEngine engine, LedgerOptions options, FlowCounters counters) {
        Topology t = new Topology();
        addLedger(t, topics, engine, options, counters);
        return t;
    }

    private static void addDocuments(Topology t, Topics topics, RiskEngine engine, FlowCounters counters) {
        DocumentParser parser = new DocumentParser();
        t.addSource("documents-source", topics.documents().keySerde().deserializer(), topics.documents().valueSerde().deserializer(),
                topics.documents().name());
        t.addProcessor("assess", () -> new AssessProcessor(engine, parser, counters), "documents-source");
        t.addSink(AssessProcessor.ASSESSMENTS_SINK, topics.assessments().name(), topics.assessments().keySerde().serializer(),
                topics.assessments().valueSerde().serializer(), "assess");
        t.addSink(AssessProcessor.DEAD_LETTER_SINK, topics.deadLetter().name(), topics.deadLetter().keySerde().serializer(),
                topics.deadLetter().valueSerde().serializer(), "assess");
    }

    private static void addLedger(Topology t, Topics topics, RiskEngine engine, LedgerOptions options, FlowCounters counters) {
        InlineChecker checker = InlineChecker.of(engine);
        DocumentParser parser = new DocumentParser();
        t.addSource("ledger-source", topics.ledger().keySerde().deserializer(), topics.ledger().valueSerde().deserializer(),
                topics.ledger().name());
        t.addProcessor("ledger", () -> new LedgerProcessor(checker, parser, options, counters), "ledger-source");
        t.addStateStore(LedgerStores.contexts(), "ledger");
        t.addStateStore(LedgerStores.payments(), "ledger");
        t.addSink(LedgerProcessor.DECISIONS_SINK, topics.decisions().name(), topics.decisions().keySerde().serializer(),
                topics.decisions().valueSerde().serializer(), "ledger");
        t.addSink(LedgerProcessor.DEAD_LETTER_SINK, topics.deadLetter().name(), topics.deadLetter().keySerde().serializer(),
                topics.deadLetter().valueSerde().serializer(), "ledger");
    }
}
