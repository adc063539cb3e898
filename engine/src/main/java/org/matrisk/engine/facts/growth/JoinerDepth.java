package org.matrisk.engine.facts.growth;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.matrisk.engine.facts.Outcome;
import org.matrisk.model.Academy;
import org.matrisk.model.Growth;

/**
 * Derived for each joiner (GRW-09): the academies already in the trust on its {@code joinedOn}
 * and those of them whose latest Ofsted grade on that day was below GOOD.
 */
public record JoinerDepth(Growth joiner, List<Academy> alreadyThere, List<Academy> belowGood) {

    public int alreadyCount() { return alreadyThere.size(); }
    public int belowGoodCount() { return belowGood.size(); }
    public boolean anyAlreadyThere() { return !alreadyThere.isEmpty(); }

    /** At least {@code share} of the academies already there are below GOOD; false when there are none. */
    public boolean belowGoodAtLeast(BigDecimal share) {
        if (alreadyThere.isEmpty()) return false;
        return BigDecimal.valueOf(belowGood.size()).compareTo(share.multiply(BigDecimal.valueOf(alreadyThere.size()))) >= 0;
    }

    /** Evidence: each academy below GOOD with its grade on the join day; arguments for the message. */
    public Outcome.Builder cite(Outcome.Builder b) {
        for (Academy a : belowGood) b.at(a.pointer(), "grade", a.latestGradeOn(joiner.joinedOn()));
        return b.number("belowGood", belowGood.size()).number("alreadyInTrust", alreadyThere.size())
                .arg("belowGoodAcademies", belowGood.stream()
                        .map(a -> a.urn() + " " + a.latestGradeOn(joiner.joinedOn())).collect(Collectors.joining(", ")));
    }
}
