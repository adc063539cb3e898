package org.matrisk.engine.params;

import java.time.LocalDate;

/**
 * One value of a parameter, in force from {@code from} (inclusive) until the next value's
 * {@code from}. A null {@code from} means "since before any edition this pack assesses".
 */
public record DatedValue(LocalDate from, Object value, String source, String url) {}
