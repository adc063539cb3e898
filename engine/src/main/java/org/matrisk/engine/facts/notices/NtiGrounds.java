package org.matrisk.engine.facts.notices;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.matrisk.engine.PointerOrder;
import org.matrisk.engine.facts.Outcome;

/**
 * NTI-10's categories of grounds for a notice to improve (rule catalogue, NTI-10), in the
 * catalogue's order, and the texts its outcomes carry.
 */
public final class NtiGrounds {
    private NtiGrounds() {}

    public static final String ACTUAL_DEFICIT = "actual deficit";
    public static final String PROJECTED_DEFICIT = "projected deficit";
    public static final String CASH = "cash";
    public static final String LATE_RETURNS = "late returns";
    public static final String AUDIT = "audit";
    public static final String GOVERNANCE = "governance";
    public static final String HANDBOOK_BREACH = "handbook breach";

    public static final List<String> CATEGORIES =
            List.of(ACTUAL_DEFICIT, PROJECTED_DEFICIT, CASH, LATE_RETURNS, AUDIT, GOVERNANCE, HANDBOOK_BREACH);

    private static final Comparator<NtiGroundRule> ORDER = Comparator
            .comparingInt((NtiGroundRule g) -> CATEGORIES.indexOf(g.category()))
            .thenComparing(NtiGroundRule::ruleId);

    /** "actual deficit (NTI-05), governance (GOV-05, GOV-10)": the failing rules by category. */
    public static String describe(Collection<?> failing) {
        Map<String, List<String>> byCategory = new LinkedHashMap<>();
        failing.stream().map(NtiGroundRule.class::cast).distinct().sorted(ORDER)
                .forEach(g -> byCategory.computeIfAbsent(g.category(), k -> new ArrayList<>()).add(g.ruleId()));
        List<String> parts = new ArrayList<>();
        byCategory.forEach((category, ids) -> parts.add(category + " (" + String.join(", ", ids) + ")"));
        return String.join(", ", parts);
    }

    /**
     * The absent data that leaves NTI-10 UNKNOWN, as absolute pointers: {@code /notices} when the
     * notices list is absent, and what the UNKNOWN outcomes of the uncertain categories' rules lack.
     */
    public static String[] missing(boolean noticesAbsent, Collection<?> unknownOutcomes) {
        TreeSet<String> pointers = new TreeSet<>(PointerOrder.INSTANCE);
        if (noticesAbsent) pointers.add("/notices");
        for (Object o : unknownOutcomes) {
            Outcome u = (Outcome) o;
            for (String field : u.missing()) pointers.add(field.startsWith("/") ? field : u.subject() + "/" + field);
        }
        return pointers.toArray(new String[0]);
    }
}
