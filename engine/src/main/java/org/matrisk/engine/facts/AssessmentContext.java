package org.matrisk.engine.facts;

import java.time.LocalDate;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.engine.params.ParameterSet;
import org.matrisk.model.Period;
import org.matrisk.model.TrustDocument;

/**
 * The one context fact of an evaluation: the days that matter and the dated parameters.
 * <ul>
 * <li>{@code asOf}: the day the assessment speaks for (open notices, deadlines).</li>
 * <li>{@code editionDay}: {@code period.start}, the day whose handbook edition governs the period.</li>
 * <li>{@code yearEnd}: Y of "the period ending 31 Aug Y".</li>
 * </ul>
 */
public final class AssessmentContext {
    private final LocalDate asOf;
    private final Period period;
    private final boolean mat;
    private final ParameterSet parameters;

    /**
     * Only the days and the kind of trust are kept, not the document: two contexts of documents that
     * differ in their lists only (a ledger with one more payment) are equal, so an inline check that
     * re-evaluates a trust's session with a payment added does not re-run every rule that reads a
     * parameter. Rules read the document's data from its own facts ({@code TrustDocument}, ...).
     */
    public AssessmentContext(TrustDocument document, ParameterSet parameters) {
        this.asOf = document.asOf();
        this.period = document.period();
        this.mat = document.trust().isMat();
        this.parameters = parameters;
    }

    public LocalDate getAsOf() { return asOf; }
    public Period getPeriod() { return period; }
    public LocalDate getPeriodStart() { return period.start(); }
    public LocalDate getPeriodEnd() { return period.end(); }
    public LocalDate getEditionDay() { return period.start(); }
    public int getYearEnd() { return period.yearEnd(); }
    public boolean isMat() { return mat; }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssessmentContext c && c.parameters == parameters && c.mat == mat && c.asOf.equals(asOf) && c.period.equals(period);
    }

    @Override
    public int hashCode() { return java.util.Objects.hash(asOf, period, mat, System.identityHashCode(parameters)); }

    /** The parameter in force for the period (on {@code period.start}). */
    public ParamValue param(String name) { return parameters.at(name, getEditionDay()); }

    /** The parameter in force on {@code asOf}. */
    public ParamValue paramAsOf(String name) { return parameters.at(name, getAsOf()); }

    /** The parameter in force on a given day (a transaction's date, a payment's date...). */
    public ParamValue paramOn(String name, LocalDate day) { return parameters.at(name, day); }

    public ParameterSet parameters() { return parameters; }
}
