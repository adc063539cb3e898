package org.matrisk.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.matrisk.assessment.Assessment;
import org.matrisk.engine.RiskEngine;
import org.matrisk.json.read.DocumentParser;
import org.matrisk.json.read.Parsed;
import org.matrisk.json.read.RawDocument;
import org.matrisk.json.read.ReadResult;
import org.matrisk.json.read.Rejected;
import org.matrisk.json.write.AssessmentGson;
import org.matrisk.model.TrustDocument;

/**
 * The document flow: each trust document (key: trust id) is read and validated by the contract's
 * {@link DocumentParser} and assessed; its assessment (the assessment contract's JSON) goes out with the
 * same key, or the record goes to the dead-letter topic with every problem. Stateless.
 */
final class AssessProcessor implements Processor<String, byte[], String, byte[]> {
    static final String ASSESSMENTS_SINK = "assessments-sink";
    static final String DEAD_LETTER_SINK = "documents-dead-letter-sink";

    private final RiskEngine engine;
    private final DocumentParser parser;
    private ProcessorContext<String, byte[]> context;

    private final FlowCounters counters;

    AssessProcessor(RiskEngine engine, DocumentParser parser, FlowCounters counters) {
        this.counters = counters;
        this.engine = engine;
        this.parser = parser;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) { this.context = context; }

    @Override
    public void process(Record<String, byte[]> record) {
        counters.read.increment();
        RecordMetadata source = context.recordMetadata().orElse(null);
        if (record.key() == null || record.key().isEmpty()) {
            dead(record, source, "NO_KEY", "", "the record has no key; the key must be the trust id", null);
            return;
        }
        String badKey = Keys.problem(record.key());
        if (badKey != null) {
            dead(record, source, "INVALID_KEY", "", badKey, null);
            return;
        }
        if (record.value() == null || record.value().length == 0) {
            dead(record, source, "INVALID_DOCUMENT", "", (record.value() == null ? "no value (null)" : "empty record")
                    + "; expected a trust-data document (a JSON object)", null);
            return;
        }
        ReadResult read = parser.parse(RawDocument.of(source == null ? "documents" : source.topic(), source == null ? 0 : source.offset(), 1,
                record.value()));
        if (read instanceof Rejected r) {
            StringBuilder all = new StringBuilder();
            r.problems().forEach(p -> all.append(all.length() == 0 ? "" : "\n").append(p));
            dead(record, source, "INVALID_DOCUMENT", r.problems().get(0).pointer(), r.problems().get(0).reason(), all.toString());
            return;
        }
        TrustDocument doc = ((Parsed) read).document();
        if (!record.key().equals(doc.trust().id())) {
            dead(record, source, "KEY_MISMATCH", "/trust/id", "the document is trust " + DeadLetter.quote(doc.trust().id(), 64)
                    + " but the record's key is " + DeadLetter.quote(record.key(), 64) + "; the key must be the trust id", null);
            return;
        }
        Assessment a;
        try {
            a = engine.assess(doc);
        } catch (RuntimeException e) {
            dead(record, source, "ASSESSMENT_FAILED", "", "the document could not be assessed: " + e, null);
            return;
        }
        byte[] json = AssessmentGson.toJson(a).getBytes(StandardCharsets.UTF_8);
        RecordHeaders headers = new RecordHeaders();
        if (json.length > Keys.MAX_OUTPUT_BYTES) {
            byte[] bounded = BoundedAssessment.bound(json, Keys.MAX_OUTPUT_BYTES);
            if (bounded == null) {
                dead(record, source, "OUTPUT_TOO_LARGE", "", "the assessment is " + json.length + " bytes and cannot be summarised under "
                        + Keys.MAX_OUTPUT_BYTES + " bytes", null);
                return;
            }
            headers.add(BoundedAssessment.HEADER, Integer.toString(json.length).getBytes(StandardCharsets.UTF_8));
            json = bounded;
        }
        context.forward(new Record<>(record.key(), json, record.timestamp(), headers), ASSESSMENTS_SINK);
        counters.written.increment();
    }

    private void dead(Record<String, byte[]> in, RecordMetadata source, String kind, String pointer, String reason, String problems) {
        context.forward(DeadLetter.of(in, source, kind, reason, pointer, problems), DEAD_LETTER_SINK);
        counters.dead.increment();
    }
}
