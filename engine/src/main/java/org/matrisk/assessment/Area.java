package org.matrisk.assessment;

/** The six areas, in the order the assessment lists them. */
public enum Area { NOTICES, RELATED_PARTY, REMUNERATION, GROWTH, AUTONOMY, GOVERNANCE }
