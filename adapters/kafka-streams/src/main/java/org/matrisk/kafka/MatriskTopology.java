package org.matrisk.kafka;

import org.apache.kafka.streams.Topology;
import org.matrisk.engine.RiskEngine;
import org.matrisk.engine.inline.InlineChecker;
import org.matrisk.json.read.DocumentParser;

/**
 * The adapter's topology, built by a pure function of its topics, engine and options (nothing is
 * started or connected here):
 * <pre>
 *  documents ──► assess ──► assessments
 *                  └──────────────────────► dead-letter
 *  ledger ─────► ledger ──► decisions         ▲
 *                  │ └────────────────────────┘
 *                  └─ stores: matrisk-ledger-contexts, matrisk-ledger-payments
 * </pre>
 * Every input record gives exactly one output record, to its flow's output topic or to the dead-letter
 * topic; run with {@code processing.guarantee=exactly_once_v2} (see {@link StreamsSettings}).
 */
public final class MatriskTopology {
    private MatriskTopology() {}

    public static Topology build(Topics topics, RiskEngine engine, LedgerOptions options) {
        InlineChecker checker = InlineChecker.of(engine);
        DocumentParser parser = new DocumentParser();
        Topology t = new Topology();

        t.addSource("documents-source", topics.documents().keySerde().deserializer(), topics.documents().valueSerde().deserializer(),
                topics.documents().name());
        t.addProcessor("assess", () -> new AssessProcessor(engine, parser), "documents-source");
        t.addSink(AssessProcessor.ASSESSMENTS_SINK, topics.assessments().name(), topics.assessments().keySerde().serializer(),
                topics.assessments().valueSerde().serializer(), "assess");

        t.addSource("ledger-source", topics.ledger().keySerde().deserializer(), topics.ledger().valueSerde().deserializer(),
                topics.ledger().name());
        t.addProcessor("ledger", () -> new LedgerProcessor(checker, parser, options), "ledger-source");
        t.addStateStore(LedgerStores.contexts(), "ledger");
        t.addStateStore(LedgerStores.payments(), "ledger");
        t.addSink(LedgerProcessor.DECISIONS_SINK, topics.decisions().name(), topics.decisions().keySerde().serializer(),
                topics.decisions().valueSerde().serializer(), "ledger");

        t.addSink(DeadLetter.SINK, topics.deadLetter().name(), topics.deadLetter().keySerde().serializer(),
                topics.deadLetter().valueSerde().serializer(), "assess", "ledger");
        return t;
    }
}
