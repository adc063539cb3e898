package org.matrisk.engine.facts.relatedparty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.matrisk.engine.facts.Outcome;
import org.matrisk.engine.facts.Tri;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.engine.params.ParameterSet;

/**
 * Derived, once per RPT candidate: whether it requires prior approval ({@link ApprovalRegime}), in
 * three-valued logic. {@code required} is TRUE when the certain totals already cross the threshold,
 * UNKNOWN when only the possible totals do (some direction-absent transactions may be payments), FALSE
 * otherwise. {@code decision} is the decision shown (on the certain totals when TRUE, else on the
 * possible ones); {@code uncertain} names the direction-absent transactions that could tip it.
 */
public record RptApproval(RptCandidate candidate, Tri required, ApprovalRegime.Decision decision, List<String> uncertain) {

    public static RptApproval of(ParameterSet params, RptCandidate c) {
        ApprovalRegime.Decision certain = ApprovalRegime.decide(params, c.rpt());
        if (certain.required()) return new RptApproval(c, Tri.TRUE, certain, List.of());
        List<String> tipping = switch (certain.regime()) {
            case NONE -> List.of();
            case CUMULATIVE_PER_PARTY -> c.uncertainRunning();
            case PER_CONTRACT -> certain.exempt() ? List.of() : c.uncertainContract();
        };
        if (tipping.isEmpty()) return new RptApproval(c, Tri.FALSE, certain, List.of());
        ApprovalRegime.Decision possible = ApprovalRegime.decide(params, c.possible());
        return possible.required() ? new RptApproval(c, Tri.UNKNOWN, possible, tipping) : new RptApproval(c, Tri.FALSE, certain, List.of());
    }

    public Tri payment() { return candidate.payment(); }
    public String pointer() { return candidate.pointer(); }
    public String id() { return candidate.id(); }
    public String partyId() { return candidate.partyId(); }
    public LocalDate date() { return candidate.date(); }
    public BigDecimal amount() { return candidate.amount(); }
    public String approvalRef() { return candidate.approvalRef(); }
    public ApprovalRegime.Regime regime() { return decision.regime(); }
    public List<ParamValue> parameters() { return decision.parameters(); }

    /** {@code contract} or {@code cumulative}: the kind of threshold crossed. */
    public String thresholdKind() { return decision.regime().label(); }

    /**
     * What crossed the threshold, inserted after the payment's date in RPT-02's message: nothing for
     * a payment without contract (the payment itself), the contract's total, or the party's running total.
     */
    public String measure() {
        if (decision.measured() == null) return "";
        return switch (decision.regime()) {
            case NONE -> "";
            case PER_CONTRACT -> candidate.contractId() == null ? ""
                    : ", part of contract " + candidate.contractId() + " totalling " + Outcome.pounds(decision.measured())
                      + " in " + candidate.financialYear() + ",";
            case CUMULATIVE_PER_PARTY -> ", taking related-party payments to " + candidate.partyId() + " in "
                    + candidate.financialYear() + " to " + Outcome.pounds(decision.measured()) + ",";
        };
    }

    /** The absent fields an UNKNOWN outcome names. */
    public List<String> missing() { return candidate.missingDirections(uncertain); }
}
