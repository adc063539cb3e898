package org.matrisk.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.matrisk.assessment.AreaResult;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;
import org.matrisk.output.AssessmentWriter;
import org.matrisk.output.AssessmentWriterProvider;
import org.matrisk.output.ScanSummary;
import org.matrisk.output.WriterOptions;
import org.matrisk.reports.Words;

/**
 * A human-readable summary per trust: rating (score and points), area ratings and each finding, its
 * message in words (dates, enum values and field names as the HTML report writes them). An area shows its
 * score, and its points too when the cap of 100 made them differ. A version 2 assessment adds a line
 * "rated on D of N rules" with its partial sections.
 *
 * <p>Fitted to the terminal: no line is wider than {@link Terminal#columns} (the {@code COLUMNS} variable,
 * else the terminal's own width, else 100). A finding's message wraps under its first line; a name or
 * pointer too long for its place is cut with an ellipsis. Written to a file or a pipe, lines are fitted only
 * when {@code COLUMNS} is set.
 */
public final class TableWriter implements AssessmentWriter {
    private static final String ELLIPSIS = "…";
    private final PrintWriter out;
    /** The widest a line may be; 0 for no limit. */
    private final int width;

    TableWriter(OutputStream out, int width) {
        this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.width = width;
    }

    @Override
    public void accept(Assessment a) {
        line(String.format("%s  %s  %s to %s  rating %s (score %d, points %d)", a.trust().id(), a.trust().name(), a.period().start(),
                a.period().end(), a.rating(), a.score(), a.points()));
        if (a.decided() != null) {
            wrap("  ", "  ", String.format("rated on %d of %d rules; partial sections: %s", a.decided().rules(), a.decided().total(),
                    a.partialSections().isEmpty() ? "none" : String.join(", ", a.partialSections())));
        }
        List<String> areas = new ArrayList<>();
        for (AreaResult r : a.areas()) {
            String points = r.points() == r.score() ? "" : "; " + r.points() + " points";
            areas.add(String.format("%s %s(%d%s)", r.area(), r.rating(), r.score(), points));
        }
        wrap("  ", "  ", String.join("   ", areas));
        String head = String.format("  %-8s %-8s %-24s ", "RULE", "SEVERITY", "EVIDENCE");
        int messageWidth = width == 0 ? 0 : width - head.length();
        boolean below = width != 0 && messageWidth < 30;   // too narrow for a message column: the message goes under the line
        line(below ? head.stripTrailing() : head + "MESSAGE");
        for (Finding f : a.findings()) {
            String pointer = f.firstPointer().isEmpty() ? "(document)" : f.firstPointer();
            String first = String.format("  %-8s %-8s %-24s ", f.ruleId(), f.severity(), cut(pointer, 24));
            String message = Words.message(f.message()) + (f.suppressed() ? "  [suppressed]" : "");
            if (below) {
                line(first.stripTrailing());
                wrap("      ", "      ", message);
            } else {
                wrap(first, " ".repeat(first.length()), message);
            }
        }
        if (a.findings().isEmpty()) line("  (no findings)");
        if (!a.unknown().isEmpty()) {
            List<String> rules = a.unknown().stream().map(u -> u.ruleId()).distinct().toList();
            wrap("  ", "  ", String.format("%d rule outcome%s could not be assessed for lack of data: %s", a.unknown().size(),
                    a.unknown().size() == 1 ? "" : "s", String.join(", ", rules)));
        }
        out.println();
        out.flush();
    }

    /** One line, cut with an ellipsis when wider than the terminal. */
    private void line(String s) {
        out.println(width == 0 || s.length() <= width ? s : s.substring(0, Math.max(0, width - 1)) + ELLIPSIS);
    }

    /** {@code text} after {@code first}, wrapped at spaces to the width, continuation lines starting with {@code next}. */
    private void wrap(String first, String next, String text) {
        if (width == 0) {
            out.println(first + text);
            return;
        }
        for (String l : wrapped(first, next, text, width)) out.println(l);
    }

    static List<String> wrapped(String first, String next, String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder b = new StringBuilder(first);
        int room = width - first.length();
        boolean empty = true;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) continue;
            if (!empty && b.length() + 1 + word.length() > width) {
                lines.add(b.toString());
                b = new StringBuilder(next);
                room = width - next.length();
                empty = true;
            }
            if (!empty) b.append(' ');
            b.append(word.length() > room ? cut(word, Math.max(1, room)) : word);
            empty = false;
        }
        lines.add(b.toString());
        return lines;
    }

    static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, Math.max(0, n - 1)) + ELLIPSIS;
    }

    @Override
    public void end(ScanSummary summary) { out.flush(); }

    @Override
    public void close() { out.flush(); }

    public static final class Provider implements AssessmentWriterProvider {
        @Override public String name() { return "table"; }
        @Override public String description() { return "a human-readable summary per trust, fitted to the terminal's width"; }
        @Override public AssessmentWriter open(OutputStream out, WriterOptions options) {
            return new TableWriter(out, Terminal.columns(options != null && options.terminal()));
        }
    }
}
