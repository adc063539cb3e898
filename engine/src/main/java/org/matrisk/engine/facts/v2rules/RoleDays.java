package org.matrisk.engine.facts.v2rules;

import java.time.LocalDate;
import java.util.List;
import org.matrisk.engine.facts.Roles;
import org.matrisk.engine.facts.Tri;
import org.matrisk.model.Coverage;
import org.matrisk.model.DateSpan;
import org.matrisk.model.Enums.RoleKind;
import org.matrisk.model.Governance;
import org.matrisk.model.Period;
import org.matrisk.model.Person;

/**
 * Two roles held on one and the same day (catalogue v2 Readings 7.6, GOV-24), as a Kleene value over the days of
 * the period: for each day D, "P holds A on D" AND (OR over the others "P holds B on D") (Terms 2.1, {@link Roles});
 * the value is the Kleene OR over the days. Data access and Kleene logic only: GOV-24's verdict is in
 * {@code governance.drl}.
 */
public final class RoleDays {
    private RoleDays() {}

    /** The value, the first day it is TRUE (or UNKNOWN when never TRUE), and the other role found that day. */
    public record SameDay(Tri value, LocalDate day, RoleKind other) {}

    public static SameDay sameDay(Person p, RoleKind a, List<RoleKind> others, Governance g, Period period, Coverage c) {
        if (p == null || period == null || period.start() == null || period.end() == null) return new SameDay(Tri.UNKNOWN, null, null);
        // quick exits: A never held in the period, or none of the others
        if (Roles.holdsInPeriod(p, a, g, period, c) == Tri.FALSE) return new SameDay(Tri.FALSE, null, null);
        Tri anyOther = Tri.FALSE;
        for (RoleKind b : others) anyOther = anyOther.or(Roles.holdsInPeriod(p, b, g, period, c));
        if (anyOther == Tri.FALSE) return new SameDay(Tri.FALSE, null, null);
        Tri acc = Tri.FALSE;
        LocalDate firstUnknown = null;
        RoleKind unknownOther = null;
        for (LocalDate d = period.start(); !d.isAfter(period.end()); d = d.plusDays(1)) {
            DateSpan day = DateSpan.of(d);
            Tri ha = Roles.holdsOn(p, a, day, g, period, c);
            if (ha == Tri.FALSE) continue;
            for (RoleKind b : others) {
                Tri v = ha.and(Roles.holdsOn(p, b, day, g, period, c));
                if (v == Tri.TRUE) return new SameDay(Tri.TRUE, d, b);
                if (v == Tri.UNKNOWN && firstUnknown == null) { firstUnknown = d; unknownOther = b; }
                acc = acc.or(v);
            }
        }
        return new SameDay(acc, firstUnknown, unknownOther);
    }
}
