package org.matrisk.engine.facts.v2rules;

import java.math.BigDecimal;
import java.util.Collection;
import org.matrisk.engine.facts.Tri;
import org.matrisk.engine.facts.remuneration.PayIntervals;
import org.matrisk.model.Coverage;
import org.matrisk.model.Enums.PayMeasure;
import org.matrisk.model.MoneyRange;
import org.matrisk.model.PayRecord;
import org.matrisk.model.Section;

/**
 * Pay figures for the 2023 high-pay method (catalogue v2, PAY-13; contract 5.11) as intervals (Readings 7.3): the
 * figure of a record by {@code payBenchmark.measure}, and the maximum of intervals over records whose membership is
 * TRUE (both ends) or UNKNOWN (upper end only). Arithmetic only: the verdict is in {@code remuneration.drl}.
 */
public final class PayMeasures {
    private PayMeasures() {}

    private static final String[] SALARY_AND_BENEFITS = {"bonus", "benefitsInKind"};

    /**
     * The record's figure: SALARY the salary (PayIntervals.salary), SALARY_AND_BENEFITS salary + bonus + benefits in
     * kind (an absent part [0, 0] when {@code pay} is complete or documented none, else [0, +inf)), TOTAL_WITH_PENSION
     * the total benefits (PayIntervals.totalBenefits). Null when the measure or the salary is not known.
     */
    public static MoneyRange figure(PayRecord p, PayMeasure measure, Coverage c) {
        if (measure == null) return null;
        return switch (measure) {
            case SALARY -> PayIntervals.salary(p, c);
            case TOTAL_WITH_PENSION -> PayIntervals.totalBenefits(p, c);
            case SALARY_AND_BENEFITS -> {
                MoneyRange s = PayIntervals.money(p, c, "salary");
                if (s == null) {
                    // known only through totalBenefits: at most that total
                    MoneyRange t = PayIntervals.money(p, c, "totalBenefits");
                    yield t == null ? null : new MoneyRange(BigDecimal.ZERO, t.hi());
                }
                for (String f : SALARY_AND_BENEFITS) {
                    MoneyRange part = PayIntervals.money(p, c, f);
                    if (part != null) s = s.plus(part);
                    else if (!c.complete(Section.PAY) && !c.documentedNone(p.pointer(), f)) s = new MoneyRange(s.lo(), null);
                }
                yield s;
            }
        };
    }

    /** One record's figure and its membership (TRUE or UNKNOWN) in the maximum. */
    public record Member(MoneyRange figure, Tri member) {}

    /**
     * The maximum of intervals (Readings 7.3): [max of lo over TRUE members, max of hi over TRUE and UNKNOWN members];
     * a member without a figure, or a partial {@code pay} section, makes the upper end unbounded (null).
     */
    public static MoneyRange max(Collection<?> members, boolean partial) {
        BigDecimal lo = BigDecimal.ZERO, hi = BigDecimal.ZERO;
        boolean unbounded = partial;
        for (Object o : members) {
            Member m = (Member) o;
            if (m.member() == Tri.FALSE) continue;
            if (m.figure() == null) { unbounded = true; continue; }
            if (m.member() == Tri.TRUE && m.figure().lo().compareTo(lo) > 0) lo = m.figure().lo();
            if (m.figure().hi() == null) unbounded = true;
            else if (m.figure().hi().compareTo(hi) > 0) hi = m.figure().hi();
        }
        return new MoneyRange(lo, unbounded ? null : hi);
    }
}
