package org.matrisk.model;

import java.time.LocalDate;

/** What a notice requires (v2 {@code notices[].conditions[]}); {@code partyId} only for STOP_PAYMENTS. */
public record NoticeCondition(String id, Enums.ConditionKind kind, String partyId, LocalDate dueOn, LocalDate metOn, String pointer) {}
