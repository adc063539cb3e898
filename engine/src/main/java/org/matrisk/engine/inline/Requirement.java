package org.matrisk.engine.inline;

import java.util.List;
import org.matrisk.assessment.Reference;
import org.matrisk.assessment.Severity;
import org.matrisk.engine.params.ParamValue;

/**
 * Something the handbook requires of a proposed payment, named by the rule that will report it if it
 * is not met.
 *
 * @param ruleId     the rule of the pack ({@code RPT-01}, {@code RPT-02}, {@code RPT-03}, {@code RPT-04},
 *                   {@code RPT-05}, {@code NTI-03}, {@code PAY-05})
 * @param severity   the rule's severity
 * @param title      the rule's title, from the pack's catalogue
 * @param reference  the rule's reference (source, edition, paragraph, url), from the pack's catalogue
 * @param met        whether the payment as proposed already meets it (declared in time, approval
 *                   reference given, supplier's at-cost assurance given); an unmet requirement is a
 *                   finding the full assessment will report
 * @param detail     why it applies, with the amounts and the dated thresholds in force
 * @param parameters the dated parameters it relied on, each with its effective date and source
 */
public record Requirement(String ruleId, Severity severity, String title, Reference reference, boolean met, String detail,
                          List<ParamValue> parameters) {
    public Requirement {
        parameters = List.copyOf(parameters);
    }
}
