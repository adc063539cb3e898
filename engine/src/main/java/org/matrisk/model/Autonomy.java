package org.matrisk.model;

import java.time.LocalDate;

/** {@code participates} may be null (absent: every participation flag is UNKNOWN). */
public record Autonomy(Enums.AutonomyLevel level, LocalDate grantedOn, Boolean criteriaRecorded, LocalDate reviewDue, Participation participates) {}
