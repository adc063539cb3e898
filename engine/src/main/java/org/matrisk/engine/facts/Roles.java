package org.matrisk.engine.facts;

import java.time.LocalDate;
import org.matrisk.model.Coverage;
import org.matrisk.model.DateSpan;
import org.matrisk.model.Enums.RoleKind;
import org.matrisk.model.Governance;
import org.matrisk.model.Period;
import org.matrisk.model.Person;
import org.matrisk.model.Role;
import org.matrisk.model.Section;

/**
 * Dated roles (catalogue v2, Terms 2.1; Readings 7.6) as functions a rule calls. On a version 1 document (no
 * {@code roles}, every section complete) they give v1's undated reading: a person named in a governance list
 * or field holds that role on every day, nobody else does.
 */
public final class Roles {
    private Roles() {}

    /** The covering section of a role kind: {@code governance} for the five governance kinds, else {@code people}. */
    public static Section coveringSection(RoleKind r) { return r.isGovernance() ? Section.GOVERNANCE : Section.PEOPLE; }

    /** P is named in the governance list or field of {@code r} (the holders on {@code period.end}). */
    public static boolean named(Governance g, String personId, RoleKind r) {
        if (g == null || personId == null) return false;
        return switch (r) {
            case MEMBER -> g.members() != null && g.members().contains(personId);
            case TRUSTEE -> g.trustees() != null && g.trustees().contains(personId);
            case CHAIR -> personId.equals(g.chair());
            case ACCOUNTING_OFFICER -> personId.equals(g.accountingOfficer());
            case CFO -> personId.equals(g.chiefFinancialOfficer());
            default -> false;
        };
    }

    /** P holds R on day D (D may be a month): Terms 2.1. */
    public static Tri holdsOn(Person p, RoleKind r, DateSpan d, Governance g, Period period, Coverage c) {
        return holdsSomeDay(p, r, d, d, g, period, c);
    }

    public static Tri holdsOn(Person p, RoleKind r, LocalDate d, Governance g, Period period, Coverage c) {
        return holdsOn(p, r, DateSpan.of(d), g, period, c);
    }

    /** P holds R within {@code months} calendar months of D: on some day of [D - months, D] (Terms 2.1, Readings 7.6). */
    public static Tri holdsWithin(Person p, RoleKind r, DateSpan d, int months, Governance g, Period period, Coverage c) {
        return holdsSomeDay(p, r, Intervals.plusMonths(d, -months), d, g, period, c);
    }

    /** P holds R on some day of the period. */
    public static Tri holdsInPeriod(Person p, RoleKind r, Governance g, Period period, Coverage c) {
        return holdsSomeDay(p, r, DateSpan.of(period.start()), DateSpan.of(period.end()), g, period, c);
    }

    /**
     * P holds R on some day of [a, b] (each end may be a month). TRUE when P is named in the governance list of R
     * with no entries of R (every day), or when [a, b] is named on {@code period.end}'s side of a listed holder,
     * or when an entry's known span meets [a, b] for sure; FALSE when the covering section is complete and no
     * entry can meet it; otherwise UNKNOWN.
     */
    public static Tri holdsSomeDay(Person p, RoleKind r, DateSpan a, DateSpan b, Governance g, Period period, Coverage c) {
        if (p == null || a == null || b == null) return Tri.UNKNOWN;
        boolean named = named(g, p.id(), r);
        boolean hasEntries = false;
        Tri any = Tri.FALSE;
        for (Role e : p.roles()) {
            if (e.role() != r) continue;
            hasEntries = true;
            any = any.or(meets(e, a, b, c));
            if (any == Tri.TRUE) return Tri.TRUE;
        }
        if (named && !hasEntries) return Tri.TRUE;
        if (named && Intervals.onOrBefore(a, period.end()).and(Intervals.onOrAfter(b, period.end())) == Tri.TRUE) return Tri.TRUE;
        if (any == Tri.UNKNOWN) return Tri.UNKNOWN;
        return c.complete(coveringSection(r)) ? Tri.FALSE : Tri.UNKNOWN;
    }

    /** The entry's known span [from, end] meets [a, b]: from &le; b and end &ge; a. */
    static Tri meets(Role e, DateSpan a, DateSpan b, Coverage c) {
        DateSpan from = c.date(e.pointer(), "from", e.from());
        Tri starts = Intervals.onOrBefore(from, b);
        DateSpan to = c.date(e.pointer(), "to", e.to());
        if (to == null) {
            if (c.complete(coveringSection(e.role()))) return starts; // held with no end
            DateSpan known = c.date(e.pointer(), "knownUntil", e.knownUntil());
            to = known != null ? known : from; // known through knownUntil, or through its first day only
        }
        return starts.and(Intervals.onOrBefore(a, to));
    }
}
