package org.matrisk.assessment;

/**
 * One area of an assessment: its rating, its score (points capped at 100), the number of findings
 * listed in it (suppressed included) and {@code points}, the plain uncapped sum of the points of its
 * unsuppressed findings (catalogue v2 section 5; in every format version).
 */
public record AreaResult(Area area, Rating rating, int score, int findings, int points) {

    /**
     * For callers that know only the score: {@code points} is taken to be the score, which is exact
     * unless the area's score was capped.
     */
    public AreaResult(Area area, Rating rating, int score, int findings) {
        this(area, rating, score, findings, score);
    }
}
