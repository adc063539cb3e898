package org.matrisk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Severity;
import org.matrisk.engine.RiskEngine;
import org.matrisk.json.read.DocumentParser;
import org.matrisk.json.read.DocumentSources;
import org.matrisk.json.read.Parsed;
import org.matrisk.json.read.RawDocument;
import org.matrisk.json.read.ReadResult;
import org.matrisk.json.read.ReaderLimits;
import org.matrisk.json.read.Rejected;
import org.matrisk.model.TrustDocument;

/** Read, validate, assess, in input order: every document is assessed or rejected. */
final class Scan {
    private final RiskEngine engine;
    private final ReaderLimits limits;
    private final DocumentParser parser;
    private final LocalDate asOf;

    record Result(long read, long assessed, long rejected, Severity worst) {}

    interface AssessmentSink {
        void accept(Assessment a) throws IOException;
    }

    Scan(RiskEngine engine, ReaderLimits limits, LocalDate asOf) {
        this.engine = engine;
        this.limits = limits;
        this.parser = new DocumentParser(limits);
        this.asOf = asOf;
    }

    Result run(List<String> inputs, AssessmentSink assessed, Consumer<Rejected> rejected) throws IOException {
        long read = 0, ok = 0, bad = 0;
        Severity worst = null;
        try (DocumentSources docs = DocumentSources.of(inputs, limits)) {
            while (docs.hasNext()) {
                RawDocument raw = docs.next();
                read++;
                ReadResult r = parser.parse(raw);
                if (r instanceof Parsed p) {
                    TrustDocument doc = asOf == null ? p.document() : p.document().withAsOf(asOf);
                    Assessment a = engine.assess(doc);
                    assessed.accept(a);
                    worst = ScanCommand.worst(worst, a);
                    ok++;
                } else {
                    rejected.accept((Rejected) r);
                    bad++;
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Result(read, ok, bad, worst);
    }
}
