package org.matrisk.model;

import java.util.List;

/**
 * {@code relatedParty} true marks a party known to be related for another reason (absent = false);
 * {@code assertedUnrelated}: {@code relatedParty: false} given in a version 2 document (contract v2 2.5).
 * {@code personId} and {@code links} (never null) exist in version 2 documents only.
 */
public record Party(String id, String name, Enums.PartyKind kind, String companyNumber, Enums.Exemption exemption,
                    boolean relatedParty, boolean assertedUnrelated, String personId, List<PartyLink> links, String pointer) {
    /** A version 1 party. */
    public Party(String id, String name, Enums.PartyKind kind, String companyNumber, Enums.Exemption exemption,
                 boolean relatedParty, String pointer) {
        this(id, name, kind, companyNumber, exemption, relatedParty, false, null, List.of(), pointer);
    }
}
