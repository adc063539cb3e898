package org.matrisk.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Peer-group pay markers for the 2023 high-pay method (v2 {@code payBenchmark}). */
public record PayBenchmark(String source, LocalDate dataYearEnd, Enums.PeerGroupType peerGroupType, Integer pupilsFrom,
                           Integer pupilsTo, Enums.PayMeasure measure, BigDecimal p95Pay, BigDecimal p95ShareOfGag) {
    public static final String POINTER = "/payBenchmark";
}
