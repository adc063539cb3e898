package org.matrisk.engine.facts.autonomy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.matrisk.engine.PointerOrder;
import org.matrisk.engine.facts.Outcome;
import org.matrisk.model.Transaction;
import org.matrisk.engine.facts.Tri;
import org.matrisk.engine.facts.Intervals;
import org.matrisk.model.Academy;
import org.matrisk.model.Coverage;
import org.matrisk.model.DateSpan;
import org.matrisk.model.Governance;
import org.matrisk.model.OfstedInspection;
import org.matrisk.model.SchemeOfDelegation;
import org.matrisk.model.Section;
import org.matrisk.model.SpecialPayment;

/**
 * Helpers of the AUTONOMY rules, called from DRL as functions
 * ({@code import function org.matrisk.engine.facts.autonomy.AutonomyFunctions.triAnd;}). They decide
 * no rule: the Kleene helpers combine or read truth values (a value needing absent data is
 * {@link Tri#UNKNOWN}), the others read data or write text. Which fields are tested, against which
 * dated parameter, and how the parts of a condition combine is written in {@code autonomy.drl}.
 */
public final class AutonomyFunctions {
    private AutonomyFunctions() {}

    // ---- Kleene logic ----------------------------------------------------------------------------

    /** Kleene "and": FALSE if either is FALSE, TRUE if both are TRUE, else UNKNOWN. */
    public static Tri triAnd(Tri a, Tri b) { return a.and(b); }

    /** Kleene "or": TRUE if either is TRUE, FALSE if both are FALSE, else UNKNOWN. */
    public static Tri triOr(Tri a, Tri b) { return a.or(b); }

    /** Kleene "not": UNKNOWN stays UNKNOWN. */
    public static Tri triNot(Tri a) { return a.not(); }

    /** An optional flag is {@code true}: UNKNOWN when absent ({@code null}). */
    public static Tri triIsTrue(Boolean flag) { return flag == null ? Tri.UNKNOWN : Tri.of(flag); }

    /** An optional flag is {@code false}: UNKNOWN when absent ({@code null}). */
    public static Tri triIsFalse(Boolean flag) { return flag == null ? Tri.UNKNOWN : Tri.of(!flag); }

    /** {@code value < bound}, exactly: UNKNOWN when the value is absent ({@code null}). */
    public static Tri triBelow(BigDecimal value, BigDecimal bound) {
        return value == null ? Tri.UNKNOWN : Tri.of(value.compareTo(bound) < 0);
    }

    /**
     * A count compared with a limit when some items are undecided: {@code sure} items certainly count,
     * {@code undecided} more might. "More than {@code limit}" is TRUE when the sure count is already
     * above it, UNKNOWN when the undecided items could take it above, FALSE otherwise.
     */
    public static Tri triMoreThan(int sure, int undecided, BigDecimal limit) {
        if (BigDecimal.valueOf(sure).compareTo(limit) > 0) return Tri.TRUE;
        return BigDecimal.valueOf(sure + undecided).compareTo(limit) > 0 ? Tri.UNKNOWN : Tri.FALSE;
    }

    /** "Fewer than {@code limit}" for a count with undecided items (see {@link #triMoreThan}). */
    public static Tri triFewerThan(int sure, int undecided, BigDecimal limit) {
        if (BigDecimal.valueOf(sure + undecided).compareTo(limit) < 0) return Tri.TRUE;
        return BigDecimal.valueOf(sure).compareTo(limit) < 0 ? Tri.UNKNOWN : Tri.FALSE;
    }

    /** Kleene "or" of every value ({@code []}: FALSE). */
    public static Tri triAny(Collection<Tri> values) {
        Tri t = Tri.FALSE;
        for (Tri v : values) t = t.or(v);
        return t;
    }

    // ---- catalogue v2: none-able fields, months ---------------------------------------------------

    /**
     * AUT-01's "no scheme of delegation, or none without {@code approvedOn}": an absent scheme or date is
     * {@link Coverage#none} of {@code governance} (TRUE when the section is complete or it is documented null,
     * UNKNOWN otherwise); a date given as a day or a month is present (FALSE).
     */
    public static Tri noApprovedScheme(SchemeOfDelegation s, Coverage c) {
        if (s == null) return c.none(Section.GOVERNANCE, Governance.POINTER, "schemeOfDelegation", null);
        if (c.date(SchemeOfDelegation.POINTER, "approvedOn", s.approvedOn()) != null) return Tri.FALSE;
        return c.none(Section.GOVERNANCE, SchemeOfDelegation.POINTER, "approvedOn", null);
    }

    /**
     * AUT-02's atom for one of the scheme's dates: "the date is before {@code cutoff}" for a given day or month;
     * TRUE when it is none (absent in a complete section, or documented null: the other date decides); UNKNOWN
     * when absent from a partial section (it may be recent).
     */
    public static Tri staleOrNone(SchemeOfDelegation s, String field, LocalDate value, LocalDate cutoff, Coverage c) {
        DateSpan d = c.date(SchemeOfDelegation.POINTER, field, value);
        if (d != null) return Intervals.before(d, cutoff);
        return c.none(Section.GOVERNANCE, SchemeOfDelegation.POINTER, field, null) == Tri.TRUE ? Tri.TRUE : Tri.UNKNOWN;
    }

    /** The scheme gives neither date (both none): AUT-02 cannot be judged (v1 reading, AUT-01 reports it). */
    public static boolean noSchemeDate(SchemeOfDelegation s, Coverage c) {
        return c.date(SchemeOfDelegation.POINTER, "approvedOn", s.approvedOn()) == null
                && c.date(SchemeOfDelegation.POINTER, "reviewedOn", s.reviewedOn()) == null;
    }

    /**
     * AUT-02 (A-23: whichever of {@code reviewedOn} / {@code approvedOn} is present): the later of the two is
     * before {@code cutoff}, i.e. each is before it or none; UNKNOWN when neither date is given.
     */
    public static Tri schemeStale(SchemeOfDelegation s, LocalDate cutoff, Coverage c) {
        if (noSchemeDate(s, c)) return Tri.UNKNOWN;
        return staleOrNone(s, "approvedOn", s.approvedOn(), cutoff, c).and(staleOrNone(s, "reviewedOn", s.reviewedOn(), cutoff, c));
    }

    /** The later of the scheme's dates given (a day or a month), by last possible day; reviewedOn on a tie. */
    public static String schemeLastField(SchemeOfDelegation s, Coverage c) {
        DateSpan a = c.date(SchemeOfDelegation.POINTER, "approvedOn", s.approvedOn());
        DateSpan r = c.date(SchemeOfDelegation.POINTER, "reviewedOn", s.reviewedOn());
        return r != null && (a == null || !r.last().isBefore(a.last())) ? "reviewedOn" : "approvedOn";
    }

    /** A date field of the scheme of delegation as a span (a day or a month), or null. */
    public static DateSpan schemeDate(SchemeOfDelegation s, String field, Coverage c) {
        return c.date(SchemeOfDelegation.POINTER, field, "reviewedOn".equals(field) ? s.reviewedOn() : s.approvedOn());
    }

    /** An academy's {@code autonomy.reviewDue} as a span (a day or a month), or null when absent. */
    public static DateSpan reviewDue(Academy a, Coverage c) {
        return a.autonomy() == null ? null : c.date(a.pointer() + "/autonomy", "reviewDue", a.autonomy().reviewDue());
    }

    // ---- arithmetic and data ---------------------------------------------------------------------

    /** {@code share × count}, exactly (a limit in academies: 0.5 of 3 is 1.5). */
    public static BigDecimal shareOf(BigDecimal share, int count) { return share.multiply(BigDecimal.valueOf(count)); }

    /** A number as written in messages: no trailing zeros, no exponent ({@code 1.5}, {@code 1}). */
    public static BigDecimal plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * Index in {@code ofsted[]} of the inspection giving the academy's latest grade on {@code day}
     * ({@link Academy#latestGradeOn}: the greatest date not after it, the worst grade of that date);
     * -1 when there is none.
     */
    public static int latestInspection(Academy academy, LocalDate day) {
        var grade = academy.latestGradeOn(day);
        if (grade == null) return -1;
        LocalDate latest = null;
        for (OfstedInspection i : academy.ofsted())
            if (i.date() != null && !i.date().isAfter(day) && (latest == null || i.date().isAfter(latest))) latest = i.date();
        List<OfstedInspection> list = academy.ofsted();
        for (int i = 0; i < list.size(); i++)
            if (latest != null && latest.equals(list.get(i).date()) && list.get(i).grade() == grade) return i;
        return -1;
    }

    /** JSON Pointers in document order (numeric segments as numbers), as an array for {@code missing(...)}. */
    public static String[] inPointerOrder(Collection<?> pointers) {
        List<String> out = new ArrayList<>(pointers.size());
        for (Object p : pointers) out.add(p.toString());
        out.sort(PointerOrder.INSTANCE);
        return out.toArray(String[]::new);
    }

    /** Strings as an array for {@code missing(...)}, in the given order. */
    public static String[] strings(Collection<?> values) {
        return values.stream().map(Object::toString).toArray(String[]::new);
    }

    /** A related-party payment as written in AUT-07's message. */
    public static String describePayment(Transaction t) {
        return "Related-party payment " + t.id() + money(t.amount()) + " to " + t.partyId() + on(t.date());
    }

    /** A special payment as written in AUT-07's message. */
    public static String describeSpecialPayment(SpecialPayment s) {
        return "Special payment " + s.id() + (s.kind() == null ? "" : " (" + s.kind() + ")")
                + money(s.amount()) + (s.personId() == null ? "" : " to " + s.personId()) + on(s.date());
    }

    private static String money(BigDecimal amount) { return amount == null ? "" : " of " + Outcome.pounds(amount); }

    private static String on(LocalDate date) { return date == null ? "" : " on " + date; }
}
