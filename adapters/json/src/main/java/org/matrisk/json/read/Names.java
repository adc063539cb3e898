package org.matrisk.json.read;

import org.matrisk.model.Enums;

/**
 * The canonical instances of the contract's member names and enum constants.
 *
 * <p>Parsson hands out a new String for every member name and string value, so a {@code switch}
 * on it (or {@code Enum.valueOf}) would hash it afresh every time: about a tenth of the read time.
 * Mapped to the canonical constant first (a cheap probe on length and three characters, then one
 * {@code equals}), the hash is the constant's cached one and the {@code switch}'s {@code equals}
 * is an identity check. Unknown strings come back as they are.
 */
final class Names {
    private Names() {}

    /** Every member name the binder switches on (a test keeps this in step with the binder). */
    static final String[] MEMBERS = {
            "academies", "academyUrn", "accountingOfficer", "amount", "appointments", "approvalRef", "approvedBy",
            "approvedOn", "asOf", "atCost", "auditOpinion", "authorisedBy", "autonomy", "benchmarked", "benefitsInKind",
            "boardApprovedOn", "boardMeetings", "bonus", "capacityAssessedOn", "cash", "centralFinance", "chair",
            "chiefFinancialOfficer", "committees", "companyNumber", "contractId", "contractual", "count",
            "criteriaRecorded", "date", "declaredOn", "deficitFundingAgreed", "deficitRecoveryPlanAgreedOn", "direction",
            "disclosedInAccounts", "disclosedIndividually", "dueDiligence", "employee", "employerPension", "end",
            "executivePayPolicyApprovedOn", "exemption", "finance", "forecast", "from", "fte", "governance", "grade",
            "grantedOn", "growth", "id", "inYearRevenueBalance", "inheritedDeficit", "interests", "internalScrutiny",
            "issuedOn", "joinedOn", "kind", "lastAuditedIncome", "level", "liftedOn", "meetings", "members", "name",
            "nature", "nonEmployeeOfficerApprovalRef", "notices", "novelOrContentious", "ofsted", "participates",
            "parties", "partyId", "pay", "peerReview", "people", "period", "personId", "phase", "previousSalary",
            "professional", "progress", "proposedOn", "provider", "publishedOn", "pupils",
            "registerOfInterestsPublished", "regularityConclusion", "relatedParty", "reportsInPeriod", "returns",
            "revenueReserves", "reviewDue", "reviewedOn", "role", "salary", "schemaVersion", "schemeOfDelegation",
            "sharedCurriculum", "specialPayments", "start", "statutory", "submittedOn", "to", "totalExitPackage",
            "totalExpenditure", "totalIncome", "transactions", "trust", "trustDataReporting", "trustQualityAssurance",
            "trustees", "type", "urn", "websitePayBands", "yearEnd"
    };

    private static final int MASK = 1023;
    private static final String[] TABLE = new String[MASK + 1];

    static {
        for (String m : MEMBERS) add(m);
        for (Class<?> c : Enums.class.getDeclaredClasses()) {
            if (c.isEnum()) for (Object e : c.getEnumConstants()) add(((Enum<?>) e).name());
        }
    }

    private static void add(String s) {
        String constant = s.intern();
        int i = slot(constant);
        while (TABLE[i] != null) {
            if (TABLE[i].equals(constant)) return;
            i = (i + 1) & MASK;
        }
        TABLE[i] = constant;
        constant.hashCode();   // computed once, cached in the constant
    }

    private static int slot(String s) {
        int n = s.length();
        return (n * 97 + s.charAt(0) * 31 + s.charAt(n >> 1) * 7 + s.charAt(n - 1)) & MASK;
    }

    static String canonical(String s) {
        if (s.isEmpty()) return s;
        int i = slot(s);
        String c;
        while ((c = TABLE[i]) != null) {
            if (c.equals(s)) return c;
            i = (i + 1) & MASK;
        }
        return s;
    }
}
