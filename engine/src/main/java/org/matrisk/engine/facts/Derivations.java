package org.matrisk.engine.facts;

import java.util.ArrayList;
import java.util.List;
import org.matrisk.engine.params.ParameterSet;
import org.matrisk.model.TrustDocument;

/**
 * Derived facts computed once in Java before the rules run, where they need dated parameters
 * and would be clumsy in DRL. (Simple derivations, such as notices open on asOf, are DRL rules.)
 */
public final class Derivations {
    private Derivations() {}

    public static List<Object> derive(TrustDocument doc, ParameterSet params) {
        List<Object> facts = new ArrayList<>();
        RelatedParties related = new RelatedParties(doc);
        List<RelatedPartyTransaction> rpts = related.transactions(doc.transactions());
        facts.addAll(rpts);
        facts.addAll(org.matrisk.engine.facts.relatedparty.RelatedPartyFacts.derive(doc, params, related, rpts));
        facts.addAll(org.matrisk.engine.facts.remuneration.RemunerationFacts.derive(doc, params));
        facts.addAll(org.matrisk.engine.facts.autonomy.AutonomyFacts.derive(doc, params));
        return facts;
    }
}
