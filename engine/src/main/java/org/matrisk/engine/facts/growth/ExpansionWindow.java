package org.matrisk.engine.facts.growth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.matrisk.engine.facts.Outcome;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.model.Academy;
import org.matrisk.model.Growth;

/**
 * Derived once per trust (GRW-05): the window of {@code days} days ending on asOf inclusive, the
 * joiners whose joinedOn falls inside it and the academies already in the trust before it began.
 */
public record ExpansionWindow(LocalDate start, LocalDate end, List<Growth> joiners, List<Academy> alreadyThere, ParamValue days) {

    public int joinerCount() { return joiners.size(); }
    public int alreadyCount() { return alreadyThere.size(); }

    /** More joiners in the window than {@code share} of the academies already in the trust. */
    public boolean joinersExceedShareOfAlready(BigDecimal share) {
        return BigDecimal.valueOf(joiners.size()).compareTo(share.multiply(BigDecimal.valueOf(alreadyThere.size()))) > 0;
    }

    /** Evidence: the growth list with the count, each joiner counted, and the academies with the count already there. */
    public Outcome.Builder cite(Outcome.Builder b) {
        b.at("/growth", "joinersInWindow", joiners.size());
        for (Growth g : joiners) b.at(g.pointer(), "joinedOn", g.joinedOn());
        return b.at("/academies", "alreadyInTrust", alreadyThere.size())
                .arg("windowStart", start).arg("windowEnd", end).param(days);
    }
}
