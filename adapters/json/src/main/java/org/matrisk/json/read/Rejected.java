package org.matrisk.json.read;

import java.util.List;
import org.matrisk.model.DocumentInfo;

/**
 * A document that broke the contract. {@code problems} is never empty and holds at most
 * {@link ReaderLimits#maxProblems()} entries, in document order (cross-reference problems last).
 * {@code info.sha256()} is null when the splitter could not isolate the document.
 */
public record Rejected(DocumentInfo info, List<Problem> problems) implements ReadResult {
    public Rejected {
        if (problems == null || problems.isEmpty()) throw new IllegalArgumentException("a rejection needs at least one problem");
        problems = List.copyOf(problems);
    }

    /**
     * One human line: {@code <source> document #<n> (line <line>, column <column>): <pointer>: <reason> (and N more problems)},
     * where documents are numbered from 1 in their source and the line and column are those of the first problem's
     * value when known (else the line the document starts on).
     */
    public String describe() {
        Problem first = problems.get(0);
        StringBuilder sb = new StringBuilder(160).append(Problem.printable(where(info, first))).append(": ").append(first);
        int more = problems.size() - 1;
        if (more > 0) sb.append(" (and ").append(more).append(more == 1 ? " more problem)" : " more problems)");
        return sb.toString();
    }

    /** {@code FILE document #N (line L, column C)}: the document numbered from 1, the position of {@code p} when known. */
    public static String where(DocumentInfo info, Problem p) {
        String at = p != null && p.line() > 0
                ? "line " + p.line() + (p.column() > 0 ? ", column " + p.column() : "")
                : "line " + info.line();
        return info.source() + " document #" + (info.position() + 1) + " (" + at + ")";
    }
}
