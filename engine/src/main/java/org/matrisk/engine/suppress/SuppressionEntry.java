package org.matrisk.engine.suppress;

import java.time.LocalDate;
import org.matrisk.assessment.Suppression;

/**
 * One entry of a suppressions file: an auditor's acceptance of the findings of {@code ruleId} for
 * trust {@code trustId} (all of them when {@code pointer} is null, else the one whose first evidence
 * pointer is {@code pointer}), with a justification, who accepted it and until when.
 *
 * @param source where the entry was read, for messages: {@code "suppressions.json"}
 * @param index its position in the file's {@code suppressions} array
 */
public record SuppressionEntry(
        String ruleId,
        String trustId,
        String pointer,
        String justification,
        String by,
        LocalDate expires,
        String source,
        int index) {

    /** {@code suppressions.json: /suppressions/2}: where to look in the file. */
    public String where() {
        return source + ": /suppressions/" + index;
    }

    /** In force for an assessment as of {@code asOf}: expires on or after that day. */
    public boolean inForceOn(LocalDate asOf) {
        return !expires.isBefore(asOf);
    }

    /** {@code RPT-04 at /transactions/1} or {@code RPT-04} when the entry covers every finding of the rule. */
    public String target() {
        return pointer == null ? ruleId : ruleId + " at " + (pointer.isEmpty() ? "\"\" (the document)" : pointer);
    }

    public Suppression suppression() {
        return new Suppression(justification, by, expires);
    }
}
