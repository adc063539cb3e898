package org.matrisk.engine.rating;

import java.util.Comparator;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Rating;
import org.matrisk.assessment.Severity;

/**
 * What ranks a trust among others (catalogue v2 section 5, "Ranking"; summaries, reports and
 * {@code diff}): its rating (worst first), then {@code points} (highest first), then its number of
 * CRITICAL findings, then of HIGH findings (most first), then trust id. Suppressed findings do not
 * count (they earn no points and are left out of the counts). {@link #RISKIEST_FIRST} is the one
 * comparator every ranking of trusts uses; holders of a key sort with
 * {@code Comparator.comparing(X::rank, RankKey.RISKIEST_FIRST)}.
 *
 * <p>A null rating ranks after every rating; a null trust id after every id.
 */
public record RankKey(Rating rating, int points, int critical, int high, String trustId) {

    public static final Comparator<RankKey> RISKIEST_FIRST = Comparator
            .comparing(RankKey::rating, Comparator.nullsLast(Comparator.<Rating>naturalOrder()))
            .thenComparing(Comparator.comparingInt(RankKey::points).reversed())
            .thenComparing(Comparator.comparingInt(RankKey::critical).reversed())
            .thenComparing(Comparator.comparingInt(RankKey::high).reversed())
            .thenComparing(RankKey::trustId, Comparator.nullsLast(Comparator.<String>naturalOrder()));

    /** The same order over assessments. */
    public static final Comparator<Assessment> ASSESSMENTS_RISKIEST_FIRST = Comparator.comparing(RankKey::of, RISKIEST_FIRST);

    /** The key of an assessment: its rating, points and unsuppressed CRITICAL and HIGH findings. */
    public static RankKey of(Assessment a) {
        return new RankKey(a.rating(), a.points(), a.count(Severity.CRITICAL), a.count(Severity.HIGH),
                a.trust() == null ? null : a.trust().id());
    }
}
