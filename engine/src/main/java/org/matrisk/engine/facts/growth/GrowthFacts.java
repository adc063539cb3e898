package org.matrisk.engine.facts.growth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.engine.params.ParameterSet;
import org.matrisk.model.Academy;
import org.matrisk.model.Enums.DueDiligenceArea;
import org.matrisk.model.Enums.DueDiligenceStatus;
import org.matrisk.model.Growth;
import org.matrisk.model.TrustDocument;

/**
 * Derived facts of the growth area, computed once before the rules run. A <em>joiner</em> is a
 * {@code growth[]} entry with {@code joinedOn} inside the period ({@link Growth#joinedWithin}). With
 * {@code growth} absent nothing is derived: the rules over joiners are UNKNOWN through their companions.
 */
public final class GrowthFacts {
    private GrowthFacts() {}

    /** Days of GRW-05's window, which ends on asOf inclusive. */
    public static final String WINDOW_DAYS = "grw.rapidWindowDays";

    public static List<Object> derive(TrustDocument doc, ParameterSet params) {
        if (doc.growth() == null) return List.of();
        List<Object> facts = new ArrayList<>();
        for (Growth g : doc.growth()) {
            if (!g.joinedWithin(doc.period())) continue;
            facts.addAll(gaps(g));
            facts.add(depth(doc, g));
        }
        if (params.has(WINDOW_DAYS)) {
            ParamValue days = params.at(WINDOW_DAYS, doc.asOf());
            if (days.inForce()) facts.add(window(doc, days));
        }
        return facts;
    }

    /** Every due-diligence area of a joiner that is not COMPLETE (an area absent is NOT_DONE). */
    static List<DueDiligenceGap> gaps(Growth joiner) {
        List<DueDiligenceGap> out = new ArrayList<>();
        for (DueDiligenceArea area : DueDiligenceArea.values()) {
            DueDiligenceStatus s = joiner.dueDiligence(area);
            if (s != DueDiligenceStatus.COMPLETE) out.add(new DueDiligenceGap(joiner, area, s));
        }
        return out;
    }

    /**
     * GRW-09: the academies already in the trust when the joiner joined are the <em>other</em>
     * academies joined before its {@code joinedOn} (no join date: already there); their grades are the
     * latest Ofsted grades on that day (no inspection yet: no grade, so not below GOOD).
     */
    static JoinerDepth depth(TrustDocument doc, Growth joiner) {
        LocalDate on = joiner.joinedOn();
        List<Academy> already = new ArrayList<>();
        List<Academy> belowGood = new ArrayList<>();
        for (Academy a : doc.academies()) {
            if (a.urn().equals(joiner.academyUrn())) continue;
            if (a.joinedOn() != null && !a.joinedOn().isBefore(on)) continue;
            already.add(a);
            var grade = a.latestGradeOn(on);
            if (grade != null && grade.belowGood()) belowGood.add(a);
        }
        return new JoinerDepth(joiner, List.copyOf(already), List.copyOf(belowGood));
    }

    /**
     * GRW-05: the window is the {@code days} days ending on asOf inclusive. Joiners counted are joiners
     * (joinedOn inside the period) whose joinedOn is also inside the window; academies already in the
     * trust are those joined on or before the day before the window (no join date: already there).
     */
    static ExpansionWindow window(TrustDocument doc, ParamValue days) {
        LocalDate end = doc.asOf();
        LocalDate start = end.minusDays(days.days() - 1L);
        List<Growth> joiners = doc.growth().stream()
                .filter(g -> g.joinedWithin(doc.period()) && !g.joinedOn().isBefore(start) && !g.joinedOn().isAfter(end))
                .toList();
        List<Academy> already = doc.academies().stream()
                .filter(a -> a.joinedOn() == null || a.joinedOn().isBefore(start))
                .toList();
        return new ExpansionWindow(start, end, joiners, already, days);
    }
}
