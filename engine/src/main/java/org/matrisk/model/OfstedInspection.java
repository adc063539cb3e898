package org.matrisk.model;

import java.time.LocalDate;

/** {@code date} is null when given as a month (v2; see {@link Coverage}); {@code pointer} may be null in v1 models built by hand. */
public record OfstedInspection(LocalDate date, Enums.OfstedGrade grade, String pointer) {
    public OfstedInspection(LocalDate date, Enums.OfstedGrade grade) { this(date, grade, null); }
}
