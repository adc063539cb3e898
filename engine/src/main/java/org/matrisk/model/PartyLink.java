package org.matrisk.model;

import java.time.LocalDate;

/** A link from a party to another (v2 {@code parties[].links[]}); {@code from}/{@code to} absent = open. */
public record PartyLink(String partyId, Enums.LinkKind kind, LocalDate from, LocalDate to, String pointer) {}
