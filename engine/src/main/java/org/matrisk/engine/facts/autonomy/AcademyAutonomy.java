package org.matrisk.engine.facts.autonomy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.matrisk.engine.facts.Outcome;
import org.matrisk.engine.facts.Tri;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.model.Academy;
import org.matrisk.model.Autonomy;
import org.matrisk.model.Enums.AutonomyLevel;
import org.matrisk.model.Enums.OfstedGrade;
import org.matrisk.model.OfstedInspection;
import org.matrisk.model.Participation;

/**
 * Derived (one per academy): the academy seen by the AUTONOMY rules, with each part of their
 * conditions as a Kleene truth value (a part needing an absent field is {@link Tri#UNKNOWN}).
 *
 * <p><i>Autonomous</i>: {@code autonomy.level} {@code FULL} or {@code EARNED}. An academy with no
 * {@code autonomy} object has no delegated autonomy recorded: not autonomous (as
 * {@link Academy#isAutonomous()}). An {@code autonomy} object without {@code level} makes it
 * UNKNOWN (an enum test on an absent field).
 */
public record AcademyAutonomy(Academy academy) {

    public String pointer() { return academy.pointer(); }
    public String urn() { return academy.urn(); }

    private Autonomy autonomy() { return academy.autonomy(); }
    private Participation participates() { return autonomy() == null ? null : autonomy().participates(); }

    /** The level as written in messages ({@code (absent)} when not recorded). */
    public String level() {
        return autonomy() == null || autonomy().level() == null ? "(absent)" : autonomy().level().name();
    }

    /** Level FULL or EARNED. */
    public Tri autonomous() {
        if (autonomy() == null) return Tri.FALSE;
        if (autonomy().level() == null) return Tri.UNKNOWN;
        return Tri.of(autonomy().level() == AutonomyLevel.FULL || autonomy().level() == AutonomyLevel.EARNED);
    }

    /** Level FULL (AUT-06). */
    public Tri full() {
        if (autonomy() == null) return Tri.FALSE;
        if (autonomy().level() == null) return Tri.UNKNOWN;
        return Tri.of(autonomy().level() == AutonomyLevel.FULL);
    }

    /** {@code participates.centralFinance: true} (AUT-06); UNKNOWN when it or an enclosing object is absent. */
    public Tri centralFinance() {
        Participation p = participates();
        return p == null || p.centralFinance() == null ? Tri.UNKNOWN : Tri.of(p.centralFinance());
    }

    /** Pointer of the absent datum that makes {@link #centralFinance()} UNKNOWN. */
    public String centralFinanceMissing() {
        if (autonomy() == null) return pointer() + "/autonomy";
        if (participates() == null) return pointer() + "/autonomy/participates";
        return pointer() + "/autonomy/participates/centralFinance";
    }

    // ---- AUT-03: autonomy kept after it stopped being earned --------------------------------

    /** Index in {@code ofsted[]} of the inspection giving the latest grade on {@code day} (-1: none). */
    public int latestInspectionOn(LocalDate day) {
        OfstedGrade grade = academy.latestGradeOn(day);
        if (grade == null) return -1;
        LocalDate latest = null;
        for (OfstedInspection i : academy.ofsted())
            if (!i.date().isAfter(day) && (latest == null || i.date().isAfter(latest))) latest = i.date();
        List<OfstedInspection> list = academy.ofsted();
        for (int i = 0; i < list.size(); i++)
            if (list.get(i).date().equals(latest) && list.get(i).grade() == grade) return i;
        return -1;
    }

    /** Latest grade on {@code day} REQUIRES_IMPROVEMENT or INADEQUATE; no inspection by then: false. */
    public Tri gradeBelowGood(LocalDate day) {
        OfstedGrade g = academy.latestGradeOn(day);
        return Tri.of(g != null && g.belowGood());
    }

    public Tri progressBelow(BigDecimal min) {
        return academy.progress() == null ? Tri.UNKNOWN : Tri.of(academy.progress().compareTo(min) < 0);
    }

    public Tri inYearDeficit() {
        return academy.inYearRevenueBalance() == null ? Tri.UNKNOWN : Tri.of(academy.inYearRevenueBalance().signum() < 0);
    }

    /** Any sign of decline (Kleene "or"). */
    public Tri declined(LocalDate day, BigDecimal minProgress) {
        return gradeBelowGood(day).or(progressBelow(minProgress)).or(inYearDeficit());
    }

    /** Evidence and message arguments of AUT-03 for the parts that definitely hold. */
    public Outcome.Builder declineEvidence(Outcome.Builder b, LocalDate day, ParamValue minProgress) {
        b.at(pointer(), "level", level()).arg("urn", urn());
        List<String> reasons = new ArrayList<>(3);
        if (gradeBelowGood(day) == Tri.TRUE) {
            int i = latestInspectionOn(day);
            OfstedInspection insp = academy.ofsted().get(i);
            b.at(pointer() + "/ofsted/" + i, "grade", insp.grade());
            reasons.add("its latest Ofsted grade on " + day + " is " + insp.grade() + " (inspection of " + insp.date() + ")");
        }
        if (progressBelow(minProgress.decimal()) == Tri.TRUE) {
            b.at(pointer() + "/progress", "progress", academy.progress()).param(minProgress);
            reasons.add("its progress score " + academy.progress().toPlainString() + " is below " + minProgress.display()
                    + " (threshold: " + minProgress.source() + ")");
        }
        if (inYearDeficit() == Tri.TRUE) {
            b.at(pointer() + "/inYearRevenueBalance", "inYearRevenueBalance", academy.inYearRevenueBalance());
            reasons.add("its in-year revenue balance is " + Outcome.pounds(academy.inYearRevenueBalance()) + " (a deficit)");
        }
        return b.arg("reasons", String.join(", ", reasons));
    }

    /** Absent fields that leave AUT-03 UNKNOWN. */
    public String[] declineMissing(LocalDate day, BigDecimal minProgress) {
        List<String> m = new ArrayList<>(3);
        if (autonomous() == Tri.UNKNOWN) m.add("autonomy.level");
        if (progressBelow(minProgress) == Tri.UNKNOWN) m.add("progress");
        if (inYearDeficit() == Tri.UNKNOWN) m.add("inYearRevenueBalance");
        return m.toArray(String[]::new);
    }

    // ---- AUT-04: autonomy without recorded criteria or review ---------------------------------

    /** {@code criteriaRecorded: false} (needs the value). */
    public Tri criteriaNotRecorded() {
        if (autonomy() == null || autonomy().criteriaRecorded() == null) return Tri.UNKNOWN;
        return Tri.of(!autonomy().criteriaRecorded());
    }

    /** {@code reviewDue} absent, or before {@code asOf}. */
    public Tri reviewOverdue(LocalDate asOf) {
        LocalDate due = autonomy() == null ? null : autonomy().reviewDue();
        return Tri.of(due == null || due.isBefore(asOf));
    }

    public Tri unreviewed(LocalDate asOf) { return criteriaNotRecorded().or(reviewOverdue(asOf)); }

    /** Evidence and message arguments of AUT-04 for the parts that definitely hold. */
    public Outcome.Builder unreviewedEvidence(Outcome.Builder b, LocalDate asOf) {
        b.at(pointer(), "level", level()).arg("urn", urn());
        List<String> reasons = new ArrayList<>(2);
        if (criteriaNotRecorded() == Tri.TRUE) {
            b.at(pointer() + "/autonomy/criteriaRecorded", "criteriaRecorded", false);
            reasons.add("the criteria for its autonomy are not recorded (criteriaRecorded: false)");
        }
        if (reviewOverdue(asOf) == Tri.TRUE) {
            LocalDate due = autonomy().reviewDue();
            if (due == null) {
                b.at(pointer() + "/autonomy");
                reasons.add("no review date is set (reviewDue absent)");
            } else {
                b.at(pointer() + "/autonomy/reviewDue", "reviewDue", due);
                reasons.add("its review was due on " + due + ", before " + asOf);
            }
        }
        return b.arg("reasons", String.join(", and ", reasons));
    }

    public String[] unreviewedMissing(LocalDate asOf) {
        List<String> m = new ArrayList<>(2);
        if (autonomous() == Tri.UNKNOWN) m.add("autonomy.level");
        if (criteriaNotRecorded() == Tri.UNKNOWN) m.add("autonomy.criteriaRecorded");
        return m.toArray(String[]::new);
    }

    // ---- AUT-05: outside shared accountability -----------------------------------------------

    private static Tri isFalse(Boolean b) { return b == null ? Tri.UNKNOWN : Tri.of(!b); }

    /** {@code participates.peerReview} and {@code participates.trustQualityAssurance} both false. */
    public Tri outsideSharedAccountability() {
        Participation p = participates();
        if (p == null) return Tri.UNKNOWN;
        return isFalse(p.peerReview()).and(isFalse(p.trustQualityAssurance()));
    }

    public String[] sharedAccountabilityMissing() {
        List<String> m = new ArrayList<>(2);
        if (autonomous() == Tri.UNKNOWN) m.add("autonomy.level");
        Participation p = participates();
        if (p == null) m.add("autonomy.participates");
        else {
            if (p.peerReview() == null) m.add("autonomy.participates.peerReview");
            if (p.trustQualityAssurance() == null) m.add("autonomy.participates.trustQualityAssurance");
        }
        return m.toArray(String[]::new);
    }
}
