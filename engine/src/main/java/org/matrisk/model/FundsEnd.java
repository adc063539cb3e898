package org.matrisk.model;

/** One end of a transfer: an academy, the centre, or a party (v2 {@code transfers[].from/to}). */
public record FundsEnd(Enums.FundsEndKind kind, String academyUrn, String partyId) {}
