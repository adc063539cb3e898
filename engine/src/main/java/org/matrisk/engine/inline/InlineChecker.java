package org.matrisk.engine.inline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.matrisk.assessment.Finding;
import org.matrisk.engine.RiskEngine;
import org.matrisk.engine.pack.RuleMeta;
import org.matrisk.model.TrustDocument;

/**
 * Inline checks of proposed payments for a trust finance system: load a trust's context once, then
 * ask about each payment before it goes out.
 *
 * <pre>
 * InlineChecker checker = InlineChecker.of(engine);        // the engine of the rule pack in use, custom packs included
 * TrustContext ctx = checker.load(document);               // people, parties, notices, the payments so far
 * Decision d = ctx.check(proposedPayment);                 // the findings the assessment would report for it
 * ctx = ctx.withPayment(proposedPayment);                  // once it has gone out
 * </pre>
 *
 * There is one evaluation path: a check evaluates the engine's compiled rule pack on the context
 * document with the payment added, exactly as {@code scan} would, and keeps what the assessment reports
 * for the payment. A context keeps one Drools session ({@link RiskEngine.Session}) for itself and the
 * contexts derived from it, so a check re-evaluates only what the payment changes. No rule condition is written here; a custom pack that changes or replaces a rule
 * changes the decisions with it. Immutable and thread-safe.
 */
public final class InlineChecker {
    private final RiskEngine engine;

    private InlineChecker(RiskEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** The checker for an engine: its compiled rule pack, parameters, catalogue and rating policy. */
    public static InlineChecker of(RiskEngine engine) {
        return new InlineChecker(engine);
    }

    public RiskEngine engine() { return engine; }

    /**
     * A trust's context: the document as given, its {@code transactions} being the ledger recorded so far
     * (none when the list is absent).
     */
    public TrustContext load(TrustDocument document) {
        return TrustContext.load(this, document);
    }

    /** The decision for the item at {@code pointer} of {@code doc}: what the assessment of {@code doc} reports for it. */
    Decision decide(RiskEngine.Session session, TrustDocument doc, Decision.Subject subject, String id, String pointer, LocalDate date,
                    BigDecimal amount) {
        return decision(doc, session.evaluateAt(doc, pointer), subject, id, pointer, date, amount);
    }

    /** The decision for {@code t} appended to {@code base}'s transactions: what the assessment of that document reports for it. */
    Decision decideAppended(RiskEngine.Session session, TrustDocument base, org.matrisk.model.Transaction t) {
        return decision(base, session.evaluateWith(base, t), Decision.Subject.TRANSACTION, t.id(), t.pointer(), t.date(), t.amount());
    }

    private Decision decision(TrustDocument doc, RiskEngine.Projection p, Decision.Subject subject, String id, String pointer, LocalDate date,
                              BigDecimal amount) {
        List<Requirement> requirements = new ArrayList<>(p.findings().size());
        Decision.Outcome outcome = Decision.Outcome.ALLOW;
        for (Finding f : p.findings()) {
            Requirement.Kind kind = kind(f.ruleId());
            requirements.add(new Requirement(kind, f));
            if (kind == Requirement.Kind.BLOCKED) outcome = Decision.Outcome.BLOCK;
            else if (outcome == Decision.Outcome.ALLOW) outcome = Decision.Outcome.REQUIRES_ACTION;
        }
        return new Decision(doc.trust().id(), id, subject, pointer, date, amount, outcome, requirements, p.unknown(), engine.pack().sha256());
    }

    private Requirement.Kind kind(String ruleId) {
        String k = engine.catalog().find(ruleId).map(RuleMeta::requirement).orElse(null);
        return k == null ? Requirement.Kind.APPROVE : Requirement.Kind.valueOf(k);
    }
}
