package org.matrisk.engine.diff;

import org.matrisk.assessment.Assessment.PeriodRef;
import org.matrisk.assessment.Rating;

/** A trust present in only one of the two scans, as it stood there. {@code findings} counts every finding listed, suppressed or not. */
public record TrustSide(String trustId, String name, PeriodRef period, Rating rating, int score, int findings) {}
