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
    private final TrustDocument document;
    private final ParameterSet parameters;

    public AssessmentContext(TrustDocument document, ParameterSet parameters) {
        this.document = document;
        this.parameters = parameters;
    }

    public TrustDocument getDocument() { return document; }
    public LocalDate getAsOf() { return document.asOf(); }
    public Period getPeriod() { return document.period(); }
    public LocalDate getPeriodStart() { return document.period().start(); }
    public LocalDate getPeriodEnd() { return document.period().end(); }
    public LocalDate getEditionDay() { return document.period().start(); }
    public int getYearEnd() { return document.period().yearEnd(); }
    public boolean isMat() { return document.trust().isMat(); }

    /** The parameter in force for the period (on {@code period.start}). */
    public ParamValue param(String name) { return parameters.at(name, getEditionDay()); }

    /** The parameter in force on {@code asOf}. */
    public ParamValue paramAsOf(String name) { return parameters.at(name, getAsOf()); }

    /** The parameter in force on a given day (a transaction's date, a payment's date...). */
    public ParamValue paramOn(String name, LocalDate day) { return parameters.at(name, day); }

    public ParameterSet parameters() { return parameters; }
}
