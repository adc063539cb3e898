package org.matrisk.assessment;

import java.time.LocalDate;

/** A dated parameter value a finding relied on: its name, value, the day it took effect and its source. */
public record ParameterUse(String name, String value, LocalDate effectiveFrom, String source) {}
