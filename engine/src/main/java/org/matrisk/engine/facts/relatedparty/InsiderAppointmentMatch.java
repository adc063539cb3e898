package org.matrisk.engine.facts.relatedparty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.matrisk.engine.facts.Tri;
import org.matrisk.model.Appointment;
import org.matrisk.model.Interest;
import org.matrisk.model.Person;

/**
 * Derived, for RPT-05: a payment (or possible payment) to a party whose {@code companyNumber} matches
 * an appointment of insider {@code personId} current on the payment's date (one per insider: the
 * first such appointment). {@code undeclared} is the three-valued "that insider has no interest in the
 * party with {@code declaredOn} on or before the payment date": FALSE when one is dated so, UNKNOWN when
 * none is but some interest in the party has no {@code declaredOn} ({@code undatedInterests} lists
 * their pointers), TRUE otherwise.
 */
public record InsiderAppointmentMatch(RptCandidate candidate, String personId, Appointment appointment, Tri undeclared,
                                      List<String> undatedInterests) {

    public static InsiderAppointmentMatch of(RptCandidate c, Person insider, Appointment appointment) {
        LocalDate day = c.date();
        boolean dated = false;
        List<String> undated = new ArrayList<>(0);
        for (Interest i : insider.interests()) {
            if (!c.partyId().equals(i.partyId())) continue;
            if (i.declaredOn() == null) undated.add(i.pointer());
            else if (!i.declaredOn().isAfter(day)) dated = true;
        }
        Tri undeclared = dated ? Tri.FALSE : undated.isEmpty() ? Tri.TRUE : Tri.UNKNOWN;
        return new InsiderAppointmentMatch(c, insider.id(), appointment, undeclared, dated ? List.of() : List.copyOf(undated));
    }

    public Tri payment() { return candidate.payment(); }
    public String pointer() { return candidate.pointer(); }
    public String id() { return candidate.id(); }
    public String partyId() { return candidate.partyId(); }
    public LocalDate date() { return candidate.date(); }
    public BigDecimal amount() { return candidate.amount(); }
    public String companyNumber() { return appointment.companyNumber(); }
    public String appointmentPointer() { return appointment.pointer(); }

    /** The absent fields an UNKNOWN outcome names. */
    public List<String> missing() {
        List<String> out = new ArrayList<>(candidate.missingDirections(List.of()));
        if (undeclared == Tri.UNKNOWN) for (String p : undatedInterests) out.add(p + "/declaredOn");
        return out;
    }
}
