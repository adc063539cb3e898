package org.matrisk.model;

import java.time.LocalDate;

public record OfstedInspection(LocalDate date, Enums.OfstedGrade grade) {}
