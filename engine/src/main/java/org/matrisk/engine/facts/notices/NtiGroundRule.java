package org.matrisk.engine.facts.notices;

/**
 * Derived (by DRL, from {@code RuleInfo}): rule {@code ruleId} counts towards NTI-10's category
 * {@code category} (one of {@link NtiGrounds#CATEGORIES}). Derived from the pack's rules rather than
 * listed, so the governance and handbook-breach categories follow each rule's area and severity.
 */
public record NtiGroundRule(String category, String ruleId) {}
