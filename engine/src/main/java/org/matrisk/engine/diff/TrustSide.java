package org.matrisk.engine.diff;

import org.matrisk.assessment.Assessment.PeriodRef;
import org.matrisk.assessment.Decided;
import org.matrisk.assessment.Rating;
import org.matrisk.engine.rating.RankKey;

/**
 * A trust present in only one of the two scans, as it stood there. {@code findings} counts every finding
 * listed, suppressed or not; {@code critical} and {@code high} count the unsuppressed CRITICAL and HIGH
 * findings (the ranking's tie-breakers); {@code decided} is null for a format version "1" assessment.
 */
public record TrustSide(String trustId, String name, PeriodRef period, Rating rating, int score, int findings,
                        int points, int critical, int high, String formatVersion, Decided decided) {

    /** Where the trust ranks ({@link RankKey#RISKIEST_FIRST}). */
    public RankKey rank() { return new RankKey(rating, points, critical, high, trustId); }
}
