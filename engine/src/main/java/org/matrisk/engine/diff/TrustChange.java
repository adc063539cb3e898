package org.matrisk.engine.diff;

import java.util.List;
import java.util.Objects;
import org.matrisk.assessment.Assessment.PeriodRef;
import org.matrisk.assessment.Decided;
import org.matrisk.assessment.Rating;
import org.matrisk.engine.rating.RankKey;

/**
 * One trust in both scans whose assessment changed: rating, score and points (old and new), the areas
 * that changed, findings only in the new scan, findings only in the old one (resolved), and findings in
 * both whose suppression changed. The periods are both given; they differ when two years are compared.
 * The format versions and {@code decided} (null for format version "1") are both given too; a trust
 * assessed with catalogue v1 in one scan and v2 in the other has changed. {@code newRank} is where the
 * new assessment ranks ({@link RankKey}).
 */
public record TrustChange(
        String trustId,
        String name,
        PeriodRef oldPeriod,
        PeriodRef newPeriod,
        Rating oldRating,
        Rating newRating,
        int oldScore,
        int newScore,
        List<AreaChange> areas,
        List<FindingRef> newFindings,
        List<FindingRef> resolvedFindings,
        List<FindingRef> nowSuppressed,
        List<FindingRef> noLongerSuppressed,
        int oldPoints,
        int newPoints,
        String oldFormatVersion,
        String newFormatVersion,
        Decided oldDecided,
        Decided newDecided,
        RankKey newRank) {

    public TrustChange {
        areas = List.copyOf(areas);
        newFindings = List.copyOf(newFindings);
        resolvedFindings = List.copyOf(resolvedFindings);
        nowSuppressed = List.copyOf(nowSuppressed);
        noLongerSuppressed = List.copyOf(noLongerSuppressed);
    }

    public int scoreChange() { return newScore - oldScore; }

    /** The change of the uncapped points: what the cap of {@link #scoreChange()} hides. */
    public int pointsChange() { return newPoints - oldPoints; }

    /** Positive when the trust rating got worse (LOW to HIGH is +2), negative when it got better. */
    public int ratingChange() { return oldRating.ordinal() - newRating.ordinal(); }

    public boolean periodChanged() { return !Objects.equals(oldPeriod, newPeriod); }

    public boolean formatVersionChanged() { return !Objects.equals(oldFormatVersion, newFormatVersion); }

    /** Anything but the period differs. */
    public boolean changed() {
        return oldRating != newRating || oldScore != newScore || oldPoints != newPoints || !areas.isEmpty() || !newFindings.isEmpty()
                || !resolvedFindings.isEmpty() || !nowSuppressed.isEmpty() || !noLongerSuppressed.isEmpty()
                || formatVersionChanged() || !Objects.equals(oldDecided, newDecided);
    }
}
