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

    /** One human line: {@code <source> document #<position> (line <line>): <pointer>: <reason> (and N more problems)}. */
    public String describe() {
        Problem first = problems.get(0);
        StringBuilder sb = new StringBuilder(160).append(Problem.printable(info.describe())).append(": ").append(first);
        int more = problems.size() - 1;
        if (more > 0) sb.append(" (and ").append(more).append(more == 1 ? " more problem)" : " more problems)");
        return sb.toString();
    }
}
