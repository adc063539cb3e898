package org.matrisk.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.matrisk.assessment.AreaResult;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;
import org.matrisk.output.AssessmentWriter;
import org.matrisk.output.AssessmentWriterProvider;
import org.matrisk.output.ScanSummary;
import org.matrisk.output.WriterOptions;

/**
 * A human-readable summary per trust: rating (score and points), area ratings and each finding on one
 * line. An area shows its score, and its points too when the cap of 100 made them differ. A version 2
 * assessment adds a line "rated on D of N rules" with its partial sections.
 */
public final class TableWriter implements AssessmentWriter {
    private final PrintWriter out;

    TableWriter(OutputStream out) {
        this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @Override
    public void accept(Assessment a) {
        out.printf("%s  %s  %s to %s  rating %s (score %d, points %d)%n", a.trust().id(), a.trust().name(), a.period().start(), a.period().end(),
                a.rating(), a.score(), a.points());
        if (a.decided() != null) {
            out.printf("  rated on %d of %d rules; partial sections: %s%n", a.decided().rules(), a.decided().total(),
                    a.partialSections().isEmpty() ? "none" : String.join(", ", a.partialSections()));
        }
        StringBuilder areas = new StringBuilder("  ");
        for (AreaResult r : a.areas()) {
            String points = r.points() == r.score() ? "" : "; " + r.points() + " points";
            areas.append(String.format("%s %s(%d%s)  ", r.area(), r.rating(), r.score(), points));
        }
        out.println(areas.toString().stripTrailing());
        out.printf("  %-8s %-8s %-28s %s%n", "RULE", "SEVERITY", "EVIDENCE", "MESSAGE");
        for (Finding f : a.findings())
            out.printf("  %-8s %-8s %-28s %s%s%n", f.ruleId(), f.severity(), f.firstPointer().isEmpty() ? "(document)" : f.firstPointer(), f.message(),
                    f.suppressed() ? "  [suppressed]" : "");
        if (a.findings().isEmpty()) out.println("  (no findings)");
        if (!a.unknown().isEmpty()) out.printf("  %d rule outcome(s) UNKNOWN for lack of data: %s%n", a.unknown().size(),
                a.unknown().stream().map(u -> u.ruleId()).distinct().toList());
        out.println();
        out.flush();
    }

    @Override
    public void end(ScanSummary summary) { out.flush(); }

    @Override
    public void close() { out.flush(); }

    public static final class Provider implements AssessmentWriterProvider {
        @Override public String name() { return "table"; }
        @Override public String description() { return "a human-readable summary per trust"; }
        @Override public AssessmentWriter open(OutputStream out, WriterOptions options) { return new TableWriter(out); }
    }
}
