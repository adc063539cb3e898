package org.matrisk.engine.facts;

/** Derived (by DRL): one of NTI-10's categories of grounds, with whether it is certain (FAIL) or UNKNOWN. */
public record NtiGround(String category, Status status) {}
