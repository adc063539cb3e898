package org.matrisk.model;

import java.time.LocalDate;
import java.util.List;

/** {@code committees} is null when absent (UNKNOWN); {@code internalScrutiny}/{@code schemeOfDelegation} null = none. */
public record Governance(
        List<String> members,
        List<String> trustees,
        String chair,
        String accountingOfficer,
        String chiefFinancialOfficer,
        Integer boardMeetings,
        List<Committee> committees,
        InternalScrutiny internalScrutiny,
        SchemeOfDelegation schemeOfDelegation,
        LocalDate executivePayPolicyApprovedOn,
        Boolean registerOfInterestsPublished,
        String nonEmployeeOfficerApprovalRef) {
    public static final String POINTER = "/governance";

    public int memberCount() { return members.size(); }

    /** Members who are also trustees. */
    public long membersWhoAreTrustees() { return members.stream().filter(trustees::contains).count(); }

    public boolean isInsider(String personId) {
        return personId != null && (members.contains(personId) || trustees.contains(personId) || personId.equals(chair)
                || personId.equals(accountingOfficer) || personId.equals(chiefFinancialOfficer));
    }
}
