package org.matrisk.engine.facts.governance;

import java.util.List;
import org.matrisk.engine.params.ParameterSet;
import org.matrisk.model.TrustDocument;

/** Derived facts of this area computed in Java before the rules run (see rules/README.md). */
public final class GovernanceFacts {
    private GovernanceFacts() {}

    public static List<Object> derive(TrustDocument doc, ParameterSet params) {
        return List.of();
    }
}
