package org.matrisk.engine.facts.notices;

import java.util.ArrayList;
import java.util.List;
import org.matrisk.engine.params.ParameterSet;
import org.matrisk.model.Finance;
import org.matrisk.model.Forecast;
import org.matrisk.model.TrustDocument;

/**
 * Derived facts of this area computed in Java before the rules run (see rules/README.md): the cash
 * positions NTI-08 judges. Facts that depend on rule outcomes ({@link NtiGroundRule},
 * {@code NtiGround}) are derived in DRL, under truth maintenance.
 */
public final class NoticesFacts {
    private NoticesFacts() {}

    public static List<Object> derive(TrustDocument doc, ParameterSet params) {
        Finance f = doc.finance();
        List<Object> facts = new ArrayList<>(1 + (f.forecast() == null ? 0 : f.forecast().size()));
        facts.add(new CashPosition(Finance.POINTER, f.cash(), doc.period().end(), false));
        if (f.forecast() != null)
            for (Forecast y : f.forecast()) facts.add(new CashPosition(y.pointer(), y.cash(), y.yearEnd(), true));
        return facts;
    }
}
