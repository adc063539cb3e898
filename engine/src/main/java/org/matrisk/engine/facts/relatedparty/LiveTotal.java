package org.matrisk.engine.facts.relatedparty;

import java.math.BigDecimal;
import org.matrisk.engine.facts.Outcome;

/**
 * A group's total as the assessment reports it: one holder per group of related-party lines (a
 * party's or a contract's financial year, {@code RelatedPartyGroupKey.live}), which the group's
 * totals rule sets each time a line joins or leaves the group. Findings quote it as a live message
 * argument ({@link Outcome.Live}), so a new line changes the total every finding of the group quotes
 * without re-deriving those findings.
 *
 * <p>Read {@link #value()} in messages, never in a rule condition: the holder changes without the
 * facts that carry it changing, so Drools does not re-evaluate conditions on it. Conditions test the
 * totals facts ({@code RelatedPartyYear}, {@code RelatedPartyContract}) or the requirement's own
 * {@code required}. Identity equality.
 */
public final class LiveTotal implements Outcome.Live {
    private volatile BigDecimal value;

    public LiveTotal() {}

    private LiveTotal(BigDecimal value) { this.value = value; }

    /** A holder fixed at {@code value} (a total that is re-derived whenever it changes). */
    public static LiveTotal fixed(BigDecimal value) { return new LiveTotal(value); }

    /** The total once the rules have fired; null before the group's totals rule has. */
    public BigDecimal value() { return value; }

    /** Called by the group's totals rule (DRL) with the group's current total. */
    public void set(BigDecimal total) { this.value = total; }

    @Override public String display() { return value == null ? "(absent)" : Outcome.pounds(value); }

    /** The total within a phrase, as a message argument: {@code before}, the total in pounds, {@code after}. */
    public Outcome.Live quoted(String before, String after) { return new Quoted(before, this, after); }

    /** A live total within a phrase (equal when the phrase and the holder are). */
    public record Quoted(String before, LiveTotal total, String after) implements Outcome.Live {
        @Override public String display() { return before + total.display() + after; }
    }

    @Override public String toString() { return display(); }
}
