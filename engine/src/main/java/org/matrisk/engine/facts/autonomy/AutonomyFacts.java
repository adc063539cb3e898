package org.matrisk.engine.facts.autonomy;

import java.util.ArrayList;
import java.util.List;
import org.matrisk.engine.params.ParameterSet;
import org.matrisk.model.Academy;
import org.matrisk.model.TrustDocument;

/**
 * Derived facts of the AUTONOMY area computed in Java before the rules run (see rules/README.md):
 * one {@link AcademyAutonomy} per academy and one {@link DelegationProfile} per document.
 * ({@link ReservedMatter} facts are derived in DRL from the RPTs and special payments.)
 */
public final class AutonomyFacts {
    private AutonomyFacts() {}

    public static List<Object> derive(TrustDocument doc, ParameterSet params) {
        List<AcademyAutonomy> academies = new ArrayList<>();
        if (doc.academies() != null) for (Academy a : doc.academies()) academies.add(new AcademyAutonomy(a));
        List<Object> facts = new ArrayList<>(academies.size() + 1);
        facts.addAll(academies);
        facts.add(DelegationProfile.of(academies));
        return facts;
    }
}
