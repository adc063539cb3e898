package org.matrisk.engine.facts;

/** What a rule concluded for one item: FAIL (a finding) or UNKNOWN (data absent). PASS is the absence of both. */
public enum Status { FAIL, UNKNOWN }
