package org.matrisk.model;

/** {@code relatedParty} true marks a party known to be related for another reason (absent = false). */
public record Party(String id, String name, Enums.PartyKind kind, String companyNumber, Enums.Exemption exemption,
                    boolean relatedParty, String pointer) {}
