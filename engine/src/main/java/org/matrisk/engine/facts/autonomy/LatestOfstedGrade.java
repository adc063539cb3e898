package org.matrisk.engine.facts.autonomy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.matrisk.engine.facts.Intervals;
import org.matrisk.engine.facts.Tri;
import org.matrisk.model.Academy;
import org.matrisk.model.Coverage;
import org.matrisk.model.DateSpan;
import org.matrisk.model.Enums.OfstedGrade;
import org.matrisk.model.OfstedInspection;
import org.matrisk.model.Section;

/**
 * "The latest Ofsted grade of an academy on day D" (catalogue v1 Terms) read with months and partial
 * coverage (catalogue v2 Readings 7.11), for any rule that asks about it (AUT-03, GRW-09, PAY-06).
 * Self-contained: it reads only the academy, the day and the document's {@link Coverage}.
 *
 * <ul>
 * <li>v1 Terms: the grade of the inspection with the greatest date not after D; several on that date: the
 *     worst; none on or before D: no grade (which is neither below GOOD nor any grade).</li>
 * <li>{@code ofsted} complete: every assignment of a day within its month to each month-dated inspection is
 *     tried (through the days that can be the latest one, which covers each possible order of inspections whose
 *     months overlap and each side of D); an atom about the grade is TRUE if it holds for every assignment,
 *     FALSE if for none, otherwise UNKNOWN.</li>
 * <li>{@code ofsted} partial (a version 2 document): an unlisted later inspection may exist, so every atom is
 *     UNKNOWN.</li>
 * </ul>
 * On a version 1 document (every date exact, every section complete) this is exactly
 * {@link Academy#latestGradeOn}. These functions compute a Kleene value; the verdict is the calling rule's.
 */
public final class LatestOfstedGrade {
    private LatestOfstedGrade() {}

    /** The latest grade on {@code day} is REQUIRES_IMPROVEMENT or INADEQUATE (below GOOD). */
    public static Tri belowGood(Academy a, LocalDate day, Coverage c) {
        return is(a, day, c, g -> g != null && g.belowGood());
    }

    /** Below GOOD on every day {@code day} may be (a month: each of its days, Readings 7.4). */
    public static Tri belowGood(Academy a, DateSpan day, Coverage c) {
        return Intervals.forEveryDay(day, d -> belowGood(a, d, c));
    }

    /** The latest grade on {@code day} is INADEQUATE (PAY-06). */
    public static Tri inadequate(Academy a, LocalDate day, Coverage c) {
        return is(a, day, c, g -> g == OfstedGrade.INADEQUATE);
    }

    /**
     * The atom "{@code test} holds of the latest grade on {@code day}" ({@code test} receives null for "no grade").
     * UNKNOWN when {@code ofsted} is partial, or when the month-dated inspections allow both answers.
     */
    public static Tri is(Academy a, LocalDate day, Coverage c, Predicate<OfstedGrade> test) {
        if (a == null || day == null) return Tri.UNKNOWN;
        if (c.partial(Section.OFSTED)) return Tri.UNKNOWN;
        boolean some = false, all = true;
        for (OfstedGrade g : possible(a, day, c)) {
            if (test.test(g)) some = true; else all = false;
        }
        return all ? Tri.TRUE : some ? Tri.UNKNOWN : Tri.FALSE;
    }

    /**
     * Every grade that can be the latest on {@code day} over the assignments of days to month-dated inspections
     * ({@code null} in the set: no grade), ignoring coverage. With exact dates: one element.
     */
    public static Set<OfstedGrade> possible(Academy a, LocalDate day, Coverage c) {
        Set<OfstedGrade> out = new LinkedHashSet<>();
        for (int[] o : outcomes(a, day, c)) out.add(o[0] < 0 ? null : a.ofsted().get(o[0]).grade());
        return out;
    }

    /**
     * The possible outcomes, each as {index of the inspection giving the grade} ({@code -1}: no grade): the
     * worst of the inspections sharing the latest day, the first in document order on a tie of grades.
     */
    private static List<int[]> outcomes(Academy a, LocalDate day, Coverage c) {
        List<DateSpan> spans = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        List<OfstedInspection> list = a.ofsted();
        for (int i = 0; i < list.size(); i++) {
            OfstedInspection o = list.get(i);
            DateSpan s = c.date(a.pointer() + "/ofsted/" + i, "date", o.date());
            if (s == null || o.grade() == null) continue; // no date: not an inspection on or before any day (as v1)
            spans.add(s);
            index.add(i);
        }
        List<int[]> out = new ArrayList<>();
        Set<Integer> seen = new java.util.HashSet<>();
        int n = spans.size();
        // no grade: every inspection can fall after the day
        boolean noneFeasible = true;
        for (DateSpan s : spans) if (!s.last().isAfter(day)) { noneFeasible = false; break; }
        if (noneFeasible) { out.add(new int[] {-1}); seen.add(-1); }
        // x: the day of the latest inspection(s) on or before the day
        Set<LocalDate> tried = new java.util.HashSet<>();
        for (DateSpan s : spans) {
            for (LocalDate x = s.first(); !x.isAfter(s.last()) && !x.isAfter(day); x = x.plusDays(1)) {
                if (!tried.add(x)) continue;
                int forced = -1;
                boolean feasible = true;
                List<Integer> optional = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    DateSpan sj = spans.get(j);
                    boolean elsewhere = sj.first().isBefore(x) || sj.last().isAfter(day); // before x, or after the day
                    boolean contains = !sj.first().isAfter(x) && !sj.last().isBefore(x);
                    if (contains && !elsewhere) forced = worst(list, forced, index.get(j));
                    else if (contains) optional.add(index.get(j));
                    else if (!elsewhere) { feasible = false; break; }
                }
                if (!feasible) continue;
                if (forced >= 0 && seen.add(forced)) out.add(new int[] {forced});
                for (int q : optional) {
                    int w = worst(list, forced, q);
                    if (seen.add(w)) out.add(new int[] {w});
                }
            }
        }
        return out;
    }

    /**
     * Index in {@code ofsted[]} of the inspection giving the latest grade on {@code day} when it is the same one
     * for every assignment (with exact dates: the first inspection of the latest date with the worst grade, as in
     * v1); -1 otherwise.
     */
    public static int inspection(Academy a, LocalDate day, Coverage c) {
        List<int[]> o = outcomes(a, day, c);
        return o.size() == 1 ? o.get(0)[0] : -1;
    }

    /** The grades that can be latest, as written in messages ("REQUIRES_IMPROVEMENT or INADEQUATE"). */
    public static String describe(Academy a, LocalDate day, Coverage c) {
        List<String> out = new ArrayList<>();
        for (OfstedGrade g : OfstedGrade.values()) if (possible(a, day, c).contains(g)) out.add(g.name());
        return String.join(" or ", out);
    }

    /** The grades that can be latest on some day of {@code day} (a day or a month), as written in messages. */
    public static String describe(Academy a, DateSpan day, Coverage c) {
        Set<OfstedGrade> all = new LinkedHashSet<>();
        if (day != null) for (LocalDate d = day.first(); !d.isAfter(day.last()); d = d.plusDays(1)) all.addAll(possible(a, d, c));
        List<String> out = new ArrayList<>();
        for (OfstedGrade g : OfstedGrade.values()) if (all.contains(g)) out.add(g.name());
        return String.join(" or ", out);
    }

    /** The worse of inspections i and j (indices; -1: none), the earlier in document order on equal grades. */
    private static int worst(List<OfstedInspection> list, int i, int j) {
        if (i < 0) return j;
        if (j < 0) return i;
        OfstedGrade gi = list.get(i).grade(), gj = list.get(j).grade();
        if (gj.worseThan(gi)) return j;
        if (gi.worseThan(gj)) return i;
        return Math.min(i, j);
    }
}
