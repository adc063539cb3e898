package org.matrisk.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.Suppression;
import org.matrisk.engine.RiskEngine;
import org.matrisk.fixtures.Documents;
import org.matrisk.output.AssessmentWriter;
import org.matrisk.output.AssessmentWriters;
import org.matrisk.output.ScanSummary;
import org.matrisk.output.WriterOptions;

/** The assessments of the two bundled example documents, computed once for all the tests. */
final class Examples {
    private Examples() {}

    static final Path DIR = Path.of("../../examples");
    static final Assessment RIVERSIDE = assess("riverside-clean.json");
    static final Assessment NORTHGATE = assess("northgate-risky.json");
    /** Both, in the order a scan of the directory reads them (file name order). */
    static final List<Assessment> BOTH = List.of(NORTHGATE, RIVERSIDE);

    /** The built-in engine, compiled once. */
    static RiskEngine engine() { return Holder.ENGINE; }

    private static Assessment assess(String file) {
        try {
            return Holder.ENGINE.assess(Documents.parse(file, Files.readString(DIR.resolve(file))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Holder {
        static final RiskEngine ENGINE = RiskEngine.builtin();
    }

    /** A copy of {@code a} with its finding of {@code ruleId} (the first one) suppressed. */
    static Assessment withSuppression(Assessment a, String ruleId, Suppression s) {
        List<Finding> fs = new ArrayList<>();
        boolean done = false;
        for (Finding f : a.findings()) {
            if (!done && f.ruleId().equals(ruleId)) {
                f = new Finding(f.ruleId(), f.area(), f.severity(), f.title(), f.message(), f.reference(), f.evidence(), f.parameters(), s);
                done = true;
            }
            fs.add(f);
        }
        if (!done) throw new IllegalArgumentException("no finding of " + ruleId);
        return new Assessment(a.formatVersion(), a.trust(), a.period(), a.asOf(), a.engine(), a.rulePack(), a.inputSha256(),
                a.rating(), a.score(), a.areas(), fs, a.unknown(), a.passed());
    }

    /** Runs the named format over the assessments as a scan does: start, accept each, end, close. */
    static byte[] write(String format, List<Assessment> assessments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AssessmentWriter w = AssessmentWriters.open(format, out, WriterOptions.defaults())) {
            w.start();
            for (Assessment a : assessments) w.accept(a);
            w.end(new ScanSummary(assessments.size(), assessments.size(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
