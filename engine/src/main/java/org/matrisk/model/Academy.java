package org.matrisk.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** {@code ofsted} is never null (absent = empty). */
public record Academy(
        String urn,
        String name,
        Enums.Phase phase,
        Integer pupils,
        LocalDate joinedOn,
        List<OfstedInspection> ofsted,
        BigDecimal progress,
        BigDecimal inYearRevenueBalance,
        Autonomy autonomy,
        BigDecimal revenueReservesStart,
        BigDecimal revenueReservesEnd,
        String pointer) {
    /** A version 1 academy. */
    public Academy(String urn, String name, Enums.Phase phase, Integer pupils, LocalDate joinedOn, List<OfstedInspection> ofsted,
                   BigDecimal progress, BigDecimal inYearRevenueBalance, Autonomy autonomy, String pointer) {
        this(urn, name, phase, pupils, joinedOn, ofsted, progress, inYearRevenueBalance, autonomy, null, null, pointer);
    }

    /**
     * The grade of the inspection with the greatest date not after {@code day}; several on that
     * date: the worst. Null when there is no inspection on or before {@code day}.
     */
    public Enums.OfstedGrade latestGradeOn(LocalDate day) {
        LocalDate best = null;
        Enums.OfstedGrade grade = null;
        for (OfstedInspection i : ofsted) {
            if (i.date() == null || i.date().isAfter(day)) continue;
            if (best == null || i.date().isAfter(best)) { best = i.date(); grade = i.grade(); }
            else if (i.date().isEqual(best) && i.grade().worseThan(grade)) grade = i.grade();
        }
        return grade;
    }

    public boolean isAutonomous() {
        return autonomy != null && (autonomy.level() == Enums.AutonomyLevel.FULL || autonomy.level() == Enums.AutonomyLevel.EARNED);
    }
}
