package org.matrisk.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The sections of a trust-data document whose coverage a version 2 document declares
 * (contract trust-data-v2.md 2.2). {@link #key()} is the name used in {@code coverage}.
 */
public enum Section {
    FINANCE("finance"), RETURNS("returns"), GOVERNANCE("governance"), PEOPLE("people"), INTERESTS("interests"),
    APPOINTMENTS("appointments"), FAMILY("family"), PARTIES("parties"), TRANSACTIONS("transactions"),
    DECLARATIONS("declarations"), PROCUREMENT("procurement"), EXPENSES("expenses"), PAY("pay"), WEBSITE("website"),
    SPECIAL_PAYMENTS("specialPayments"), ACADEMIES("academies"), OFSTED("ofsted"), GROWTH("growth"), NOTICES("notices"),
    TRANSFERS("transfers");

    private static final Map<String, Section> BY_KEY = new HashMap<>();
    static { for (Section s : values()) BY_KEY.put(s.key, s); }

    private final String key;

    Section(String key) { this.key = key; }

    /** The section's name in the document's {@code coverage} object. */
    public String key() { return key; }

    /** The section named {@code key}, or null when there is none. */
    public static Section byKey(String key) { return BY_KEY.get(key); }
}
