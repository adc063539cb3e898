package org.matrisk.engine.inline;

import java.util.List;
import org.matrisk.assessment.Evidence;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.ParameterUse;
import org.matrisk.assessment.Reference;
import org.matrisk.assessment.Severity;

/**
 * One finding the full assessment would report for the proposed transaction, with what it asks of the
 * payer. The finding is the assessment's own (rule id, severity, title, message, reference, evidence and
 * the dated parameters relied on); {@code kind} comes from the rule's {@code @requirement} metadata in
 * the pack.
 */
public record Requirement(Kind kind, Finding finding) {

    /**
     * What a finding asks before the payment goes out: declare it to the funding body, seek approval,
     * obtain the supplier's at-cost assurance, or do not pay as proposed. A rule that does not say
     * ({@code @requirement} absent) asks for approval: a payment with an unmet finding needs sign-off.
     */
    public enum Kind { DECLARE, APPROVE, AT_COST, BLOCKED }

    public String ruleId() { return finding.ruleId(); }
    public Severity severity() { return finding.severity(); }
    public String title() { return finding.title(); }
    public String message() { return finding.message(); }
    public Reference reference() { return finding.reference(); }
    public List<ParameterUse> parameters() { return finding.parameters(); }
    public List<Evidence> evidence() { return finding.evidence(); }
}
