package org.matrisk.model;

public record InternalScrutiny(Enums.ScrutinyProvider provider, Boolean professional, Integer reportsInPeriod) {
    public static final String POINTER = "/governance/internalScrutiny";
}
