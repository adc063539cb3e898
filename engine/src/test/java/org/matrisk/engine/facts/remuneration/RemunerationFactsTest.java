package org.matrisk.engine.facts.remuneration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matrisk.engine.facts.Tri;
import org.matrisk.engine.pack.RulePack;
import org.matrisk.engine.params.ParameterSet;
import org.matrisk.model.Academy;
import org.matrisk.model.Appointment;
import org.matrisk.model.Enums.Direction;
import org.matrisk.model.Enums.InterestNature;
import org.matrisk.model.Enums.NoticeKind;
import org.matrisk.model.Enums.OfstedGrade;
import org.matrisk.model.Enums.PayApprover;
import org.matrisk.model.Enums.PayRole;
import org.matrisk.model.Enums.Phase;
import org.matrisk.model.Enums.SpecialPaymentKind;
import org.matrisk.model.Enums.TransactionKind;
import org.matrisk.model.Enums.TrustType;
import org.matrisk.model.Finance;
import org.matrisk.model.Governance;
import org.matrisk.model.Interest;
import org.matrisk.model.Notice;
import org.matrisk.model.OfstedInspection;
import org.matrisk.model.Party;
import org.matrisk.model.PayBand;
import org.matrisk.model.PayRecord;
import org.matrisk.model.Period;
import org.matrisk.model.Person;
import org.matrisk.model.SpecialPayment;
import org.matrisk.model.Transaction;
import org.matrisk.model.Trust;
import org.matrisk.model.TrustDocument;

class RemunerationFactsTest {
    static final ParameterSet PARAMS = RulePack.builtin().parameters();
    static final LocalDate ASOF = LocalDate.of(2025, 6, 30);

    // ---- builders ----------------------------------------------------------------------------

    static BigDecimal m(String s) { return new BigDecimal(s); }

    static PayRecord pay(int i, String person, PayRole role, String salary, String previous) {
        return new PayRecord(person, role, BigDecimal.ONE, m(salary), null, null, null, previous == null ? null : m(previous),
                PayApprover.BOARD, true, "/pay/" + i);
    }

    static Person person(int i, String id, List<Interest> interests, List<Appointment> appointments) {
        return new Person(id, null, true, interests, appointments, "/people/" + i);
    }

    static Transaction tx(int i, String id, String date, String party, Direction d, TransactionKind k) {
        return new Transaction(id, LocalDate.parse(date), party, m("1000"), d, k, null, null, null, null, false, null, null, "/transactions/" + i);
    }

    static SpecialPayment severance(String date, String person, String amount, String exitPackage) {
        return new SpecialPayment("SP1", person, LocalDate.parse(date), SpecialPaymentKind.SEVERANCE, m(amount), false, false,
                exitPackage == null ? null : m(exitPackage), null, null, true, "/specialPayments/0");
    }

    static Academy academy(String urn, OfstedInspection... inspections) {
        return new Academy(urn, urn, Phase.PRIMARY, 100, LocalDate.of(2015, 9, 1), List.of(inspections), null, null, null, "/academies/0");
    }

    static Governance governance() {
        return new Governance(List.of("P01", "P02", "P03"), List.of("P04"), "P04", "P20", "P21", 6, List.of(), null, null, null, true, null);
    }

    static TrustDocument doc(Finance finance, List<Person> people, List<Party> parties, List<Transaction> transactions,
                             List<PayRecord> pay, List<PayBand> bands, List<SpecialPayment> specials, List<Academy> academies,
                             List<Notice> notices) {
        return new TrustDocument("1", new Trust("T", "Trust", TrustType.MAT, null),
                new Period(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 8, 31)), ASOF, finance, governance(), people,
                parties, transactions, pay, bands, specials, academies, List.of(), notices, null);
    }

    static Finance finance(String reserves) {
        return new Finance(m("1000000"), null, null, reserves == null ? null : m(reserves), null, null, null, null, null, null, null);
    }

    static <T> List<T> only(List<Object> facts, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object o : facts) if (type.isInstance(o)) out.add(type.cast(o));
        return out;
    }

    // ---- Executive ---------------------------------------------------------------------------

    @Test
    void executivesAreTheExecutiveRolesAndAnyPayRecordOfTheAccountingOfficerOrCfo() {
        List<PayRecord> pay = List.of(
                pay(0, "P30", PayRole.CEO, "100000", null),
                pay(1, "P31", PayRole.EXECUTIVE_HEADTEACHER, "90000", null),
                pay(2, "P32", PayRole.HEADTEACHER, "90000", null),
                pay(3, "P20", PayRole.OTHER, "80000", null),        // the accounting officer person
                pay(4, "P21", PayRole.HEADTEACHER, "70000", null),  // the CFO person
                pay(5, "P33", PayRole.OTHER, "60000", null));
        List<Object> facts = RemunerationFacts.derive(doc(finance("1"), List.of(), null, null, pay, null, List.of(), List.of(), List.of()), PARAMS);
        assertThat(only(facts, Executive.class)).extracting(Executive::pointer).containsExactly("/pay/0", "/pay/1", "/pay/3", "/pay/4");
    }

    @Test
    void salaryRiseIsUnknownWithoutPreviousSalaryAndStrictlyAboveTheRatio() {
        BigDecimal ratio = m("1.10");
        assertThat(new Executive(pay(0, "P20", PayRole.CEO, "110000.01", "100000")).salaryRose(ratio)).isEqualTo(Tri.TRUE);
        assertThat(new Executive(pay(0, "P20", PayRole.CEO, "110000", "100000")).salaryRose(ratio)).isEqualTo(Tri.FALSE);
        assertThat(new Executive(pay(0, "P20", PayRole.CEO, "110000", null)).salaryRose(ratio)).isEqualTo(Tri.UNKNOWN);
    }

    // ---- WebsiteBand -------------------------------------------------------------------------

    @Test
    void aBandCountsTotalBenefitsInFromInclusiveToExclusive() {
        List<PayRecord> pay = List.of(pay(0, "P20", PayRole.CEO, "130000", null), pay(1, "P21", PayRole.CFO, "129999.99", null));
        WebsiteBand upper = WebsiteBand.of(new PayBand(m("130000"), m("140000"), 1, "/websitePayBands/0"), pay);
        WebsiteBand lower = WebsiteBand.of(new PayBand(m("120000"), m("130000"), 1, "/websitePayBands/1"), pay);
        assertThat(upper.records()).isEqualTo(1);
        assertThat(upper.inBand()).extracting(PayRecord::pointer).containsExactly("/pay/0");
        assertThat(lower.inBand()).extracting(PayRecord::pointer).containsExactly("/pay/1");
        assertThat(upper.hasWidth(m("10000.00"))).isTrue();
        assertThat(upper.hasWidth(m("20000"))).isFalse();
        assertThat(WebsiteBand.of(new PayBand(m("1"), m("2"), 0, "/websitePayBands/2"), null).recordsKnown()).isFalse();
    }

    // ---- PAY-06 grounds ----------------------------------------------------------------------

    @Test
    void performanceGroundsHoldOrAreUnknown() {
        Notice open = new Notice("N1", NoticeKind.NOTICE_TO_IMPROVE, null, LocalDate.of(2024, 1, 1), null, null, "/notices/0");
        Notice lifted = new Notice("N2", NoticeKind.NOTICE_TO_IMPROVE, null, LocalDate.of(2024, 1, 1), ASOF, null, "/notices/1");
        Notice academyNotice = new Notice("N3", NoticeKind.NOTICE_TO_IMPROVE, "140001", LocalDate.of(2024, 1, 1), null, null, "/notices/2");
        Academy inadequate = academy("140001", new OfstedInspection(LocalDate.of(2024, 1, 1), OfstedGrade.INADEQUATE));
        Academy later = academy("140002", new OfstedInspection(ASOF.plusDays(1), OfstedGrade.INADEQUATE));
        List<Object> facts = RemunerationFacts.derive(doc(finance("-1"), List.of(), null, null, List.of(), null, List.of(),
                List.of(inadequate, later), List.of(open, lifted, academyNotice)), PARAMS);
        assertThat(only(facts, PayPerformanceGround.class))
                .extracting(g -> g.ground() + " " + g.status() + " " + g.pointer())
                .containsExactlyInAnyOrder("DEFICIT TRUE /finance/revenueReserves", "NOTICE TRUE /notices/0", "OFSTED TRUE /academies/0");

        List<Object> unknown = RemunerationFacts.derive(doc(finance(null), List.of(), null, null, List.of(), null, List.of(), List.of(), null), PARAMS);
        assertThat(only(unknown, PayPerformanceGround.class))
                .extracting(g -> g.ground() + " " + g.status() + " " + g.missing())
                .containsExactlyInAnyOrder("DEFICIT UNKNOWN /finance/revenueReserves", "NOTICE UNKNOWN /notices");

        List<Object> none = RemunerationFacts.derive(doc(finance("0"), List.of(), null, null, List.of(), null, List.of(), List.of(), List.of()), PARAMS);
        assertThat(only(none, PayPerformanceGround.class)).isEmpty();
    }

    // ---- PAY-05 triggers ---------------------------------------------------------------------

    static SpecialSeverance one(TrustDocument d) {
        List<SpecialSeverance> s = only(RemunerationFacts.derive(d, PARAMS), SpecialSeverance.class);
        assertThat(s).hasSize(1);
        return s.get(0);
    }

    @Test
    void theAmountTriggerIsInclusive() {
        SpecialSeverance at = one(doc(finance("1"), List.of(), null, null, List.of(), null, List.of(severance("2024-03-01", "P20", "50000", "50000")), List.of(), List.of()));
        assertThat(at.amountTrigger()).isEqualTo(Tri.TRUE);
        assertThat(at.approvalRequired()).isEqualTo(Tri.TRUE);
        SpecialSeverance below = one(doc(finance("1"), List.of(), null, null, List.of(), null, List.of(severance("2024-03-01", "P20", "49999.99", "49999.99")), List.of(), List.of()));
        assertThat(below.approvalRequired()).isEqualTo(Tri.FALSE);
    }

    @Test
    void theExitPackageAndSalaryTriggersApplyFromTheFirstOfSeptember2021() {
        List<PayRecord> pay = List.of(pay(0, "P20", PayRole.CEO, "150000.01", null));
        SpecialSeverance before = one(doc(finance("1"), List.of(), null, null, pay, null, List.of(severance("2021-08-31", "P20", "1", "100000")), List.of(), List.of()));
        assertThat(before.exitPackageTrigger()).isEqualTo(Tri.FALSE);
        assertThat(before.salaryTrigger()).isEqualTo(Tri.FALSE);
        SpecialSeverance on = one(doc(finance("1"), List.of(), null, null, pay, null, List.of(severance("2021-09-01", "P20", "1", "100000")), List.of(), List.of()));
        assertThat(on.exitPackageTrigger()).isEqualTo(Tri.TRUE);
        assertThat(on.salaryTrigger()).isEqualTo(Tri.TRUE);
        assertThat(on.highPay().pointer()).isEqualTo("/pay/0");
        assertThat(on.reasons()).contains("£100,000.00").contains("£150,000.01");
    }

    @Test
    void absentDataMakesOnlyItsTriggerUnknown() {
        SpecialSeverance s = one(doc(finance("1"), List.of(), null, null, null, null, List.of(severance("2024-03-01", "P20", "1", null)), List.of(), null));
        assertThat(s.noticeTrigger()).isEqualTo(Tri.UNKNOWN);
        assertThat(s.exitPackageTrigger()).isEqualTo(Tri.UNKNOWN);
        assertThat(s.salaryTrigger()).isEqualTo(Tri.UNKNOWN);
        assertThat(s.approvalRequired()).isEqualTo(Tri.UNKNOWN);
        assertThat(s.missing()).containsExactly("/notices", "totalExitPackage", "/pay");
        SpecialSeverance noPerson = one(doc(finance("1"), List.of(), null, null, List.of(), null, List.of(severance("2024-03-01", null, "1", "1")), List.of(), List.of()));
        assertThat(noPerson.missing()).containsExactly("personId");
        SpecialSeverance noPayRecord = one(doc(finance("1"), List.of(), null, null, List.of(), null, List.of(severance("2024-03-01", "P30", "1", "1")), List.of(), List.of()));
        assertThat(noPayRecord.salaryTrigger()).isEqualTo(Tri.FALSE);
    }

    @Test
    void aTrustNoticeOpenOnThePaymentDateTriggers() {
        Notice issuedThatDay = new Notice("N1", NoticeKind.FINANCIAL_NOTICE_TO_IMPROVE, null, LocalDate.of(2024, 3, 1), null, null, "/notices/0");
        Notice liftedThatDay = new Notice("N2", NoticeKind.NOTICE_TO_IMPROVE, null, LocalDate.of(2023, 3, 1), LocalDate.of(2024, 3, 1), null, "/notices/1");
        SpecialSeverance s = one(doc(finance("1"), List.of(), null, null, List.of(), null, List.of(severance("2024-03-01", "P20", "1", "1")), List.of(), List.of(issuedThatDay, liftedThatDay)));
        assertThat(s.noticeTrigger()).isEqualTo(Tri.TRUE);
        assertThat(s.openNotices()).extracting(Notice::id).containsExactly("N1");
    }

    @Test
    void contractualOrStatutorySeveranceIsNotSpecial() {
        SpecialPayment contractual = new SpecialPayment("SP1", "P20", LocalDate.of(2024, 3, 1), SpecialPaymentKind.SEVERANCE, m("60000"),
                true, null, null, null, null, true, "/specialPayments/0");
        List<Object> facts = RemunerationFacts.derive(doc(finance("1"), List.of(), null, null, List.of(), null, List.of(contractual), List.of(), List.of()), PARAMS);
        assertThat(only(facts, SpecialSeverance.class)).isEmpty();
    }

    // ---- PAY-08 links ------------------------------------------------------------------------

    @Test
    void linksAreExecutiveInterestsAndAppointmentsCurrentOnThePaymentDate() {
        Party o1 = new Party("O1", "Supplier", null, "0991", null, false, "/parties/0");
        Party o2 = new Party("O2", "Other", null, "0992", null, false, "/parties/1");
        Person ao = person(0, "P20", List.of(new Interest("O1", InterestNature.DIRECTOR, null, "/people/0/interests/0")), List.of());
        Person cfo = person(1, "P21", List.of(), List.of(new Appointment("0992", "director", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 10, 2), "/people/1/appointments/0")));
        Person trustee = person(2, "P04", List.of(new Interest("O2", InterestNature.OTHER, null, "/people/2/interests/0")), List.of());
        List<Transaction> ledger = List.of(
                tx(0, "T1", "2023-10-02", "O1", Direction.PAYMENT, TransactionKind.SERVICES),
                tx(1, "T2", "2023-10-02", "O2", Direction.PAYMENT, TransactionKind.SERVICES),
                tx(2, "T3", "2023-10-03", "O2", Direction.PAYMENT, TransactionKind.SERVICES),   // appointment over
                tx(3, "T4", "2023-10-02", "O1", Direction.RECEIPT, TransactionKind.SERVICES),   // income
                tx(4, "T5", "2023-10-02", "O1", Direction.PAYMENT, TransactionKind.GOODS),      // not services
                tx(5, "T6", "2023-10-02", "O1", null, null));                                    // may be
        List<Object> facts = RemunerationFacts.derive(doc(finance("1"), List.of(ao, cfo, trustee), List.of(o1, o2), ledger,
                List.of(), null, List.of(), List.of(), List.of()), PARAMS);
        List<ExecutiveServicesLink> links = only(facts, ExecutiveServicesLink.class);
        assertThat(links).extracting(l -> l.transaction().id() + " " + l.linked() + " " + l.executiveLinks().size())
                .containsExactly("T1 TRUE 1", "T2 TRUE 1", "T6 TRUE 1");
        assertThat(links.get(1).executiveLinks().get(0).pointer()).isEqualTo("/people/1/appointments/0");
        assertThat(links.get(2).missing()).containsExactly("direction", "kind");
    }

    @Test
    void withoutPayAnyonesLinkMayBeAnExecutives() {
        Party o1 = new Party("O1", "Supplier", null, null, null, false, "/parties/0");
        Person trustee = person(0, "P04", List.of(new Interest("O1", InterestNature.OTHER, null, "/people/0/interests/0")), List.of());
        List<Transaction> ledger = List.of(tx(0, "T1", "2023-10-02", "O1", Direction.PAYMENT, TransactionKind.SERVICES));
        List<ExecutiveServicesLink> withoutPay = only(RemunerationFacts.derive(doc(finance("1"), List.of(trustee), List.of(o1), ledger,
                null, null, List.of(), List.of(), List.of()), PARAMS), ExecutiveServicesLink.class);
        assertThat(withoutPay).singleElement().satisfies(l -> {
            assertThat(l.linked()).isEqualTo(Tri.UNKNOWN);
            assertThat(l.missing()).containsExactly("/pay");
        });
        List<ExecutiveServicesLink> withPay = only(RemunerationFacts.derive(doc(finance("1"), List.of(trustee), List.of(o1), ledger,
                List.of(), null, List.of(), List.of(), List.of()), PARAMS), ExecutiveServicesLink.class);
        assertThat(withPay).isEmpty();
    }
}
