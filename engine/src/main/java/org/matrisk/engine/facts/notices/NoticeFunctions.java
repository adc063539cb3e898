package org.matrisk.engine.facts.notices;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.ArrayList;
import org.matrisk.engine.PointerOrder;
import org.matrisk.engine.facts.Intervals;
import org.matrisk.engine.facts.Outcome;
import org.matrisk.engine.facts.Tri;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.model.Coverage;
import org.matrisk.model.DateSpan;
import org.matrisk.model.Notice;
import org.matrisk.model.Section;

/**
 * Message and evidence helpers of the NOTICES area, called from {@code notices.drl} through
 * {@code import function}. They order and format what the rules have already selected; the
 * verdicts (open notices, cash positions, late returns, NTI-10's grounds) are DRL rules and
 * declared types.
 */
public final class NoticeFunctions {
    private NoticeFunctions() {}

    /** Notices (a collection of {@link Notice}) in document order. */
    public static List<Notice> noticesInOrder(Collection<?> notices) {
        return notices.stream().map(Notice.class::cast)
                .sorted(Comparator.comparing(Notice::pointer, PointerOrder.INSTANCE)).toList();
    }

    /**
     * "trust notice N1 (NOTICE_TO_IMPROVE, issued on 2024-11-04) was", or with several
     * "trust notices N1 (…), N2 (…) were" (NTI-03's message).
     */
    public static String wereOpen(List<Notice> notices) {
        String list = notices.stream().map(n -> n.id() + " (" + n.kind() + ", issued on " + n.issuedOn() + ")")
                .collect(Collectors.joining(", "));
        return notices.size() == 1 ? "trust notice " + list + " was" : "trust notices " + list + " were";
    }

    /**
     * The absent data of an UNKNOWN outcome that relies on other rules' UNKNOWN outcomes (NTI-10), as
     * absolute pointers in document order: {@code /notices} when {@code noticesAbsent}, and what each
     * of {@code unknownOutcomes} ({@code Outcome}s) lacks, made absolute against its subject.
     */
    public static String[] missingPointers(boolean noticesAbsent, Collection<?> unknownOutcomes) {
        TreeSet<String> pointers = new TreeSet<>(PointerOrder.INSTANCE);
        if (noticesAbsent) pointers.add("/notices");
        for (Object o : unknownOutcomes) {
            Outcome u = (Outcome) o;
            for (String field : u.missing()) pointers.add(field.startsWith("/") ? field : u.subject() + "/" + field);
        }
        return pointers.toArray(new String[0]);
    }

    // ---- catalogue v2: notices open on a day (contract 5.3, 5.9; catalogue v2 Readings 7.12) -----------------

    /** The notice's issue date as a span (a month when given as one). */
    public static DateSpan issued(Notice n, Coverage c) {
        return c.date(n.pointer(), "issuedOn", n.issuedOn());
    }

    /** Kleene "issuedOn &le; D" (D may be a month: TRUE when it holds for every day of both). */
    public static Tri issuedBy(Notice n, DateSpan d, Coverage c) {
        return Intervals.onOrBefore(issued(n, c), d);
    }

    /**
     * Kleene "not lifted by D": {@code liftedOn} &gt; D when given; with {@code liftedOn} absent, TRUE (open with
     * no end) when {@code notices} is complete or {@code liftedOn} is a documented null (2.4a), otherwise TRUE for
     * every D through {@code knownUntil} (through {@code issuedOn} itself when it is absent) and UNKNOWN after.
     */
    public static Tri notLiftedBy(Notice n, DateSpan d, Coverage c) {
        if (d == null) return Tri.UNKNOWN;
        DateSpan lifted = c.date(n.pointer(), "liftedOn", n.liftedOn());
        if (lifted != null) return Intervals.before(d, lifted);
        if (c.none(Section.NOTICES, n.pointer(), "liftedOn", null) == Tri.TRUE) return Tri.TRUE;
        DateSpan known = c.date(n.pointer(), "knownUntil", n.knownUntil());
        if (known == null) known = issued(n, c);
        return Intervals.onOrBefore(d, known) == Tri.TRUE ? Tri.TRUE : Tri.UNKNOWN;
    }

    /** Kleene "the notice is open on D" (7.12): issuedOn &le; D and not lifted by D. On a version 1 document: {@link Notice#openOn}. */
    public static Tri noticeOpenOn(Notice n, DateSpan d, Coverage c) {
        return issuedBy(n, d, c).and(notLiftedBy(n, d, c));
    }

    /** The field that leaves {@link #noticeOpenOn} UNKNOWN ({@code issuedOn} or {@code liftedOn}), or null when it is decided. */
    public static String openUndecidedBy(Notice n, DateSpan d, Coverage c) {
        if (noticeOpenOn(n, d, c) != Tri.UNKNOWN) return null;
        return issuedBy(n, d, c) == Tri.UNKNOWN ? "issuedOn" : "liftedOn";
    }

    /** Kleene "or" of the openness of the listed notices, and UNKNOWN for unlisted ones when {@code partial}. */
    public static Tri anyOpen(Collection<?> opens, boolean partial) {
        Tri t = partial ? Tri.UNKNOWN : Tri.FALSE;
        for (Object o : opens) t = t.or((Tri) o);
        return t;
    }

    /**
     * NTI-04's publication deadline: issuedOn + the days in force on the issue day. For an issue month, the days
     * resolved on its first and its last day (a parameter changing inside the month widens the span).
     */
    public static DateSpan publicationDue(DateSpan issued, ParamValue onFirst, ParamValue onLast) {
        return new DateSpan(issued.first().plusDays(onFirst.days()), issued.last().plusDays(onLast.days()));
    }

    /**
     * Kleene "not published by {@code due}": {@code publishedOn} absent read per section {@code website} (contract 2.3,
     * 2.4a: none when complete or a documented null, UNKNOWN otherwise), or {@code publishedOn} after {@code due}.
     */
    public static Tri notPublishedBy(Notice n, DateSpan due, Coverage c) {
        DateSpan published = c.date(n.pointer(), "publishedOn", n.publishedOn());
        return c.none(Section.WEBSITE, n.pointer(), "publishedOn", published).or(Intervals.before(due, published));
    }

    /** The notice's {@code publishedOn} as a span, or null when absent (messages and evidence). */
    public static DateSpan published(Notice n, Coverage c) {
        return c.date(n.pointer(), "publishedOn", n.publishedOn());
    }

    /**
     * The data an UNKNOWN outcome lacks: {@code own} (fields of the subject, nulls skipped) first, then what each
     * of {@code unknownOutcomes} lacks, as absolute pointers in document order, then coverage gaps
     * ({@code coverage.<section>}) as they come.
     */
    public static String[] missingWith(Collection<String> own, Collection<?> unknownOutcomes) {
        List<String> out = new ArrayList<>();
        for (String f : own) if (f != null && !out.contains(f)) out.add(f);
        TreeSet<String> pointers = new TreeSet<>(PointerOrder.INSTANCE);
        List<String> gaps = new ArrayList<>();
        for (Object o : unknownOutcomes) {
            Outcome u = (Outcome) o;
            for (String field : u.missing()) {
                if (field.startsWith("coverage.")) { if (!gaps.contains(field)) gaps.add(field); }
                else pointers.add(field.startsWith("/") ? field : u.subject() + "/" + field);
            }
        }
        for (String p : pointers) if (!out.contains(p)) out.add(p);
        for (String g : gaps) if (!out.contains(g)) out.add(g);
        return out.toArray(new String[0]);
    }
}
