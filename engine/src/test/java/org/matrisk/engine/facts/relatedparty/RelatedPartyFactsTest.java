package org.matrisk.engine.facts.relatedparty;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matrisk.engine.facts.Tri;
import org.matrisk.engine.params.ParameterSet;
import org.matrisk.model.Appointment;
import org.matrisk.model.Enums.Direction;
import org.matrisk.model.Enums.InterestNature;
import org.matrisk.model.Enums.PartyKind;
import org.matrisk.model.Enums.TransactionKind;
import org.matrisk.model.Governance;
import org.matrisk.model.Interest;
import org.matrisk.model.Party;
import org.matrisk.model.Period;
import org.matrisk.model.Person;
import org.matrisk.model.Transaction;
import org.matrisk.model.TrustDocument;

class RelatedPartyFactsTest {
    static final ParameterSet PARAMS = ApprovalRegimeTest.PARAMS;
    static final Governance GOVERNANCE = new Governance(List.of("P01", "P02", "P03"), List.of("P03", "P04"), "P04", "P05", "P06",
            6, null, null, null, null, true, null);
    static final Party RELATED = new Party("O1", "Related Ltd", PartyKind.COMPANY, "111", null, true, "/parties/0");
    static final Party COMPANY = new Party("O2", "Company Ltd", PartyKind.COMPANY, "222", null, false, "/parties/1");
    static final Party OTHER = new Party("O3", "Other Ltd", PartyKind.COMPANY, "333", null, false, "/parties/2");

    static LocalDate d(String s) { return s == null ? null : LocalDate.parse(s); }

    static Transaction tx(String id, String date, Party party, String amount, Direction direction, String contractId) {
        return new Transaction(id, d(date), party.id(), new BigDecimal(amount), direction, TransactionKind.SERVICES, contractId,
                null, null, null, false, null, null, "/transactions/" + id.substring(1));
    }

    static TrustDocument doc(List<Person> people, Transaction... ledger) {
        return new TrustDocument("1", null, new Period(d("2023-09-01"), d("2024-08-31")), null, null, GOVERNANCE, people,
                List.of(RELATED, COMPANY, OTHER), List.of(ledger), null, null, null, List.of(), null, null, null);
    }

    static <T> List<T> of(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static Person insider(String id, List<Interest> interests, List<Appointment> appointments) {
        return new Person(id, null, false, interests, appointments, "/people/" + id);
    }

    @Test
    void nothingWithoutTransactionsOrRelatedParties() {
        assertThat(RelatedPartyFacts.derive(doc(List.of()), PARAMS)).isEmpty();
        assertThat(RelatedPartyFacts.derive(doc(List.of(), tx("T0", "2024-01-01", OTHER, "50000", Direction.PAYMENT, null)), PARAMS)).isEmpty();
    }

    @Test
    void certainRptsCarryTheSharedTotalsAndAnApprovalDecision() {
        List<Object> facts = RelatedPartyFacts.derive(doc(List.of(),
                tx("T0", "2023-10-01", RELATED, "15000", Direction.PAYMENT, "C1"),
                tx("T1", "2023-11-01", RELATED, "15000", Direction.PAYMENT, "C1"),
                tx("T2", "2023-12-01", RELATED, "15000", Direction.PAYMENT, "C1"),
                tx("T3", "2023-12-01", RELATED, "5000", Direction.RECEIPT, "C1")), PARAMS);
        List<RptCandidate> candidates = of(facts, RptCandidate.class);
        assertThat(candidates).extracting(RptCandidate::id).containsExactly("T0", "T1", "T2");
        assertThat(candidates).allMatch(c -> c.payment() == Tri.TRUE && c.uncertainContract().isEmpty());
        assertThat(candidates.get(0).contractTotal()).isEqualByComparingTo("45000");
        assertThat(candidates.get(0).possibleContractTotal()).isEqualByComparingTo("45000");
        List<RptApproval> approvals = of(facts, RptApproval.class);
        assertThat(approvals).extracting(RptApproval::required).containsOnly(Tri.TRUE);
        assertThat(approvals.get(0).measure()).isEqualTo(", part of contract C1 totalling £45,000.00 in 2023/24,");
    }

    @Test
    void aDirectionAbsentTransactionIsAPossibleRptAndMakesOthersTotalsUncertain() {
        List<Object> facts = RelatedPartyFacts.derive(doc(List.of(),
                tx("T0", "2023-10-01", RELATED, "25000", Direction.PAYMENT, "C1"),
                tx("T1", "2023-11-01", RELATED, "20000", null, "C1"),
                tx("T2", "2023-11-02", COMPANY, "99000", null, null)), PARAMS);
        List<RptCandidate> candidates = of(facts, RptCandidate.class);
        assertThat(candidates).extracting(RptCandidate::id).as("unrelated parties are no candidates").containsExactly("T0", "T1");
        RptCandidate certain = candidates.get(0), possible = candidates.get(1);
        assertThat(certain.payment()).isEqualTo(Tri.TRUE);
        assertThat(certain.contractTotal()).isEqualByComparingTo("25000");
        assertThat(certain.possibleContractTotal()).isEqualByComparingTo("45000");
        assertThat(certain.uncertainContract()).containsExactly("/transactions/1");
        assertThat(certain.uncertainRunning()).isEmpty();
        assertThat(certain.uncertainPartyYear()).containsExactly("/transactions/1");
        assertThat(possible.payment()).isEqualTo(Tri.UNKNOWN);
        assertThat(possible.transaction().direction()).isNull();
        assertThat(possible.contractTotal()).as("as a payment, with the certain one").isEqualByComparingTo("45000");
        assertThat(possible.runningTotal()).isEqualByComparingTo("45000");
        assertThat(possible.uncertainContract()).isEmpty();

        List<RptApproval> approvals = of(facts, RptApproval.class);
        assertThat(approvals.get(0).required()).isEqualTo(Tri.UNKNOWN);
        assertThat(approvals.get(0).missing()).containsExactly("/transactions/1/direction");
        assertThat(approvals.get(1).required()).isEqualTo(Tri.TRUE);
        assertThat(approvals.get(1).missing()).containsExactly("direction");
    }

    @Test
    void theRunningTotalIsUncertainOnlyThroughEarlierDirectionAbsentPayments() {
        List<Object> facts = RelatedPartyFacts.derive(doc(List.of(),
                tx("T0", "2022-10-01", RELATED, "15000", Direction.PAYMENT, null),
                tx("T1", "2022-11-01", RELATED, "8000", null, null),
                tx("T2", "2022-12-01", RELATED, "1000", Direction.PAYMENT, null)), PARAMS);
        List<RptApproval> approvals = of(facts, RptApproval.class);
        assertThat(approvals).extracting(RptApproval::required).containsExactly(Tri.FALSE, Tri.TRUE, Tri.UNKNOWN);
        assertThat(approvals.get(2).candidate().runningTotal()).isEqualByComparingTo("16000");
        assertThat(approvals.get(2).candidate().possibleRunningTotal()).isEqualByComparingTo("24000");
        assertThat(approvals.get(2).uncertain()).containsExactly("/transactions/1");
        assertThat(approvals.get(2).measure()).contains("to £24,000.00");
    }

    @Test
    void insiderAppointmentsAreJudgedAgainstInterestsDeclaredByThePaymentDate() {
        Appointment director = new Appointment("222", "director", d("2020-01-01"), null, "/people/P04/appointments/0");
        Transaction pay = tx("T0", "2024-02-14", COMPANY, "1000", Direction.PAYMENT, null);
        Person undeclared = insider("P04", List.of(), List.of(director));
        Person late = insider("P04", List.of(new Interest("O2", InterestNature.DIRECTOR, d("2024-02-15"), "/people/P04/interests/0")), List.of(director));
        Person onTime = insider("P04", List.of(new Interest("O2", InterestNature.DIRECTOR, d("2024-02-14"), "/people/P04/interests/0")), List.of(director));
        Person undated = insider("P04", List.of(new Interest("O2", InterestNature.DIRECTOR, null, "/people/P04/interests/0")), List.of(director));
        Person outsider = new Person("P99", null, true, List.of(), List.of(director), "/people/P99");

        assertThat(of(RelatedPartyFacts.derive(doc(List.of(undeclared), pay), PARAMS), InsiderAppointmentMatch.class))
                .singleElement().satisfies(m -> {
                    assertThat(m.undeclared()).isEqualTo(Tri.TRUE);
                    assertThat(m.personId()).isEqualTo("P04");
                    assertThat(m.appointmentPointer()).isEqualTo("/people/P04/appointments/0");
                });
        assertThat(of(RelatedPartyFacts.derive(doc(List.of(late), pay), PARAMS), InsiderAppointmentMatch.class))
                .singleElement().extracting(InsiderAppointmentMatch::undeclared).isEqualTo(Tri.TRUE);
        assertThat(of(RelatedPartyFacts.derive(doc(List.of(onTime), pay), PARAMS), InsiderAppointmentMatch.class))
                .singleElement().extracting(InsiderAppointmentMatch::undeclared).isEqualTo(Tri.FALSE);
        assertThat(of(RelatedPartyFacts.derive(doc(List.of(undated), pay), PARAMS), InsiderAppointmentMatch.class))
                .singleElement().satisfies(m -> {
                    assertThat(m.undeclared()).isEqualTo(Tri.UNKNOWN);
                    assertThat(m.missing()).containsExactly("/people/P04/interests/0/declaredOn");
                });
        assertThat(of(RelatedPartyFacts.derive(doc(List.of(outsider), pay), PARAMS), InsiderAppointmentMatch.class)).isEmpty();
    }

    @Test
    void financialYearLabels() {
        assertThat(RptCandidate.label(2024)).isEqualTo("2023/24");
        assertThat(RptCandidate.label(2000)).isEqualTo("1999/00");
    }
}
