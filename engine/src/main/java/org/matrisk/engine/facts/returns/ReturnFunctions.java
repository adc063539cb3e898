package org.matrisk.engine.facts.returns;

import java.time.LocalDate;
import java.util.Locale;
import org.matrisk.engine.PointerOrder;
import org.matrisk.engine.facts.AssessmentContext;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.model.Enums.ReturnKind;

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
}
