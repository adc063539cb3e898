package org.matrisk.engine.pack;

import java.util.List;

/** A rule pack that cannot be used, with every problem found (file, line where known, and reason). */
public class RulePackException extends RuntimeException {
    private final List<String> problems;

    public RulePackException(String pack, List<String> problems) {
        super("rule pack " + pack + " refused:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() { return problems; }
}
