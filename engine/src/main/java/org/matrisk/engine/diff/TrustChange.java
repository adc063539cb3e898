package org.matrisk.engine.diff;

import java.util.List;
import java.util.Objects;
import org.matrisk.assessment.Assessment.PeriodRef;
import org.matrisk.assessment.Rating;

/**
 * One trust in both scans whose assessment changed: rating and score (old and new), the areas that
 * changed, findings only in the new scan, findings only in the old one (resolved), and findings in
 * both whose suppression changed. The periods are both given; they differ when two years are compared.
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
        List<FindingRef> noLongerSuppressed) {

    public TrustChange {
        areas = List.copyOf(areas);
        newFindings = List.copyOf(newFindings);
        resolvedFindings = List.copyOf(resolvedFindings);
        nowSuppressed = List.copyOf(nowSuppressed);
        noLongerSuppressed = List.copyOf(noLongerSuppressed);
    }

    public int scoreChange() { return newScore - oldScore; }

    /** Positive when the trust rating got worse (LOW to HIGH is +2), negative when it got better. */
    public int ratingChange() { return oldRating.ordinal() - newRating.ordinal(); }

    /** The sum of the area score changes: the trust's change in points, less blunted by the cap than {@link #scoreChange()}. */
    public int areaScoreChange() { return areas.stream().mapToInt(AreaChange::scoreChange).sum(); }

    public boolean periodChanged() { return !Objects.equals(oldPeriod, newPeriod); }

    /** Anything but the period differs. */
    public boolean changed() {
        return oldRating != newRating || oldScore != newScore || !areas.isEmpty() || !newFindings.isEmpty()
                || !resolvedFindings.isEmpty() || !nowSuppressed.isEmpty() || !noLongerSuppressed.isEmpty();
    }
}
