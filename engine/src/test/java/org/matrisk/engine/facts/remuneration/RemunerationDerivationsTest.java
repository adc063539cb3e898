package org.matrisk.engine.facts.remuneration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;
import org.kie.api.runtime.KieSession;
import org.matrisk.engine.facts.AssessmentContext;
import org.matrisk.engine.facts.Tri;
import org.matrisk.engine.pack.PackCompiler;
import org.matrisk.engine.pack.RulePack;
import org.matrisk.engine.params.ParamValue;
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

/**
 * The remuneration area's derived facts, DRL declared types derived by remuneration.drl: each test runs
 * the built-in rule base on a small document and reads the derived facts of one type from the session
 * (fields by name, through the type's {@link FactType}). The rules' outcomes are covered by the rule
 * fixtures (PAY-01 ... PAY-11).
 */
class RemunerationDerivationsTest {
    static final RulePack PACK = RulePack.builtin();
    static final ParameterSet PARAMS = PACK.parameters();
    static final KieBase BASE = PackCompiler.compile(PACK).kieBase();
    static final LocalDate ASOF = LocalDate.of(2025, 6, 30);

    // ---- the engine: derived facts of one declared type ------------------------------------------

    /** A derived fact, with its fields read by name. */
    record Derived(FactType type, Object fact) {
        Object get(String field) { return type.get(fact, field); }
        String text(String field) { return String.valueOf(get(field)); }
    }

    static List<Derived> derive(TrustDocument doc, String typeName) {
        FactType type = BASE.getFactType("org.matrisk.rules", typeName);
        assertThat(type).as("declared type " + typeName).isNotNull();
        KieSession session = BASE.newKieSession();
        try {
            session.insert(new AssessmentContext(doc, PARAMS));
            for (Object fact : inputFacts(doc)) session.insert(fact);
            session.fireAllRules();
            List<Derived> out = new ArrayList<>();
            for (Object o : session.getObjects(o -> type.getFactClass().isInstance(o))) out.add(new Derived(type, o));
            return out;
        } finally {
            session.dispose();
        }
    }

    /** The input records, as the engine inserts them. */
    static List<Object> inputFacts(TrustDocument doc) {
        List<Object> facts = new ArrayList<>(List.of(doc, doc.trust(), doc.finance(), doc.governance(), doc.coverage()));
        for (Collection<?> c : Arrays.<Collection<?>>asList(doc.governance().committees(), doc.people(), doc.parties(),
                doc.transactions(), doc.pay(), doc.websitePayBands(), doc.specialPayments(), doc.academies(), doc.notices()))
            if (c != null) facts.addAll(c);
        return facts;
    }

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

    static List<String> pointers(Object payRecords) {
        List<String> out = new ArrayList<>();
        for (Object p : (List<?>) payRecords) out.add(((PayRecord) p).pointer());
        return out;
    }

    // ---- Executive, ExecutivePerson ----------------------------------------------------------

    @Test
    void executivesAreTheExecutiveRolesAndAnyPayRecordOfTheAccountingOfficerOrCfo() {
        List<PayRecord> pay = List.of(
                pay(0, "P30", PayRole.CEO, "100000", null),
                pay(1, "P31", PayRole.EXECUTIVE_HEADTEACHER, "90000", null),
                pay(2, "P32", PayRole.HEADTEACHER, "90000", null),
                pay(3, "P20", PayRole.OTHER, "80000", null),        // the accounting officer person
                pay(4, "P21", PayRole.HEADTEACHER, "70000", null),  // the CFO person
                pay(5, "P33", PayRole.OTHER, "60000", null),
                pay(6, "P20", PayRole.CEO, "10000", null));         // the accounting officer in an executive role: one fact
        TrustDocument d = doc(finance("1"), List.of(person(0, "P30", List.of(), List.of()), person(1, "P20", List.of(), List.of()),
                person(2, "P32", List.of(), List.of()), person(3, "P21", List.of(), List.of())), null, null, pay, null, List.of(), List.of(), List.of());
        assertThat(derive(d, "Executive")).extracting(e -> ((PayRecord) e.get("pay")).pointer())
                .containsExactlyInAnyOrder("/pay/0", "/pay/1", "/pay/3", "/pay/4", "/pay/6");
        // one ExecutivePerson per person, however many reasons
        assertThat(derive(d, "ExecutivePerson")).extracting(e -> ((Person) e.get("person")).id())
                .containsExactlyInAnyOrder("P30", "P20", "P21");
    }

    // ---- WebsiteBand -------------------------------------------------------------------------

    @Test
    void aBandCountsTotalBenefitsInFromInclusiveToExclusive() {
        List<PayRecord> pay = List.of(pay(0, "P20", PayRole.CEO, "130000", null), pay(1, "P21", PayRole.CFO, "129999.99", null));
        List<PayBand> bands = List.of(new PayBand(m("130000"), m("140000"), 1, "/websitePayBands/0"),
                new PayBand(m("120000"), m("130000"), 1, "/websitePayBands/1"));
        List<Derived> derived = derive(doc(finance("1"), List.of(), null, null, pay, bands, List.of(), List.of(), List.of()), "WebsiteBand");
        assertThat(derived).extracting(b -> ((PayBand) b.get("band")).pointer() + " " + b.get("lower") + "-" + b.get("upper") + " " + pointers(b.get("inBand")))
                .containsExactlyInAnyOrder("/websitePayBands/0 130000-140000 [/pay/0]", "/websitePayBands/1 120000-130000 [/pay/1]");

        List<Derived> unknown = derive(doc(finance("1"), List.of(), null, null, null, bands.subList(0, 1), List.of(), List.of(), List.of()), "WebsiteBand");
        assertThat(unknown).singleElement().satisfies(b -> assertThat(b.get("inBand")).isNull());
        assertThat(derive(doc(finance("1"), List.of(), null, null, pay, List.of(), List.of(), List.of(), List.of()), "WebsiteBand")).isEmpty();
    }

    // ---- PAY-06 grounds ----------------------------------------------------------------------

    @Test
    void performanceGroundsHoldOrAreUnknown() {
        Notice open = new Notice("N1", NoticeKind.NOTICE_TO_IMPROVE, null, LocalDate.of(2024, 1, 1), null, null, "/notices/0");
        Notice lifted = new Notice("N2", NoticeKind.NOTICE_TO_IMPROVE, null, LocalDate.of(2024, 1, 1), ASOF, null, "/notices/1");
        Notice academyNotice = new Notice("N3", NoticeKind.NOTICE_TO_IMPROVE, "140001", LocalDate.of(2024, 1, 1), null, null, "/notices/2");
        Academy inadequate = academy("140001", new OfstedInspection(LocalDate.of(2024, 1, 1), OfstedGrade.INADEQUATE));
        Academy later = academy("140002", new OfstedInspection(ASOF.plusDays(1), OfstedGrade.INADEQUATE));
        List<Derived> grounds = derive(doc(finance("-1"), List.of(), null, null, List.of(), null, List.of(),
                List.of(inadequate, later), List.of(open, lifted, academyNotice)), "PayPerformanceGround");
        assertThat(grounds).extracting(g -> g.get("ground") + " " + g.get("status") + " " + g.get("pointer"))
                .containsExactlyInAnyOrder("DEFICIT TRUE /finance/revenueReserves", "NOTICE TRUE /notices/0", "OFSTED TRUE /academies/0");
        assertThat(grounds).extracting(g -> g.text("text")).contains("trust notice N1 (NOTICE_TO_IMPROVE, issued 2024-01-01) is open on 2025-06-30");

        List<Derived> unknown = derive(doc(finance(null), List.of(), null, null, List.of(), null, List.of(), List.of(), null), "PayPerformanceGround");
        assertThat(unknown).extracting(g -> g.get("ground") + " " + g.get("status") + " " + g.get("missing"))
                .containsExactlyInAnyOrder("DEFICIT UNKNOWN /finance/revenueReserves", "NOTICE UNKNOWN /notices");

        assertThat(derive(doc(finance("0"), List.of(), null, null, List.of(), null, List.of(), List.of(), List.of()), "PayPerformanceGround")).isEmpty();
    }

    // ---- PAY-05 special severance and its triggers -------------------------------------------

    static List<String> triggers(TrustDocument d) {
        List<String> out = new ArrayList<>();
        for (Derived t : derive(d, "SeveranceTrigger")) out.add(t.get("trigger") + " " + t.get("status"));
        return out;
    }

    static Derived trigger(TrustDocument d, String name) {
        return derive(d, "SeveranceTrigger").stream().filter(t -> name.equals(t.get("trigger"))).findFirst().orElseThrow();
    }

    @Test
    void theAmountTriggerIsInclusive() {
        TrustDocument at = doc(finance("1"), List.of(), null, null, List.of(), null, List.of(severance("2024-03-01", "P20", "50000", "50000")), List.of(), List.of());
        assertThat(triggers(at)).containsExactly("AMOUNT TRUE");
        assertThat(((ParamValue) trigger(at, "AMOUNT").get("param")).name()).isEqualTo("pay.severance.amountTrigger");
        TrustDocument below = doc(finance("1"), List.of(), null, null, List.of(), null, List.of(severance("2024-03-01", "P20", "49999.99", "49999.99")), List.of(), List.of());
        assertThat(triggers(below)).isEmpty();
        assertThat(derive(below, "SpecialSeverance")).hasSize(1);
    }

    @Test
    void theExitPackageAndSalaryTriggersApplyFromTheFirstOfSeptember2021() {
        List<PayRecord> pay = List.of(pay(0, "P20", PayRole.CEO, "150000.01", null), pay(1, "P20", PayRole.OTHER, "150000.01", null));
        TrustDocument before = doc(finance("1"), List.of(), null, null, pay, null, List.of(severance("2021-08-31", "P20", "1", "100000")), List.of(), List.of());
        assertThat(triggers(before)).isEmpty();
        TrustDocument on = doc(finance("1"), List.of(), null, null, pay, null, List.of(severance("2021-09-01", "P20", "1", "100000")), List.of(), List.of());
        assertThat(triggers(on)).containsExactlyInAnyOrder("EXIT_PACKAGE TRUE", "SALARY TRUE");
        Derived salary = trigger(on, "SALARY");
        assertThat(((PayRecord) salary.get("pay")).pointer()).isEqualTo("/pay/0");   // the first of equal salaries
        assertThat(salary.text("reason")).contains("£150,000.01");
        assertThat(trigger(on, "EXIT_PACKAGE").text("reason")).contains("£100,000.00");
    }

    @Test
    void absentDataMakesOnlyItsTriggerUnknown() {
        TrustDocument none = doc(finance("1"), List.of(), null, null, null, null, List.of(severance("2024-03-01", "P20", "1", null)), List.of(), null);
        assertThat(derive(none, "SeveranceTrigger")).extracting(t -> t.get("trigger") + " " + t.get("status") + " " + t.get("missing"))
                .containsExactlyInAnyOrder("NOTICE UNKNOWN /notices", "EXIT_PACKAGE UNKNOWN totalExitPackage", "SALARY UNKNOWN /pay");
        TrustDocument noPerson = doc(finance("1"), List.of(), null, null, List.of(), null, List.of(severance("2024-03-01", null, "1", "1")), List.of(), List.of());
        assertThat(derive(noPerson, "SeveranceTrigger")).extracting(t -> t.get("trigger") + " " + t.get("missing")).containsExactly("SALARY personId");
        TrustDocument noPayRecord = doc(finance("1"), List.of(), null, null, List.of(), null, List.of(severance("2024-03-01", "P30", "1", "1")), List.of(), List.of());
        assertThat(triggers(noPayRecord)).isEmpty();
    }

    @Test
    void aTrustNoticeOpenOnThePaymentDateTriggers() {
        Notice issuedThatDay = new Notice("N1", NoticeKind.FINANCIAL_NOTICE_TO_IMPROVE, null, LocalDate.of(2024, 3, 1), null, null, "/notices/0");
        Notice liftedThatDay = new Notice("N2", NoticeKind.NOTICE_TO_IMPROVE, null, LocalDate.of(2023, 3, 1), LocalDate.of(2024, 3, 1), null, "/notices/1");
        TrustDocument d = doc(finance("1"), List.of(), null, null, List.of(), null, List.of(severance("2024-03-01", "P20", "1", "1")), List.of(), List.of(issuedThatDay, liftedThatDay));
        Derived notice = trigger(d, "NOTICE");
        assertThat(notice.get("status")).isEqualTo(Tri.TRUE);
        assertThat((List<?>) notice.get("notices")).extracting(n -> ((Notice) n).id()).containsExactly("N1");
    }

    @Test
    void contractualOrStatutorySeveranceIsNotSpecialAbsentIs() {
        SpecialPayment contractual = new SpecialPayment("SP1", "P20", LocalDate.of(2024, 3, 1), SpecialPaymentKind.SEVERANCE, m("60000"),
                true, null, null, null, null, true, "/specialPayments/0");
        SpecialPayment statutory = new SpecialPayment("SP2", "P20", LocalDate.of(2024, 3, 1), SpecialPaymentKind.SEVERANCE, m("60000"),
                null, true, null, null, null, true, "/specialPayments/1");
        SpecialPayment absent = new SpecialPayment("SP3", "P20", LocalDate.of(2024, 3, 1), SpecialPaymentKind.SEVERANCE, m("60000"),
                null, null, null, null, null, true, "/specialPayments/2");
        SpecialPayment compensation = new SpecialPayment("SP4", "P20", LocalDate.of(2024, 3, 1), SpecialPaymentKind.COMPENSATION, m("60000"),
                false, false, null, null, null, true, "/specialPayments/3");
        List<Derived> special = derive(doc(finance("1"), List.of(), null, null, List.of(), null, List.of(contractual, statutory, absent, compensation),
                List.of(), List.of()), "SpecialSeverance");
        assertThat(special).extracting(s -> ((SpecialPayment) s.get("payment")).id()).containsExactly("SP3");
    }

    // ---- PAY-08 connections and links ---------------------------------------------------------

    static List<String> linkPointers(Derived link) {
        FactType connection = BASE.getFactType("org.matrisk.rules", "ExecutiveConnection");
        List<String> out = new ArrayList<>();
        for (Object c : (List<?>) link.get("links"))
            out.add(connection.get(c, "pointer") + (Boolean.TRUE.equals(connection.get(c, "executive")) ? "" : " (not known)"));
        return out;
    }

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
        List<Derived> links = derive(doc(finance("1"), List.of(ao, cfo, trustee), List.of(o1, o2), ledger,
                List.of(), null, List.of(), List.of(), List.of()), "ExecutiveServicesLink");
        assertThat(links).extracting(l -> ((Transaction) l.get("transaction")).id() + " " + l.get("linked") + " " + linkPointers(l))
                .containsExactlyInAnyOrder("T1 TRUE [/people/0/interests/0]", "T2 TRUE [/people/1/appointments/0]", "T6 TRUE [/people/0/interests/0]");
    }

    @Test
    void executivesLinksComeFirstThenInterestsBeforeAppointments() {
        Party o1 = new Party("O1", "Supplier", null, "0991", null, false, "/parties/0");
        Person trustee = person(0, "P04", List.of(new Interest("O1", InterestNature.OTHER, null, "/people/0/interests/0")), List.of());
        Person cfo = person(1, "P21", List.of(), List.of(new Appointment("0991", "director", null, null, "/people/1/appointments/0")));
        Person ao = person(2, "P20", List.of(new Interest("O1", InterestNature.DIRECTOR, null, "/people/2/interests/0")), List.of());
        List<Transaction> ledger = List.of(tx(0, "T1", "2023-10-02", "O1", Direction.PAYMENT, TransactionKind.SERVICES));
        // pay absent: the trustee may be an executive, listed after the known executives
        List<Derived> links = derive(doc(finance("1"), List.of(trustee, cfo, ao), List.of(o1), ledger, null, null, List.of(), List.of(), List.of()),
                "ExecutiveServicesLink");
        assertThat(links).singleElement().satisfies(l -> assertThat(linkPointers(l))
                .containsExactly("/people/2/interests/0", "/people/1/appointments/0", "/people/0/interests/0 (not known)"));
    }

    @Test
    void withoutPayAnyonesLinkMayBeAnExecutives() {
        Party o1 = new Party("O1", "Supplier", null, null, null, false, "/parties/0");
        Person trustee = person(0, "P04", List.of(new Interest("O1", InterestNature.OTHER, null, "/people/0/interests/0")), List.of());
        List<Transaction> ledger = List.of(tx(0, "T1", "2023-10-02", "O1", Direction.PAYMENT, TransactionKind.SERVICES));
        List<Derived> withoutPay = derive(doc(finance("1"), List.of(trustee), List.of(o1), ledger, null, null, List.of(), List.of(), List.of()),
                "ExecutiveServicesLink");
        assertThat(withoutPay).singleElement().satisfies(l -> assertThat(l.get("linked")).isEqualTo(Tri.UNKNOWN));
        assertThat(derive(doc(finance("1"), List.of(trustee), List.of(o1), ledger, List.of(), null, List.of(), List.of(), List.of()),
                "ExecutiveServicesLink")).isEmpty();
    }

    // ---- PayFunctions: arithmetic, order, data access ----------------------------------------

    @Test
    void payFunctionsAreArithmeticOrderAndDataAccess() {
        assertThat(PayFunctions.times(m("100000"), m("1.10"))).isEqualByComparingTo("110000");
        assertThat(PayFunctions.times(null, m("1.10"))).isNull();
        assertThat(PayFunctions.sameAmount(PayFunctions.difference(m("140000"), m("130000")), m("10000.00"))).isTrue();
        assertThat(PayFunctions.sameAmount(m("20000"), m("10000"))).isFalse();
        List<PayRecord> records = List.of(pay(10, "P2", PayRole.CFO, "90000", null), pay(2, "P1", PayRole.CEO, "120000", null),
                pay(3, "P3", PayRole.OTHER, "120000", null));
        assertThat(PayFunctions.inOrder(records)).extracting(PayRecord::pointer).containsExactly("/pay/2", "/pay/3", "/pay/10");
        assertThat(PayFunctions.highestSalary(records).pointer()).isEqualTo("/pay/2");
        assertThat(PayFunctions.salaries(records)).isEqualTo("P1 £120,000.00 (/pay/2), P3 £120,000.00 (/pay/3), P2 £90,000.00 (/pay/10)");
        assertThat(PayFunctions.salaries(List.of())).isEqualTo("none");
        List<Transaction> ledger = List.of(tx(0, "T1", "2023-10-02", "O1", null, null), tx(1, "T2", "2023-10-02", "O2", null, null),
                tx(2, "T3", "2023-10-02", null, null, null));
        assertThat(PayFunctions.toParties(ledger, Set.of("O2"))).extracting(Transaction::id).containsExactly("T2");
    }
}
