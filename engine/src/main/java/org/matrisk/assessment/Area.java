package org.matrisk.assessment;

import java.util.List;

/**
 * The areas, in the order the assessment lists them. Catalogue v1 (format version "1") lists the first
 * six; catalogue v2 (format version "2") adds {@link #PROCUREMENT_AND_PROPRIETY}, listed last
 * (rule-catalogue-v2.md sections 1 and 5).
 */
public enum Area {
    NOTICES, RELATED_PARTY, REMUNERATION, GROWTH, AUTONOMY, GOVERNANCE, PROCUREMENT_AND_PROPRIETY;

    private static final List<Area> V1 = List.of(NOTICES, RELATED_PARTY, REMUNERATION, GROWTH, AUTONOMY, GOVERNANCE);
    private static final List<Area> V2 = List.of(values());

    /** The areas an assessment with catalogue {@code catalogue} (1 or 2) lists, in order: six for 1, seven for 2 and later. */
    public static List<Area> of(int catalogue) {
        return catalogue >= 2 ? V2 : V1;
    }

    /** The six areas of catalogue v1, in order. */
    public static List<Area> v1() { return V1; }
}
