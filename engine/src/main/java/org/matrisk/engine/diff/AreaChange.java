package org.matrisk.engine.diff;

import org.matrisk.assessment.Area;
import org.matrisk.assessment.Rating;

/**
 * An area whose rating, score or points differ between the two scans. An area listed on one side only
 * (a format version "1" assessment compared with a "2" one: {@code PROCUREMENT_AND_PROPRIETY}) has a
 * null rating and zero score and points on the other side.
 */
public record AreaChange(Area area, Rating oldRating, Rating newRating, int oldScore, int newScore, int oldPoints, int newPoints) {

    /** For areas whose points equal their scores (no score was capped). */
    public AreaChange(Area area, Rating oldRating, Rating newRating, int oldScore, int newScore) {
        this(area, oldRating, newRating, oldScore, newScore, oldScore, newScore);
    }

    public int scoreChange() { return newScore - oldScore; }

    public int pointsChange() { return newPoints - oldPoints; }

    /** Positive when the rating got worse (LOW to HIGH is +2), negative when it got better; 0 when the area is listed on one side only. */
    public int ratingChange() {
        return oldRating == null || newRating == null ? 0 : oldRating.ordinal() - newRating.ordinal();
    }

    /** Listed in one scan only. */
    public boolean oneSided() { return oldRating == null || newRating == null; }
}
