package org.matrisk.engine.facts.remuneration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.matrisk.engine.PointerOrder;
import org.matrisk.engine.facts.AssessmentContext;
import org.matrisk.engine.facts.Intervals;
import org.matrisk.engine.facts.Outcome;
import org.matrisk.engine.facts.Roles;
import org.matrisk.engine.facts.Tri;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.model.Academy;
import org.matrisk.model.Coverage;
import org.matrisk.model.DateSpan;
import org.matrisk.model.Enums.OfstedGrade;
import org.matrisk.model.Enums.PayRole;
import org.matrisk.model.Enums.RoleKind;
import org.matrisk.model.Governance;
import org.matrisk.model.MoneyRange;
import org.matrisk.model.Notice;
import org.matrisk.model.OfstedInspection;
import org.matrisk.model.PayRecord;
import org.matrisk.model.Period;
import org.matrisk.model.Person;
import org.matrisk.model.Section;
import org.matrisk.model.SpecialPayment;

/**
 * The interval reading of catalogue v2 for the remuneration rules (Readings 7.3, 7.4, 7.11; contract
 * trust-data-v2.md 3.1-3.3): pay amounts as {@link MoneyRange}s (exact, band, or the absent-part rule), the
 * atoms the PAY rules test as Kleene values, and text for messages. The functions compute values and atoms
 * only; which atoms make a rule fire or stay UNKNOWN is decided by the rules of {@code remuneration.drl}.
 * On a version 1 document (every section complete, exact values) every function gives v1's plain value.
 */
public final class PayIntervals {
    private PayIntervals() {}

    private static final String[] PARTS = {"bonus", "benefitsInKind", "employerPension"};

    // ---- amounts -----------------------------------------------------------------------------------------

    /** A money field of a pay record: exact, its band, or null when neither is given. */
    public static MoneyRange money(PayRecord p, Coverage c, String field) {
        return c.money(p.pointer(), field, exactOf(p, field));
    }

    private static BigDecimal exactOf(PayRecord p, String field) {
        return switch (field) {
            case "salary" -> p.salary();
            case "bonus" -> p.bonus();
            case "benefitsInKind" -> p.benefitsInKind();
            case "employerPension" -> p.employerPension();
            case "previousSalary" -> p.previousSalary();
            case "totalBenefits" -> p.totalBenefitsGiven();
            default -> throw new IllegalArgumentException("no money field " + field + " on a pay record");
        };
    }

    /**
     * The salary: {@code salary} or {@code salaryBand}; known only through {@code totalBenefits} (or its band),
     * [0, totalBenefits.hi] (Readings 7.3); null when none of them is given.
     */
    public static MoneyRange salary(PayRecord p, Coverage c) {
        MoneyRange s = money(p, c, "salary");
        if (s != null) return s;
        MoneyRange t = money(p, c, "totalBenefits");
        return t == null ? null : new MoneyRange(BigDecimal.ZERO, t.hi());
    }

    /**
     * Total benefits (Readings 7.3): {@code totalBenefits} (or its band) when given; else the salary plus
     * {@code bonus}, {@code benefitsInKind} and {@code employerPension}, an absent part counting [0, 0] when
     * {@code pay} is complete or the part is documented none, [0, +inf) when {@code pay} is partial. Null when
     * the salary is not given either.
     */
    public static MoneyRange totalBenefits(PayRecord p, Coverage c) {
        MoneyRange t = money(p, c, "totalBenefits");
        if (t != null) return t;
        MoneyRange s = money(p, c, "salary");
        if (s == null) return null;
        for (String f : PARTS) {
            MoneyRange part = money(p, c, f);
            if (part != null) s = s.plus(part);
            else if (!c.complete(Section.PAY) && !c.documentedNone(p.pointer(), f)) s = new MoneyRange(s.lo(), null);
        }
        return s;
    }

    /** The previous salary (a value field: null when absent). */
    public static MoneyRange previousSalary(PayRecord p, Coverage c) { return money(p, c, "previousSalary"); }

    /** A special payment's amount. */
    public static MoneyRange amount(SpecialPayment s, Coverage c) { return c.money(s.pointer(), "amount", s.amount()); }

    /** A special payment's total exit package. */
    public static MoneyRange exitPackage(SpecialPayment s, Coverage c) {
        return c.money(s.pointer(), "totalExitPackage", s.totalExitPackage());
    }

    /** A special payment's date (a day or a month). */
    public static DateSpan date(SpecialPayment s, Coverage c) { return c.date(s.pointer(), "date", s.date()); }

    // ---- atoms -------------------------------------------------------------------------------------------

    /** salary &ge; t. */
    public static Tri salaryAtLeast(PayRecord p, Coverage c, BigDecimal t) { return Intervals.ge(salary(p, c), t); }

    /** salary &gt; t. */
    public static Tri salaryOver(PayRecord p, Coverage c, BigDecimal t) { return Intervals.gt(salary(p, c), t); }

    /** lo &le; salary &lt; hi. */
    public static Tri salaryIn(PayRecord p, Coverage c, BigDecimal lo, BigDecimal hi) {
        MoneyRange s = salary(p, c);
        return Intervals.ge(s, lo).and(Intervals.lt(s, hi));
    }

    /** total benefits &gt; t. */
    public static Tri benefitsOver(PayRecord p, Coverage c, BigDecimal t) { return Intervals.gt(totalBenefits(p, c), t); }

    /** lo &le; total benefits &lt; hi (a website band [from, to)). */
    public static Tri benefitsIn(PayRecord p, Coverage c, BigDecimal lo, BigDecimal hi) {
        MoneyRange t = totalBenefits(p, c);
        return Intervals.ge(t, lo).and(Intervals.lt(t, hi));
    }

    /** salary &gt; previousSalary &times; ratio (a product, never a quotient). */
    public static Tri riseOver(PayRecord p, Coverage c, BigDecimal ratio) {
        return Intervals.gt(salary(p, c), Intervals.times(previousSalary(p, c), ratio));
    }

    /** amount &ge; t (a special payment). */
    public static Tri amountAtLeast(SpecialPayment s, Coverage c, BigDecimal t) { return Intervals.ge(amount(s, c), t); }

    /** amount &gt; t (a special payment). */
    public static Tri amountOver(SpecialPayment s, Coverage c, BigDecimal t) { return Intervals.gt(amount(s, c), t); }

    // ---- Kleene values over items and none-able fields -----------------------------------------------------

    /**
     * "Some item satisfies the condition" over a list whose items satisfy it for sure ({@code certain}) or
     * possibly ({@code possible}), when unlisted items may exist ({@code partial}) (contract 2.3 point 1).
     */
    public static Tri exists(int certain, int possible, boolean partial) {
        if (certain > 0) return Tri.TRUE;
        return possible > 0 || partial ? Tri.UNKNOWN : Tri.FALSE;
    }

    /**
     * "The none-able field is none" (Readings 7.2): FALSE when a value, a month or a band is given; TRUE when
     * it is documented none or the section is complete; otherwise UNKNOWN.
     */
    public static Tri none(Coverage c, Section s, String itemPointer, String field, Object value) {
        if (value != null || c.months().containsKey(itemPointer + "/" + field) || c.bands().containsKey(itemPointer + "/" + field))
            return Tri.FALSE;
        return c.none(s, itemPointer, field, null);
    }

    /** "X not true" (v1 idiom, Readings 7.2): {@code false} TRUE, {@code true} FALSE, absent: {@link #none}. */
    public static Tri notTrue(Boolean value, Coverage c, Section s, String itemPointer, String field) {
        if (value != null) return Tri.of(!value);
        return c.none(s, itemPointer, field, null);
    }

    // ---- executives (Terms 2.2) ----------------------------------------------------------------------------

    /** The role kinds that make their holder an executive (Terms 2.2). */
    public static final List<RoleKind> EXECUTIVE_ROLES =
            List.of(RoleKind.CEO, RoleKind.ACCOUNTING_OFFICER, RoleKind.CFO, RoleKind.KEY_MANAGEMENT);

    /** A pay-record role that makes the record an executive's on every day. */
    public static boolean executiveRole(PayRole r) {
        return r == PayRole.CEO || r == PayRole.ACCOUNTING_OFFICER || r == PayRole.CFO || r == PayRole.EXECUTIVE_HEADTEACHER;
    }

    /**
     * The person of a pay record is an executive on some day of [from, to] (the Executives set of Terms 2.2,
     * "within {@code months} of D" for D in [from, to]): TRUE for an executive pay-record role; else the Kleene
     * "or" of "holds CEO, ACCOUNTING_OFFICER, CFO or KEY_MANAGEMENT on some day of [from - months, to]".
     * {@code person} may be null (a pay record of a person the document does not list).
     */
    public static Tri executive(PayRecord p, Person person, Governance g, Period period, Coverage c, int months,
                                LocalDate from, LocalDate to) {
        if (executiveRole(p.role())) return Tri.TRUE;
        DateSpan a = DateSpan.of(from.minusMonths(months)), b = DateSpan.of(to);
        Tri any = Tri.FALSE;
        for (RoleKind r : EXECUTIVE_ROLES) {
            Tri h = person != null ? Roles.holdsSomeDay(person, r, a, b, g, period, c)
                    : Roles.named(g, p.personId(), r) ? Tri.TRUE
                    : c.complete(Roles.coveringSection(r)) ? Tri.FALSE : Tri.UNKNOWN;
            any = any.or(h);
        }
        return any;
    }

    /** The partial covering sections of the executive role kinds ({@code coverage.governance}, {@code coverage.people}). */
    public static List<String> executiveGaps(Coverage c) {
        List<String> out = new ArrayList<>(2);
        if (c.partial(Section.GOVERNANCE)) out.add("coverage." + Section.GOVERNANCE.key());
        if (c.partial(Section.PEOPLE)) out.add("coverage." + Section.PEOPLE.key());
        if (out.isEmpty()) out.add("/people"); // role dates given as months
        return out;
    }

    // ---- notices (Readings 7.12) ---------------------------------------------------------------------------

    /**
     * The notice is open on D (a day or a month), as {@link org.matrisk.engine.facts.notices.NoticeFunctions#noticeOpenOn}: {@code issuedOn} &le; D and not lifted by D ({@code liftedOn}
     * &gt; D; absent: open with no end when {@code notices} is complete or {@code liftedOn} is documented none,
     * else open through {@code knownUntil} (through {@code issuedOn} when absent) and UNKNOWN after).
     */
    public static Tri openOn(Notice n, DateSpan d, Coverage c) {
        return org.matrisk.engine.facts.notices.NoticeFunctions.noticeOpenOn(n, d, c);
    }

    // ---- Ofsted (Readings 7.11) ----------------------------------------------------------------------------

    /**
     * "The academy's latest grade on D is INADEQUATE" (v1 Terms: the inspection with the greatest date not after
     * D, ties the worst grade, none no grade), over every day a month-dated inspection may have: TRUE if it holds
     * for every assignment, FALSE if for none, else UNKNOWN. With {@code ofsted} partial: UNKNOWN (an unlisted
     * later inspection may exist).
     */
    public static Tri latestGradeInadequate(Academy a, LocalDate d, Coverage c) {
        if (c.partial(Section.OFSTED)) return Tri.UNKNOWN;
        List<DateSpan> days = new ArrayList<>();
        List<OfstedGrade> grades = new ArrayList<>();
        for (OfstedInspection i : a.ofsted()) {
            DateSpan s = c.date(i.pointer(), "date", i.date());
            if (s == null || i.grade() == null) continue;
            days.add(s);
            grades.add(i.grade());
        }
        boolean canBe = false, canBeOther = true;
        // no grade at all: every inspection after D
        for (DateSpan s : days) if (!s.last().isAfter(d)) { canBeOther = false; break; }
        for (int i = 0; i < days.size(); i++) {
            DateSpan si = days.get(i);
            if (si.first().isAfter(d)) continue;
            LocalDate x = si.last().isAfter(d) ? d : si.last(); // i as late as it can be, on or before D
            boolean inadequate = grades.get(i) == OfstedGrade.INADEQUATE;
            boolean fits = true;
            for (int j = 0; j < days.size() && fits; j++) {
                if (j == i) continue;
                DateSpan sj = days.get(j);
                boolean after = sj.last().isAfter(d);
                // j before i (a tie is allowed unless j's INADEQUATE grade would win it), or after D
                boolean before = inadequate || grades.get(j) != OfstedGrade.INADEQUATE
                        ? !sj.first().isAfter(x) : sj.first().isBefore(x);
                fits = before || after;
            }
            if (!fits) continue;
            if (inadequate) canBe = true;
            else canBeOther = true;
        }
        if (!canBe) return Tri.FALSE;
        return canBeOther ? Tri.UNKNOWN : Tri.TRUE;
    }

    // ---- dated parameters over a month (Readings 7.4) -----------------------------------------------------

    /** The parameter on the last day D may be (the one a message cites); null when D is unknown. */
    public static ParamValue paramOn(AssessmentContext ctx, String name, DateSpan d) {
        return d == null ? null : ctx.paramOn(name, d.last());
    }

    /**
     * x &ge; the money parameter in force on D ({@code strict}: x &gt; it), evaluated on every day D may be; a day
     * on which the parameter is not in force makes the atom FALSE for that day.
     */
    public static Tri atLeastParam(AssessmentContext ctx, String name, DateSpan d, MoneyRange x, boolean strict) {
        return Intervals.forEveryDay(d, day -> {
            ParamValue p = ctx.paramOn(name, day);
            if (!p.inForce()) return Tri.FALSE;
            return strict ? Intervals.gt(x, p.money()) : Intervals.ge(x, p.money());
        });
    }

    /** The money parameter is in force on some day D may be (TRUE on every day, FALSE on none, else UNKNOWN). */
    public static Tri inForce(AssessmentContext ctx, String name, DateSpan d) {
        return Intervals.forEveryDay(d, day -> Tri.of(ctx.paramOn(name, day).inForce()));
    }

    // ---- text ----------------------------------------------------------------------------------------------

    /** An amount for evidence and messages: the exact value (a BigDecimal, shown as v1 shows it), else its range in words. */
    public static Object shown(MoneyRange r) {
        if (r == null) return null;
        return r.isExact() ? r.lo() : text(r);
    }

    /** "£120,000.00", "£120,000.00 to £124,999.99" or "£120,000.00 or more". */
    public static String text(MoneyRange r) {
        if (r == null) return "(absent)";
        if (r.isExact()) return Outcome.pounds(r.lo());
        if (r.hi() == null) return Outcome.pounds(r.lo()) + " or more";
        return Outcome.pounds(r.lo()) + " to " + Outcome.pounds(r.hi());
    }

    /** A date for messages: the day (a LocalDate), else the month. */
    public static Object shown(DateSpan d) {
        if (d == null) return null;
        return d.isExact() ? d.first() : d.toString();
    }

    /** "P20 £160,000.00 (/pay/0), …" by salary, in input order, or "none". */
    public static String salaries(Collection<?> records, Coverage c) {
        if (records.isEmpty()) return "none";
        List<String> s = new ArrayList<>();
        for (PayRecord p : PayFunctions.inOrder(records)) s.add(p.personId() + " " + text(salary(p, c)) + " (" + p.pointer() + ")");
        return String.join(", ", s);
    }

    /** "P20 £182,000.00 (/pay/0), …" by total benefits, in input order, or "none". */
    public static String benefits(Collection<?> records, Coverage c) {
        if (records.isEmpty()) return "none";
        List<String> s = new ArrayList<>();
        for (PayRecord p : PayFunctions.inOrder(records)) s.add(p.personId() + " " + text(totalBenefits(p, c)) + " (" + p.pointer() + ")");
        return String.join(", ", s);
    }

    /**
     * What keeps an atom about a pay amount undecided, as absolute pointers for {@code missing}: the banded
     * fields of the record ({@code /pay/0/salaryBand}), a salary known only through total benefits
     * ({@code /pay/0/salary}), and {@code coverage.pay} when an absent part is unbounded.
     */
    public static List<String> payGaps(PayRecord p, Coverage c, boolean salaryOnly) {
        List<String> out = new ArrayList<>();
        String ptr = p.pointer();
        List<String> fields = new ArrayList<>();
        if (salaryOnly || money(p, c, "totalBenefits") == null) {
            fields.add("salary");
            if (!salaryOnly) fields.addAll(List.of(PARTS));
        } else fields.add("totalBenefits");
        for (String f : fields) {
            if (exactOf(p, f) != null) continue;
            if (c.bands().containsKey(ptr + "/" + f)) out.add(ptr + "/" + f + "Band");
            else if (f.equals("salary")) out.add(ptr + "/salary");
            else if (!c.complete(Section.PAY) && !c.documentedNone(ptr, f) && !out.contains("coverage.pay")) out.add("coverage.pay");
        }
        if (out.isEmpty()) out.add(ptr);
        return out;
    }

    /** The record with the highest salary (by its lower end, then its upper end; the first in input order on a tie). */
    public static PayRecord highestSalary(Collection<?> records, Coverage c) {
        PayRecord high = null;
        MoneyRange best = null;
        for (PayRecord p : PayFunctions.inOrder(records)) {
            MoneyRange s = salary(p, c);
            if (s == null) continue;
            if (best == null || s.lo().compareTo(best.lo()) > 0
                    || s.lo().compareTo(best.lo()) == 0 && best.hi() != null && (s.hi() == null || s.hi().compareTo(best.hi()) > 0)) {
                high = p;
                best = s;
            }
        }
        return high;
    }

    /** Strings in JSON Pointer order (for {@code missing}), duplicates dropped. */
    public static List<String> inOrder(Collection<String> pointers) {
        List<String> out = new ArrayList<>();
        for (String s : pointers) if (!out.contains(s)) out.add(s);
        out.sort(PointerOrder.INSTANCE);
        return out;
    }
}
