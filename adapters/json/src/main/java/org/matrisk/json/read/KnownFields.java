package org.matrisk.json.read;

import java.util.Locale;
import java.util.Set;

/**
 * The member names the trust-data contract knows (versions 1 and 2, every object), for the warning on an
 * unknown member: "did you mean ..." names the closest of them. {@code KnownFieldsTest} checks that every
 * name {@link DocumentBinder} recognises is here.
 */
final class KnownFields {
    private KnownFields() {}

    static final Set<String> NAMES = Set.of(
            "academies", "academyUrn", "accountingOfficer", "amount", "amountBand", "appealsMechanism", "appointments",
            "approvalRef", "approvalRequiredAbove", "approvedBy", "approvedOn", "approverPersonId", "asAt", "asOf",
            "atCost", "auditOpinion", "authorisedBy", "autonomy", "awardedOn", "basis", "benchmarked",
            "beneficiaryPersonIds", "benefitsInKind", "benefitsInKindBand", "boardApprovedOn", "boardMeetings", "bonus",
            "bonusBand", "capacityAssessedOn", "cash", "category", "centralFinance", "centralServicesCharges", "centre",
            "chair", "chiefFinancialOfficer", "chosenRank", "claimantPersonId", "committees", "companyNumber", "complete",
            "conditions", "contractId", "contractValue", "contractValueBand", "contractValueExVat", "contractual", "count",
            "coverage", "criteriaRecorded", "dataYearEnd", "date", "declaredOn", "deficitFundingAgreed",
            "deficitRecoveryPlanAgreedOn", "directAwardJustification", "direction", "disclosedInAccounts",
            "disclosedIndividually", "dueDiligence", "dueOn", "employee", "employerPension", "employerPensionBand", "end",
            "executivePayPolicyApprovedOn", "exemption", "expense", "expenses", "externalRemuneration", "familyOf",
            "finance", "forecast", "from", "fte", "fund", "fundedFrom", "gagIncome", "gagPooling", "giftLimit",
            "governance", "grade", "grantedOn", "growth", "headcount", "hospitalityPerHeadLimit", "id",
            "inYearRevenueBalance", "inheritedDeficit", "interests", "internalScrutiny", "issuedOn", "joinedOn", "kind",
            "knownUntil", "lastAuditedIncome", "level", "liftedOn", "links", "measure", "meetings", "members", "metOn",
            "method", "mileageRate", "miles", "minimumQuotes", "name", "nature", "nonEmployeeOfficerApprovalRef", "notices",
            "novelOrContentious", "ofsted", "p95Pay", "p95ShareOfGag", "participates", "parties", "partyId", "pay",
            "payBenchmark", "peerGroup", "peerReview", "people", "period", "personId", "phase", "policies", "pools",
            "previousSalary", "previousSalaryBand", "procurement", "professional", "progress", "proposedOn", "propriety",
            "provider", "publishedOn", "pupils", "pupilsFrom", "pupilsTo", "purpose", "quoteThreshold", "quotes",
            "ratePercent", "registerOfInterestsPublished", "regularityConclusion", "relatedParty", "relation",
            "reportsInPeriod", "returns", "revenueReserves", "revenueReservesEnd", "revenueReservesStart", "reviewDue",
            "reviewedOn", "role", "roles", "salary", "salaryBand", "schemaVersion", "schemeOfDelegation", "servicePeriod",
            "sharedCurriculum", "source", "specialPayments", "start", "statutory", "submittedOn", "tenderThreshold", "to",
            "totalBenefits", "totalBenefitsBand", "totalExitPackage", "totalExitPackageBand", "totalExpenditure",
            "totalIncome", "transactions", "transfers", "trust", "trustDataReporting", "trustQualityAssurance", "trustees",
            "type", "urn", "use", "valueForMoneyRecorded", "websitePayBands", "writtenContract", "writtenContractThreshold",
            "yearEnd");

    /**
     * The known name closest to {@code name}: the same letters in another case, or at most two edits away
     * (one for names of up to five characters); null when none is that close.
     */
    static String closest(String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = name.toLowerCase(Locale.ROOT);
        int limit = name.length() <= 5 ? 1 : 2;
        for (String known : NAMES) {
            int d = known.toLowerCase(Locale.ROOT).equals(lower) ? 0 : distance(lower, known.toLowerCase(Locale.ROOT), limit);
            if (d <= limit && (d < bestDistance || (d == bestDistance && known.compareTo(best) < 0))) {
                best = known;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Optimal string alignment distance (insertions, deletions, substitutions, adjacent transpositions), or more than {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) return limit + 1;
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
