package org.matrisk.engine.facts.growth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.matrisk.engine.PointerOrder;
import org.matrisk.engine.facts.AssessmentContext;
import org.matrisk.engine.facts.Intervals;
import org.matrisk.engine.facts.Tri;
import org.matrisk.model.Academy;
import org.matrisk.model.Coverage;
import org.matrisk.model.DateSpan;
import org.matrisk.model.Enums.DueDiligenceArea;
import org.matrisk.model.Enums.DueDiligenceStatus;
import org.matrisk.model.Growth;
import org.matrisk.model.Notice;
import org.matrisk.model.Period;
import org.matrisk.model.SchemeOfDelegation;
import org.matrisk.model.Section;

/**
 * Ordering helpers of the GROWTH area, called from {@code growth.drl} through {@code import function}:
 * what an {@code accumulate} collected, put back in document order so that evidence and messages do
 * not depend on the order the engine matched facts in; and the interval and Kleene arithmetic of catalogue v2
 * (join dates as days or months, notices open through {@code knownUntil}, none-able fields of a partial
 * section, counts over partial sections). They compute values; which atoms make a rule fire or stay UNKNOWN
 * is written in {@code growth.drl}. The derived facts themselves ({@code Joiner}, {@code DueDiligenceGap},
 * {@code JoinerDepth}, {@code ExpansionWindow}) are DRL declared types. On a version 1 document
 * ({@link Coverage#V1}: exact dates, every section complete) every function gives v1's plain answer.
 */
public final class GrowthFunctions {
    private GrowthFunctions() {}

    /** Academies (a collection of {@link Academy}) in document order. */
    public static List<Academy> academiesInOrder(Collection<?> academies) {
        return academies.stream().map(Academy.class::cast)
                .sorted(Comparator.comparing(Academy::pointer, PointerOrder.INSTANCE)).toList();
    }

    /** Growth entries (a collection of {@link Growth}) in document order. */
    public static List<Growth> growthInOrder(Collection<?> growth) {
        return growth.stream().map(Growth.class::cast)
                .sorted(Comparator.comparing(Growth::pointer, PointerOrder.INSTANCE)).toList();
    }

    // ---- catalogue v2: join dates and joiners ------------------------------------------------------

    /**
     * The day (or month) a growth entry joined: its {@code joinedOn}; when that is absent from a partial
     * {@code growth} section (and not documented null), the {@code joinedOn} of the academy with its URN
     * (catalogue v2 3.1). Null when neither gives it.
     */
    public static DateSpan joinSpan(Growth g, Collection<?> academies, Coverage c) {
        DateSpan own = c.date(g.pointer(), "joinedOn", g.joinedOn());
        if (own != null || c.none(Section.GROWTH, g.pointer(), "joinedOn", null) == Tri.TRUE || academies == null) return own;
        for (Object o : academies) {
            Academy a = (Academy) o;
            if (a.urn() != null && a.urn().equals(g.academyUrn())) return c.date(a.pointer(), "joinedOn", a.joinedOn());
        }
        return null;
    }

    /**
     * "The entry is a joiner": its join date {@code on} lies inside the period; with no join date, FALSE when
     * absent means "not yet joined" (complete {@code growth}, or documented null), otherwise UNKNOWN.
     */
    public static Tri joinerStatus(Growth g, DateSpan on, Period p, Coverage c) {
        if (on != null) return Intervals.within(on, p.start(), p.end());
        return c.none(Section.GROWTH, g.pointer(), "joinedOn", null) == Tri.TRUE ? Tri.FALSE : Tri.UNKNOWN;
    }

    /**
     * "Academy {@code a} joined before {@code day}" (already in the trust, GRW-05 and GRW-09): its {@code joinedOn}
     * (a day or a month) before the day; absent: already there when {@code academies} is complete or the date is
     * documented null, otherwise UNKNOWN.
     */
    public static Tri joinedBefore(Academy a, DateSpan day, Coverage c) {
        DateSpan on = c.date(a.pointer(), "joinedOn", a.joinedOn());
        if (on == null) return c.none(Section.ACADEMIES, a.pointer(), "joinedOn", null);
        return Intervals.before(on, day);
    }

    /** The day a joiner's dated parameters are resolved on: the first day of its join date, else {@code fallback}. */
    public static LocalDate resolveOn(DateSpan on, LocalDate fallback) { return on == null ? fallback : on.first(); }

    /** A join date as written in messages and evidence ({@code 2024-01-01}, {@code 2024-01}, or "(absent)"). */
    public static String day(DateSpan on) { return on == null ? "(absent)" : on.toString(); }

    // ---- none-able fields of a joiner --------------------------------------------------------------

    /**
     * A due-diligence area's status: as given; absent: NOT_DONE when {@code growth} is complete or the area (or the
     * whole {@code dueDiligence}) is documented null; otherwise null (not known).
     */
    public static DueDiligenceStatus dueDiligenceStatus(Growth g, DueDiligenceArea area, Coverage c) {
        DueDiligenceStatus s = g.dueDiligence().get(area);
        if (s != null) return s;
        if (c.complete(Section.GROWTH) || c.documentedNone(g.pointer(), "dueDiligence")
                || c.documentedNone(g.pointer() + "/dueDiligence", area.name())) return DueDiligenceStatus.NOT_DONE;
        return null;
    }

    /**
     * "The none-able date {@code field} of the item at {@code pointer} is absent (none) or later than {@code on}"
     * (GRW-04, GRW-08): a given day or month is compared with the join date; absent is
     * {@link Coverage#none} of the section.
     */
    public static Tri noneOrAfter(Coverage c, Section section, String pointer, String field, LocalDate value, DateSpan on) {
        DateSpan d = c.date(pointer, field, value);
        if (d != null) return Intervals.before(on, d);
        return c.none(section, pointer, field, null);
    }

    /** The date of a field as a span (a day or a month), or null: for messages and evidence. */
    public static DateSpan span(Coverage c, String pointer, String field, LocalDate value) { return c.date(pointer, field, value); }

    /** "deficitFundingAgreed not true": false TRUE, true FALSE, absent {@link Coverage#none} of {@code growth}. */
    public static Tri notAgreed(Growth g, Coverage c) {
        if (g.deficitFundingAgreed() != null) return Tri.of(!g.deficitFundingAgreed());
        return c.none(Section.GROWTH, g.pointer(), "deficitFundingAgreed", null);
    }

    /** {@code inheritedDeficit > 0}: UNKNOWN when absent (a value, not none-able). */
    public static Tri positive(BigDecimal amount) { return amount == null ? Tri.UNKNOWN : Tri.of(amount.signum() > 0); }

    /**
     * GRW-07 (A-41: {@code reviewedOn} only): "the scheme of delegation is absent, or has no {@code reviewedOn}, or
     * was reviewed before {@code on}". Absent scheme or date: {@link Coverage#none} of {@code governance}.
     */
    public static Tri notReviewedSince(SchemeOfDelegation sod, DateSpan on, Coverage c) {
        if (sod == null) return c.none(Section.GOVERNANCE, "/governance", "schemeOfDelegation", null);
        DateSpan r = c.date(SchemeOfDelegation.POINTER, "reviewedOn", sod.reviewedOn());
        if (r != null) return Intervals.before(r, on);
        return c.none(Section.GOVERNANCE, SchemeOfDelegation.POINTER, "reviewedOn", null);
    }

    /** A boolean dated parameter (a regime switch) in force and true on every day {@code on} may be (Readings 7.4). */
    public static Tri switchOnEveryDay(AssessmentContext ctx, String name, DateSpan on) {
        return Intervals.forEveryDay(on, d -> Tri.of(ctx.paramOn(name, d).on()));
    }

    /** {@code on + days} on or before {@code day} (GRW-07's 90 days): every day {@code on} may be. */
    public static Tri plusDaysOnOrBefore(DateSpan on, int days, LocalDate day) {
        return Intervals.onOrBefore(Intervals.plusDays(on, days), day);
    }

    // ---- notices (Readings 7.12) -------------------------------------------------------------------

    /**
     * A notice is open on day {@code d}: {@code issuedOn} &le; d and not lifted by d ({@code liftedOn} &gt; d). With
     * {@code liftedOn} absent: open on every later day when {@code notices} is complete or {@code liftedOn} is
     * documented null; in a partial section, open through {@code knownUntil} (through {@code issuedOn} itself when
     * it is absent) and UNKNOWN after. Dates may be months.
     */
    public static Tri noticeOpenOn(Notice n, LocalDate d, Coverage c) {
        return org.matrisk.engine.facts.notices.NoticeFunctions.noticeOpenOn(n, DateSpan.of(d), c);
    }

    /** The notice is open on the join date: on every day {@code on} may be (UNKNOWN when {@code on} is not known). */
    public static Tri noticeOpenAt(Notice n, DateSpan on, Coverage c) {
        return Intervals.forEveryDay(on, d -> noticeOpenOn(n, d, c));
    }

    /**
     * "Some notice of {@code notices} is open on the join date" (Kleene "or"), where a partial {@code notices}
     * section may hide one: FALSE only when no listed one can be open and the section is complete.
     */
    public static Tri anyNoticeOpenAt(Collection<?> notices, DateSpan on, Coverage c) {
        Tri any = c.partial(Section.NOTICES) ? Tri.UNKNOWN : Tri.FALSE;
        for (Object o : notices) any = any.or(noticeOpenAt((Notice) o, on, c));
        return any;
    }

    // ---- counts over partial sections (contract 3.3) -----------------------------------------------

    /** A count's upper end: -1 (unbounded) when unlisted items may exist, else the listed TRUE and UNKNOWN items. */
    public static int upper(int sure, int undecided, boolean partial) { return partial ? -1 : sure + undecided; }

    /**
     * {@code part > share × whole} for two counts [lo, hi] (hi -1: unbounded), decided when it holds (or fails) for
     * every value of both: TRUE if part.lo &gt; share × whole.hi, FALSE if part.hi &le; share × whole.lo.
     */
    public static Tri moreThanShareOf(int partLo, int partHi, BigDecimal share, int wholeLo, int wholeHi) {
        if (wholeHi >= 0 && BigDecimal.valueOf(partLo).compareTo(share.multiply(BigDecimal.valueOf(wholeHi))) > 0) return Tri.TRUE;
        if (partHi >= 0 && BigDecimal.valueOf(partHi).compareTo(share.multiply(BigDecimal.valueOf(wholeLo))) <= 0) return Tri.FALSE;
        return Tri.UNKNOWN;
    }

    /**
     * GRW-09's "at least {@code share} of the academies already in the trust are below GOOD", over every completion
     * (catalogue v2 3.1): each academy contributes {@code member × (below − share)} to a sum that must be &ge; 0;
     * {@code member} and {@code below} are Kleene values per academy (parallel lists), and a partial section adds
     * academies of any kind (an unbounded sum either way).
     */
    public static Tri atLeastShareBelow(List<Tri> member, List<Tri> below, BigDecimal share, boolean partial) {
        if (partial) return Tri.UNKNOWN;
        BigDecimal lo = BigDecimal.ZERO, hi = BigDecimal.ZERO;
        BigDecimal up = BigDecimal.ONE.subtract(share), down = share.negate();
        for (int i = 0; i < member.size(); i++) {
            Tri m = member.get(i), b = below.get(i);
            if (m == Tri.FALSE) continue;
            BigDecimal min = b == Tri.TRUE ? up : down, max = b == Tri.FALSE ? down : up;
            if (m == Tri.UNKNOWN) { min = min.min(BigDecimal.ZERO); max = max.max(BigDecimal.ZERO); }
            lo = lo.add(min);
            hi = hi.add(max);
        }
        if (lo.signum() >= 0) return Tri.TRUE;
        if (hi.signum() < 0) return Tri.FALSE;
        return Tri.UNKNOWN;
    }
}
