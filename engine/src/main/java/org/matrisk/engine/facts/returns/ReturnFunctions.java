package org.matrisk.engine.facts.returns;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import org.matrisk.engine.PointerOrder;
import org.matrisk.engine.facts.AssessmentContext;
import org.matrisk.engine.facts.Intervals;
import org.matrisk.engine.facts.Tri;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.model.Coverage;
import org.matrisk.model.DateSpan;
import org.matrisk.model.Enums.ReturnKind;
import org.matrisk.model.FinancialReturn;

/**
 * Data access for the return-lateness rules of {@code common.drl} (declared types
 * {@code ReturnDeadline}, {@code ReturnStatus}); called from DRL through {@code import function}.
 * Nothing here judges lateness: that is the DRL's.
 */
public final class ReturnFunctions {
    private ReturnFunctions() {}

    /** Name of the dated parameter holding a return kind's deadline: {@code returns.deadline.<kind in lower case>}. */
    public static String deadlineParameterName(ReturnKind kind) {
        return "returns.deadline." + kind.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The deadline parameter of {@code kind} as the parameter files resolve it, on 31 Aug Y (Y: the
     * year the period's financial year ends; see {@code parameters/common.json}), or {@code null} when
     * the pack defines no deadline for the kind (a {@code from} over null matches nothing). The value
     * may still be not in force on that day ({@code ParamValue.inForce}).
     */
    public static ParamValue deadlineParameter(AssessmentContext c, ReturnKind kind) {
        String name = deadlineParameterName(kind);
        if (!c.parameters().has(name)) return null;
        return c.paramOn(name, LocalDate.of(c.getYearEnd(), 8, 31));
    }

    /** Whether item pointer {@code a} comes before {@code b} in the document (numeric segments as numbers). */
    public static boolean listedBefore(String a, String b) {
        return PointerOrder.INSTANCE.compare(a, b) < 0;
    }

    // ---- catalogue v2 (Readings A-15 of 3.6; months of contract 3.2) --------------------------------------------

    /** A return's {@code submittedOn} as a span (a month when given as one), or null when absent. */
    public static DateSpan submitted(FinancialReturn r, Coverage c) {
        return c.date(r.pointer(), "submittedOn", r.submittedOn());
    }

    /**
     * Kleene "the earliest submission of the kind is after {@code due}", over the listed returns of one kind: the
     * earliest is after the deadline exactly when every one is, so each return's atom is combined by "and". A return
     * whose {@code submittedOn} is absent is UNKNOWN once {@code asOf} is after the deadline and FALSE before it (a
     * return listed as at asOf but submitted at no known date cannot be late before the deadline has passed).
     */
    public static Tri allSubmittedAfter(Collection<?> returns, LocalDate due, LocalDate asOf, Coverage c) {
        Tri late = Tri.TRUE;
        for (Object o : returns) {
            FinancialReturn r = (FinancialReturn) o;
            DateSpan on = submitted(r, c);
            late = late.and(on == null ? Tri.of(asOf.isAfter(due)).and(Tri.UNKNOWN) : Intervals.after(on, due));
        }
        return late;
    }

    /**
     * The return that counts, for citation: the earliest dated one by the order key of Readings 7.4 (first possible
     * day, last possible day, document order); none dated: the first listed.
     */
    public static FinancialReturn earliest(Collection<?> returns, Coverage c) {
        Comparator<FinancialReturn> byKey = (a, b) -> {
            DateSpan x = submitted(a, c), y = submitted(b, c);
            if (x == null || y == null) {
                if (x != y) return x == null ? 1 : -1;
            } else {
                int k = x.first().compareTo(y.first());
                if (k != 0) return k;
                k = x.last().compareTo(y.last());
                if (k != 0) return k;
            }
            return PointerOrder.INSTANCE.compare(a.pointer(), b.pointer());
        };
        return returns.stream().map(FinancialReturn.class::cast).min(byKey).orElse(null);
    }

    /** What an UNKNOWN lateness lacks, relative to its pointer: {@code returns} (at /finance), the section's coverage (at /finance/returns), else {@code submittedOn}. */
    public static String missingFor(String pointer) {
        return pointer.equals("/finance") ? "returns" : pointer.equals("/finance/returns") ? "coverage.returns" : "submittedOn";
    }
}
