package org.matrisk.assessment;

/**
 * One section of a version 2 assessment's {@code coverage}: copied from the input document's
 * {@code coverage} member (contract trust-data-v2.md 2.1 and 8). A section the input does not name is
 * partial: {@code complete} false, no {@code source}, no {@code asAt}. {@code source} and {@code asAt}
 * are copied as given, null when the input gives none (and then left out of the JSON form).
 */
public record SectionCoverage(boolean complete, String source, String asAt) {}
