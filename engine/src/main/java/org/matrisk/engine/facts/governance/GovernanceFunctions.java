package org.matrisk.engine.facts.governance;

import java.time.LocalDate;
import org.matrisk.engine.facts.Tri;
import org.matrisk.model.Coverage;
import org.matrisk.model.Governance;
import org.matrisk.model.Section;

/**
 * Message helpers of the GOVERNANCE area, called from {@code governance.drl} through
 * {@code import function}. Wording only; the derived facts ({@code TrustIncome},
 * {@code MemberTrustees}) are DRL declared types.
 */
public final class GovernanceFunctions {
    private GovernanceFunctions() {}

    /** How the person is an officer of the trust: "accounting officer", "CFO", or both (GOV-17 messages). */
    public static String officerRole(Governance g, String personId) {
        boolean ao = personId.equals(g.accountingOfficer());
        boolean cfo = personId.equals(g.chiefFinancialOfficer());
        return ao && cfo ? "accounting officer and CFO" : ao ? "accounting officer" : cfo ? "CFO" : "officer";
    }

    /** "academy 140002" for an academy notice, "the trust" otherwise (GOV-21/22/23 messages). */
    public static String noticeSubject(String academyUrn) {
        return academyUrn == null ? "the trust" : "academy " + academyUrn;
    }

    // ---- catalogue v2 -------------------------------------------------------------------------------------------

    /**
     * Kleene "X not true" (catalogue v2 Readings 7.2): TRUE for {@code false}, FALSE for {@code true}, and for an
     * absent value the none-able reading of the field ({@link Coverage#none}: TRUE when the section is complete or
     * the field is a documented null, else UNKNOWN).
     */
    public static Tri notTrue(Boolean value, Coverage c, Section s, String itemPointer, String field) {
        if (value != null) return Tri.of(!value);
        return c.none(s, itemPointer, field, null);
    }

    /** The later of two days (a null one is ignored). */
    public static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }

    /** "2" when the bounds agree, "between 2 and 4", or "at least 2" (unbounded): a count read over a partial or dated list. */
    public static String countText(int certain, int possible) {
        if (possible == certain) return String.valueOf(certain);
        return possible < 0 ? "at least " + certain : "between " + certain + " and " + possible;
    }
}
