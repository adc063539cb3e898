package org.matrisk.model;

import java.util.List;

/** {@code members} is never null (absent = empty). A committee's chair sits on it. */
public record Committee(Enums.CommitteeKind kind, String chair, List<String> members, Integer meetings, String pointer) {
    public boolean isAuditCommittee() {
        return kind == Enums.CommitteeKind.AUDIT_AND_RISK || kind == Enums.CommitteeKind.FINANCE_AND_AUDIT;
    }

    public boolean sitsOn(String personId) {
        return personId != null && (personId.equals(chair) || members.contains(personId));
    }
}
