package org.matrisk.engine.diff;

import org.matrisk.assessment.Area;
import org.matrisk.assessment.Rating;

/** An area whose rating or score differs between the two scans. */
public record AreaChange(Area area, Rating oldRating, Rating newRating, int oldScore, int newScore) {
    public int scoreChange() { return newScore - oldScore; }

    /** Positive when the rating got worse (LOW to HIGH is +2), negative when it got better. */
    public int ratingChange() { return oldRating.ordinal() - newRating.ordinal(); }
}
