package org.matrisk.model;

import java.time.LocalDate;

/** A close-family relation (v2 {@code people[].familyOf[]}); symmetric. {@code declaredOn}: entered on the register. */
public record FamilyLink(String personId, Enums.FamilyRelation relation, LocalDate declaredOn, String pointer) {}
