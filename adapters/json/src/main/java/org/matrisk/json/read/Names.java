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
            "academies", "academyUrn", "accountingOfficer", "amount", "amountBand", "appealsMechanism", "appointments",
            "approvalRef", "approvalRequiredAbove", "approvedBy", "approvedOn", "approverPersonId", "asAt", "asOf",
            "atCost", "auditOpinion", "authorisedBy", "autonomy", "awardedOn", "basis", "benchmarked",
            "beneficiaryPersonIds", "benefitsInKind", "benefitsInKindBand", "boardApprovedOn", "boardMeetings", "bonus",
            "bonusBand", "capacityAssessedOn", "cash", "category", "centralFinance", "centralServicesCharges", "centre",
            "chair", "chiefFinancialOfficer", "chosenRank", "claimantPersonId", "committees", "companyNumber",
            "complete", "conditions", "contractId", "contractValue", "contractValueBand", "contractValueExVat",
            "contractual", "count", "coverage", "criteriaRecorded", "dataYearEnd", "date", "declaredOn",
            "deficitFundingAgreed", "deficitRecoveryPlanAgreedOn", "directAwardJustification", "direction",
            "disclosedInAccounts", "disclosedIndividually", "dueDiligence", "dueOn", "employee", "employerPension",
            "employerPensionBand", "end", "executivePayPolicyApprovedOn", "exemption", "expense", "expenses",
            "externalRemuneration", "familyOf", "finance", "forecast", "from", "fte", "fund", "fundedFrom", "gagIncome",
            "gagPooling", "giftLimit", "governance", "grade", "grantedOn", "growth", "headcount",
            "hospitalityPerHeadLimit", "id", "inYearRevenueBalance", "inheritedDeficit", "interests",
            "internalScrutiny", "issuedOn", "joinedOn", "kind", "knownUntil", "lastAuditedIncome", "level", "liftedOn",
            "links", "measure", "meetings", "members", "metOn", "method", "mileageRate", "miles", "minimumQuotes",
            "name", "nature", "nonEmployeeOfficerApprovalRef", "notices", "novelOrContentious", "ofsted", "p95Pay",
            "p95ShareOfGag", "participates", "parties", "partyId", "pay", "payBenchmark", "peerGroup", "peerReview",
            "people", "period", "personId", "phase", "policies", "pools", "previousSalary", "previousSalaryBand",
            "procurement", "professional", "progress", "proposedOn", "propriety", "provider", "publishedOn", "pupils",
            "pupilsFrom", "pupilsTo", "purpose", "quoteThreshold", "quotes", "ratePercent",
            "registerOfInterestsPublished", "regularityConclusion", "relatedParty", "relation", "reportsInPeriod",
            "returns", "revenueReserves", "revenueReservesEnd", "revenueReservesStart", "reviewDue", "reviewedOn",
            "role", "roles", "salary", "salaryBand", "schemaVersion", "schemeOfDelegation", "servicePeriod",
            "sharedCurriculum", "source", "specialPayments", "start", "statutory", "submittedOn", "tenderThreshold",
            "to", "totalBenefits", "totalBenefitsBand", "totalExitPackage", "totalExitPackageBand", "totalExpenditure",
            "totalIncome", "transactions", "transfers", "trust", "trustDataReporting", "trustQualityAssurance",
            "trustees", "type", "urn", "use", "valueForMoneyRecorded", "websitePayBands", "writtenContract",
            "writtenContractThreshold", "yearEnd"
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
