package org.matrisk.model;

import java.time.LocalDate;

public record Appointment(String companyNumber, String role, LocalDate from, LocalDate to, String pointer) {
    /** Current on {@code day} when from &lt;= day &lt;= to (absent from: since always; absent to: still current). */
    public boolean currentOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
