package org.matrisk.engine.facts.growth;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.matrisk.engine.PointerOrder;
import org.matrisk.model.Academy;
import org.matrisk.model.Growth;

/**
 * Ordering helpers of the GROWTH area, called from {@code growth.drl} through {@code import function}:
 * what an {@code accumulate} collected, put back in document order so that evidence and messages do
 * not depend on the order the engine matched facts in. The derived facts themselves
 * ({@code DueDiligenceGap}, {@code JoinerDepth}, {@code ExpansionWindow}) are DRL declared types.
 */
public final class GrowthFunctions {
    private GrowthFunctions() {}

    /** Academies (a collection of {@link Academy}) in document order. */
    public static List<Academy> academiesInOrder(Collection<?> academies) {
        return academies.stream().map(Academy.class::cast)
                .sorted(Comparator.comparing(Academy::pointer, PointerOrder.INSTANCE)).toList();
    }

    /** Growth entries (a collection of {@link Growth}) in document order. */
    public static List<Growth> growthInOrder(Collection<?> growth) {
        return growth.stream().map(Growth.class::cast)
                .sorted(Comparator.comparing(Growth::pointer, PointerOrder.INSTANCE)).toList();
    }
}
