package org.matrisk.model;

import java.math.BigDecimal;

public record PayBand(BigDecimal from, BigDecimal to, int count, String pointer) {}
