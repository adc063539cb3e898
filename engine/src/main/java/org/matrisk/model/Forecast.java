package org.matrisk.model;

import java.math.BigDecimal;
import java.time.LocalDate;

public record Forecast(LocalDate yearEnd, BigDecimal revenueReserves, BigDecimal cash, String pointer) {}
