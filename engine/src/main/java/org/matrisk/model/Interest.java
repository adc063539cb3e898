package org.matrisk.model;

import java.time.LocalDate;

public record Interest(String partyId, Enums.InterestNature nature, LocalDate declaredOn, String pointer) {}
