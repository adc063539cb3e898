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

    private final RiskEngine engine;
    private final DocumentParser parser;
    private ProcessorContext<String, byte[]> context;

    AssessProcessor(RiskEngine engine, DocumentParser parser) {
        this.engine = engine;
        this.parser = parser;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) { this.context = context; }

    @Override
    public void process(Record<String, byte[]> record) {
        RecordMetadata source = context.recordMetadata().orElse(null);
        if (record.key() == null || record.key().isEmpty()) {
            dead(record, source, "NO_KEY", "", "the record has no key; the key must be the trust id", null);
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
            dead(record, source, "KEY_MISMATCH", "/trust/id", "the document is trust " + doc.trust().id() + " but the record's key is "
                    + record.key() + "; the key must be the trust id", null);
            return;
        }
        Assessment a;
        try {
            a = engine.assess(doc);
        } catch (RuntimeException e) {
            dead(record, source, "ASSESSMENT_FAILED", "", "the document could not be assessed: " + e, null);
            return;
        }
        context.forward(new Record<>(record.key(), AssessmentGson.toJson(a).getBytes(StandardCharsets.UTF_8), record.timestamp(),
                new RecordHeaders()), ASSESSMENTS_SINK);
    }

    private void dead(Record<String, byte[]> in, RecordMetadata source, String kind, String pointer, String reason, String problems) {
        context.forward(DeadLetter.of(in, source, kind, reason, pointer, problems), DeadLetter.SINK);
    }
}
