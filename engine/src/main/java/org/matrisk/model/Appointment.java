package org.matrisk.model;

import java.time.LocalDate;

public record Appointment(String companyNumber, String role, LocalDate from, LocalDate to, LocalDate knownUntil, String pointer) {
    /** A version 1 appointment (no knownUntil). */
    public Appointment(String companyNumber, String role, LocalDate from, LocalDate to, String pointer) {
        this(companyNumber, role, from, to, null, pointer);
    }
    /** Current on {@code day} when from &lt;= day &lt;= to (absent from: since always; absent to: still current). */
    public boolean currentOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
