package org.matrisk.reports;

/**
 * The words of the reports for other renderers (the command line's table): rule messages, evidence values and
 * field names as a person reads them, the same way as in the HTML report. Rendering only: the assessment keeps
 * what the rule pack wrote.
 */
public final class Words {
    private Words() {}

    /** A rule's message in words ({@link Text#prose}): dates, enum values and field names. */
    public static String message(String message) { return Text.prose(message); }

    /** A field name or enum value in words: {@code approvalRef} is "approval reference". */
    public static String words(String identifier) { return Text.words(identifier); }

    /** An area as a heading: {@code RELATED_PARTY} is "Related-party transactions". */
    public static String area(org.matrisk.assessment.Area a) { return Text.areaLabel(a); }

    /** A date as a person writes it: 1 March 2024. */
    public static String date(java.time.LocalDate d) { return Text.longDate(d); }
}
