package org.matrisk.engine.facts.autonomy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.matrisk.engine.facts.Tri;

/**
 * Derived (one per document): how many academies have FULL autonomy and how many take part in
 * central finance (AUT-06), with the academies whose level or participation is absent counted
 * apart, so the shares can be judged in Kleene logic: a share holds when it holds however the
 * unknown academies turn out, is UNKNOWN when it could go either way.
 *
 * @param academies            number of academies
 * @param full                 academies with level FULL
 * @param fullUnknown          academies whose level is absent (an {@code autonomy} object without {@code level})
 * @param centralFinance       academies with {@code participates.centralFinance: true}
 * @param centralFinanceUnknown academies with {@code autonomy}, {@code participates} or {@code centralFinance} absent
 * @param fullMissing          pointers of the absent levels
 * @param centralFinanceMissing pointers of the absent participation data
 */
public record DelegationProfile(int academies, int full, int fullUnknown, int centralFinance, int centralFinanceUnknown,
        List<String> fullMissing, List<String> centralFinanceMissing) {

    public static DelegationProfile of(List<AcademyAutonomy> list) {
        int full = 0, fullUnknown = 0, cf = 0, cfUnknown = 0;
        List<String> fullMissing = new ArrayList<>(), cfMissing = new ArrayList<>();
        for (AcademyAutonomy a : list) {
            switch (a.full()) {
                case TRUE -> full++;
                case UNKNOWN -> { fullUnknown++; fullMissing.add(a.pointer() + "/autonomy/level"); }
                case FALSE -> { }
            }
            switch (a.centralFinance()) {
                case TRUE -> cf++;
                case UNKNOWN -> { cfUnknown++; cfMissing.add(a.centralFinanceMissing()); }
                case FALSE -> { }
            }
        }
        return new DelegationProfile(list.size(), full, fullUnknown, cf, cfUnknown, List.copyOf(fullMissing), List.copyOf(cfMissing));
    }

    private BigDecimal shareOf(BigDecimal share) { return share.multiply(BigDecimal.valueOf(academies)); }

    /** {@code share} of the number of academies, as written in messages ({@code 1.5}, {@code 1}). */
    public BigDecimal limit(BigDecimal share) {
        BigDecimal l = shareOf(share).stripTrailingZeros();
        return l.scale() < 0 ? l.setScale(0) : l;
    }

    private static int cmp(int count, BigDecimal limit) { return BigDecimal.valueOf(count).compareTo(limit); }

    /** More than {@code share} of the academies are FULL. */
    public Tri moreThanShareFull(BigDecimal share) {
        BigDecimal limit = shareOf(share);
        if (cmp(full, limit) > 0) return Tri.TRUE;
        return cmp(full + fullUnknown, limit) > 0 ? Tri.UNKNOWN : Tri.FALSE;
    }

    /** Fewer than {@code share} of the academies have {@code participates.centralFinance: true}. */
    public Tri fewerThanShareInCentralFinance(BigDecimal share) {
        BigDecimal limit = shareOf(share);
        if (cmp(centralFinance + centralFinanceUnknown, limit) < 0) return Tri.TRUE;
        return cmp(centralFinance, limit) < 0 ? Tri.UNKNOWN : Tri.FALSE;
    }

    /** Both shares (the holding-body pattern), in Kleene logic. */
    public Tri holdingBody(BigDecimal fullShare, BigDecimal centralFinanceShare) {
        return moreThanShareFull(fullShare).and(fewerThanShareInCentralFinance(centralFinanceShare));
    }

    /** Pointers of the absent data that leave {@link #holdingBody} UNKNOWN. */
    public String[] missing(BigDecimal fullShare, BigDecimal centralFinanceShare) {
        List<String> m = new ArrayList<>();
        if (moreThanShareFull(fullShare) == Tri.UNKNOWN) m.addAll(fullMissing);
        if (fewerThanShareInCentralFinance(centralFinanceShare) == Tri.UNKNOWN) m.addAll(centralFinanceMissing);
        return m.toArray(String[]::new);
    }
}
