package org.matrisk.assessment;

import java.time.LocalDate;

public record Suppression(String justification, String by, LocalDate expires) {}
