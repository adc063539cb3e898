package org.matrisk.engine.inline;

import java.util.List;
import java.util.Objects;
import org.matrisk.engine.RiskEngine;
import org.matrisk.engine.facts.relatedparty.ApprovalRegime;
import org.matrisk.engine.facts.remuneration.RemunerationFacts;
import org.matrisk.engine.pack.RuleCatalog;
import org.matrisk.engine.pack.RuleMeta;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.engine.params.ParameterSet;
import org.matrisk.model.TrustDocument;

/**
 * Inline checks of proposed payments for a trust finance system: load a trust's context once, then
 * ask about each payment before it goes out.
 *
 * <pre>
 * InlineChecker checker = InlineChecker.of(RiskEngine.builtin());   // once per JVM (shares the pack)
 * TrustContext ctx = checker.load(document);                         // people, parties, notices, payments so far
 * Decision d = ctx.check(proposedPayment);                           // declaration, approval, at cost, blocked
 * ctx = ctx.withPayment(proposedPayment);                            // once it has gone out
 * </pre>
 *
 * The checks use the rule pack's own dated parameters (resolved on the payment's date), its derivations
 * ({@code RelatedParties}, {@code ApprovalRegime}, {@code RptApproval}, {@code InsiderAppointmentMatch},
 * {@code SpecialSeverance}) and its catalogue (ids, severities, titles, references), without a Drools
 * session: a check is a few map look-ups and sums. A rule the pack does not have is not checked.
 * Immutable and thread-safe.
 */
public final class InlineChecker {
    static final String DECLARATION_REQUIRED = "rpt.declarationRequired";
    static final String AT_COST_DE_MINIMIS = "rpt.atCostDeMinimis";
    static final String AT_COST_PRESUMED = "rpt.atCostPresumedForEducationalBodies";

    final ParameterSet params;
    final RuleMeta rpt01, rpt02, rpt03, rpt04, rpt05, nti03, pay05;
    final boolean approvals, atCost, severance;

    private InlineChecker(ParameterSet params, RuleCatalog catalog) {
        this.params = Objects.requireNonNull(params);
        this.rpt01 = params.has(DECLARATION_REQUIRED) ? catalog.find("RPT-01").orElse(null) : null;
        this.approvals = ApprovalRegime.configured(params);
        this.rpt02 = approvals ? catalog.find("RPT-02").orElse(null) : null;
        this.rpt03 = catalog.find("RPT-03").orElse(null);
        this.atCost = params.has(AT_COST_DE_MINIMIS);
        this.rpt04 = atCost ? catalog.find("RPT-04").orElse(null) : null;
        this.rpt05 = catalog.find("RPT-05").orElse(null);
        this.nti03 = catalog.find("NTI-03").orElse(null);
        this.severance = params.has(RemunerationFacts.AMOUNT_TRIGGER) && params.has(RemunerationFacts.EXIT_PACKAGE_TRIGGER)
                && params.has(RemunerationFacts.SALARY_TRIGGER);
        this.pay05 = severance ? catalog.find("PAY-05").orElse(null) : null;
    }

    /** The checker for an engine's rule pack: its parameters and its catalogue. */
    public static InlineChecker of(RiskEngine engine) {
        return new InlineChecker(engine.pack().parameters(), engine.catalog());
    }

    public static InlineChecker of(ParameterSet params, RuleCatalog catalog) {
        return new InlineChecker(params, catalog);
    }

    public ParameterSet parameters() { return params; }

    /**
     * A trust's context: the document's people, interests, appointments, governance, parties, notices and
     * pay, and its PAYMENT transactions as the payments recorded so far. Receipts and transactions without a
     * direction are not recorded: they never count in a related-party total.
     */
    public TrustContext load(TrustDocument document) {
        return TrustContext.load(this, document);
    }

    Requirement requirement(RuleMeta rule, boolean met, String detail, List<ParamValue> parameters) {
        return new Requirement(rule.id(), rule.severity(), rule.title(), rule.reference(), met, detail, parameters);
    }
}
