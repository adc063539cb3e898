package org.matrisk.engine.pack;

import java.util.List;

/**
 * A rule pack that cannot be used, with every problem found: one line each, starting with the file
 * (and line, where known) it concerns, then the reason. The message is the pack, the problems, and
 * where one applies a hint on what to do.
 */
public class RulePackException extends RuntimeException {
    private final String pack;
    private final List<String> problems;
    private final String hint;

    public RulePackException(String pack, List<String> problems) {
        this(pack, problems, null);
    }

    public RulePackException(String pack, List<String> problems, String hint) {
        super("rule pack " + pack + " refused:\n  " + String.join("\n  ", problems) + (hint == null ? "" : "\n" + hint));
        this.pack = pack;
        this.problems = List.copyOf(problems);
        this.hint = hint;
    }

    /** Where the pack was read from (a directory, or {@code builtin}). */
    public String pack() { return pack; }
    /** Every problem found, one line each ({@code file[:line]: reason}). */
    public List<String> problems() { return problems; }
    /** What to do about it, or null. */
    public String hint() { return hint; }
}
