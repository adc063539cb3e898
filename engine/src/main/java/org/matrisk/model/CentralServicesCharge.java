package org.matrisk.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The central services charge rate for the year ending {@code yearEnd} (v2); {@code academyUrn} null = trust-wide. */
public record CentralServicesCharge(LocalDate yearEnd, BigDecimal ratePercent, Enums.ChargeBasis basis, Enums.ChargeMethod method,
                                    String academyUrn, String pointer) {}
