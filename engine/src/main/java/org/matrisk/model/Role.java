package org.matrisk.model;

import java.time.LocalDate;

/**
 * A dated role (v2 {@code people[].roles[]}). {@code from}, {@code to}, {@code knownUntil} are null when
 * given as a month (see {@link Coverage#months()}); {@code to} absent: see catalogue v2 2.1.
 */
public record Role(Enums.RoleKind role, LocalDate from, LocalDate to, LocalDate knownUntil, String academyUrn, String pointer) {}
