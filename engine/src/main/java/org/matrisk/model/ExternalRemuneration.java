package org.matrisk.model;

import java.math.BigDecimal;

/** Remuneration for work for the trust not paid through payroll (v2 {@code pay[].externalRemuneration[]}). */
public record ExternalRemuneration(String partyId, BigDecimal amount, Enums.RemunerationBasis basis, String pointer) {}
