package org.matrisk.engine.facts;

import java.time.LocalDate;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.model.Enums.ReturnKind;

/**
 * Derived: whether a financial return with a deadline was late as at asOf. {@code pointer} cites the
 * return that counts (the earliest submission of its kind), or {@code /finance/returns} when none
 * was submitted, or {@code /finance} when the returns list is absent (then {@code late} is UNKNOWN).
 */
public record ReturnStatus(ReturnKind kind, LocalDate deadline, LocalDate submittedOn, Tri late, String pointer, ParamValue deadlineParam) {}
