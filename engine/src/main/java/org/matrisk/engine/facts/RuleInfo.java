package org.matrisk.engine.facts;

import org.matrisk.assessment.Area;
import org.matrisk.assessment.Severity;

/** One rule of the pack, inserted as a fact so rules about rules (NTI-10) can join on area and severity. */
public record RuleInfo(String id, Area area, Severity severity) {}
