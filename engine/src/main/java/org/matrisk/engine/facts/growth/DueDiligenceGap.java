package org.matrisk.engine.facts.growth;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.matrisk.engine.facts.Outcome;
import org.matrisk.model.Enums.DueDiligenceArea;
import org.matrisk.model.Enums.DueDiligenceStatus;
import org.matrisk.model.Growth;

/** Derived: a joiner's due-diligence area that is not COMPLETE (GRW-02, GRW-03). */
public record DueDiligenceGap(Growth joiner, DueDiligenceArea area, DueDiligenceStatus status) {

    /** Where the area's status is (or would be) in the input. */
    public String pointer() { return joiner.pointer() + "/dueDiligence/" + area.name(); }

    /**
     * Adds one joiner's gaps to an outcome, in the contract's order of areas: one evidence item per
     * area, and the argument {@code incomplete} ("FINANCE PARTIAL, SAFEGUARDING NOT_DONE").
     */
    public static Outcome.Builder cite(Outcome.Builder b, List<DueDiligenceGap> gaps) {
        List<DueDiligenceGap> sorted = gaps.stream().sorted(Comparator.comparing(DueDiligenceGap::area)).toList();
        for (DueDiligenceGap g : sorted) b.at(g.pointer(), g.area().name(), g.status());
        return b.arg("incomplete", sorted.stream().map(g -> g.area() + " " + g.status()).collect(Collectors.joining(", ")));
    }
}
