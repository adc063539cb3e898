package org.matrisk.engine.suppress;

import java.util.List;

/**
 * A suppressions file that cannot be used: unreadable, not JSON, or an entry with a missing or
 * invalid field. Every problem is listed, one per line, each naming the file, the JSON Pointer of the
 * entry or field and the reason: {@code suppressions.json: /suppressions/2/justification: required}.
 */
public final class SuppressionFileException extends RuntimeException {
    private final List<String> problems;

    public SuppressionFileException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
