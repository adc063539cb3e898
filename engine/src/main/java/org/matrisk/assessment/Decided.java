package org.matrisk.assessment;

/**
 * What a version 2 assessment's rating rests on (catalogue v2 section 5): {@code unknown} is the number
 * of distinct rule ids of the pack with at least one {@code unknown} entry, {@code rules} the pack's
 * rule count less that. Reports show "rated on {@code rules} of {@link #total()} rules".
 */
public record Decided(int rules, int unknown) {
    /** N of "rated on D of N rules": the pack's rule count. */
    public int total() { return rules + unknown; }
}
