package org.matrisk.engine.facts.v2rules;

import org.matrisk.engine.facts.Tri;
import org.matrisk.engine.facts.relatedparty.RptNetwork;
import org.matrisk.model.Coverage;
import org.matrisk.model.Period;
import org.matrisk.model.Person;

/**
 * "H holds a register-holder role on some day of the period" (catalogue v2 Terms 2.2, Readings 7.15: RPT-10 resolves
 * the register parameters on each day of the period): the Kleene OR over the days of {@link RptNetwork#anchor} for
 * the register holders on that day. Kleene logic only: RPT-10's verdict is in {@code related_party.drl}.
 */
public final class RegisterDays {
    private RegisterDays() {}

    public static Tri holderSomeDay(RptNetwork n, Person h, Period period, Coverage cov) {
        if (n == null || h == null || period == null) return Tri.UNKNOWN;
        return n.anchorSomeDay(RptNetwork.PersonSet.REGISTER, h, period.start(), period.end(), cov);
    }
}
