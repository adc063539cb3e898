package org.matrisk.engine.facts.governance;

import org.matrisk.model.Governance;

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
}
