package org.matrisk.engine.facts.governance;

import java.util.List;
import org.matrisk.engine.params.ParameterSet;
import org.matrisk.model.Governance;
import org.matrisk.model.TrustDocument;

/** Derived facts of this area computed in Java before the rules run (see rules/README.md). */
public final class GovernanceFacts {
    private GovernanceFacts() {}

    public static List<Object> derive(TrustDocument doc, ParameterSet params) {
        Governance g = doc.governance();
        List<String> alsoTrustees = g.members().stream().filter(g.trustees()::contains).distinct().toList();
        return List.of(new MemberTrustees(g.memberCount(), alsoTrustees));
    }

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
