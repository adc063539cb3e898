package org.matrisk.model;

import java.time.LocalDate;

public record FinancialReturn(Enums.ReturnKind kind, LocalDate submittedOn, String pointer) {}
