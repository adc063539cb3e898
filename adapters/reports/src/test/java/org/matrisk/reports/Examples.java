package org.matrisk.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matrisk.assessment.AreaResult;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.Suppression;
import org.matrisk.engine.RiskEngine;
import org.matrisk.engine.rating.RatingPolicy;
import org.matrisk.fixtures.Documents;
import org.matrisk.model.Coverage;
import org.matrisk.model.Section;
import org.matrisk.model.TrustDocument;
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
    /**
     * Northgate as a version 2 document (built in Java, without the v2 reader): transactions complete
     * ("ledger export", as at 2024-09-30), governance named partial, every other section unnamed (partial).
     */
    static final Assessment NORTHGATE_V2 = assessV2("northgate-risky.json");

    private static Assessment assessV2(String file) {
        try {
            TrustDocument d = Documents.parse(file, Files.readString(DIR.resolve(file)));
            Map<Section, Coverage.Entry> m = new EnumMap<>(Section.class);
            m.put(Section.TRANSACTIONS, new Coverage.Entry(true, "ledger export", "2024-09-30"));
            m.put(Section.GOVERNANCE, new Coverage.Entry(false, "GIAS governance download", null));
            Coverage c = new Coverage(2, m, Set.of(), Map.of(), Map.of());
            return Holder.ENGINE.assess(d.withCoverage("2", c));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code a} rated anew after its findings changed (e.g. a suppression added by {@link #withSuppression}). */
    static Assessment rerated(Assessment a) {
        RatingPolicy.Result r = RatingPolicy.DEFAULT.rate(a.findings(), a.areas().stream().map(AreaResult::area).toList());
        return a.rerated(r.rating(), r.score(), r.points(), r.areas(), a.findings());
    }

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
        return a.withFindings(fs);
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
