package org.matrisk.engine.diff;

import java.util.List;

/**
 * The comparison of two scans. {@code changed} lists the trusts in both scans whose assessment differs
 * (anything but the period), worst change first ({@link ScanDiff#WORST_CHANGE_FIRST}: rating
 * deterioration, then points gained, then the new assessment by the ranking of trusts), so improvements
 * come last. {@code onlyInOld} and {@code onlyInNew} are ordered by the ranking of trusts
 * ({@link org.matrisk.engine.rating.RankKey#RISKIEST_FIRST}: worst rating, then most points, then most
 * CRITICAL and HIGH findings, then trust id). {@code notes} says what the comparison had to decide (duplicate trusts).
 */
public record DiffReport(Summary summary, List<TrustChange> changed, List<TrustSide> onlyInOld, List<TrustSide> onlyInNew, List<String> notes) {

    public DiffReport {
        changed = List.copyOf(changed);
        onlyInOld = List.copyOf(onlyInOld);
        onlyInNew = List.copyOf(onlyInNew);
        notes = List.copyOf(notes);
    }

    /**
     * @param oldAssessments assessments read from the old scan (lines)
     * @param newAssessments assessments read from the new scan
     * @param compared trusts in both scans
     * @param changed of those, the trusts whose assessment differs (anything but the period)
     * @param unchanged compared minus changed
     * @param worse changed trusts whose rating got worse
     * @param better changed trusts whose rating got better
     * @param periodChanged compared trusts assessed for a different period in the two scans
     * @param newFindings findings of compared trusts only in the new scan
     * @param resolvedFindings findings of compared trusts only in the old scan
     */
    public record Summary(long oldAssessments, long newAssessments, int compared, int changed, int unchanged,
                          int worse, int better, int periodChanged, int onlyInOld, int onlyInNew,
                          int newFindings, int resolvedFindings) {}
}
