package org.matrisk.engine.facts.relatedparty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;
import org.kie.api.runtime.KieSession;
import org.matrisk.engine.facts.AssessmentContext;
import org.matrisk.engine.facts.Outcome;
import org.matrisk.engine.facts.Status;
import org.matrisk.engine.facts.Tri;
import org.matrisk.engine.pack.PackCompiler;
import org.matrisk.engine.pack.RulePack;
import org.matrisk.engine.params.DatedValue;
import org.matrisk.engine.params.Parameter;
import org.matrisk.engine.params.ParameterSet;
import org.matrisk.model.Appointment;
import org.matrisk.model.Enums.Direction;
import org.matrisk.model.Enums.Exemption;
import org.matrisk.model.Enums.InterestNature;
import org.matrisk.model.Enums.PartyKind;
import org.matrisk.model.Enums.TransactionKind;
import org.matrisk.model.Enums.TrustType;
import org.matrisk.model.Finance;
import org.matrisk.model.Governance;
import org.matrisk.model.Interest;
import org.matrisk.model.Party;
import org.matrisk.model.Period;
import org.matrisk.model.Person;
import org.matrisk.model.Transaction;
import org.matrisk.model.Trust;
import org.matrisk.model.TrustDocument;

/**
 * The RELATED_PARTY derivations of the built-in pack (declared types of {@code related_party.drl}),
 * run by the compiled pack on documents built here, and read through the KieBase's {@link FactType}s
 * as a pack author would see them.
 */
class RelatedPartyDerivationsTest {
    static final RulePack PACK = RulePack.builtin();
    static final KieBase BASE = PackCompiler.compile(PACK).kieBase();
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

    static TrustDocument doc(List<Person> people, List<Party> parties, Transaction... ledger) {
        Finance finance = new Finance(null, null, null, null, null, null, null, null, null, null, null);
        return new TrustDocument("1", new Trust("T", "Trust", TrustType.MAT, null), new Period(d("2023-09-01"), d("2024-08-31")), null,
                finance, GOVERNANCE, people, parties, List.of(ledger), null, null, null, List.of(), null, null, null);
    }

    static TrustDocument doc(List<Person> people, Transaction... ledger) {
        return doc(people, List.of(RELATED, COMPANY, OTHER), ledger);
    }

    static Person person(String id, List<Interest> interests, List<Appointment> appointments) {
        return new Person(id, null, false, interests, appointments, "/people/" + id);
    }

    /** The working memory after the pack ran on {@code doc}: the facts the RELATED_PARTY rules read, and what they derived. */
    static final class Run {
        final List<Object> facts = new ArrayList<>();

        Run(TrustDocument doc, ParameterSet params) {
            KieSession s = BASE.newKieSession();
            try {
                s.insert(new AssessmentContext(doc, params));
                s.insert(doc);
                s.insert(doc.trust());
                s.insert(doc.finance());
                s.insert(doc.governance());
                doc.people().forEach(s::insert);
                doc.parties().forEach(s::insert);
                // the ledger lines are facts, as the engine inserts them (the related-party lines match them)
                if (doc.transactions() != null) doc.transactions().forEach(s::insert);
                s.fireAllRules();
                facts.addAll(s.getObjects());
            } finally {
                s.dispose();
            }
        }

        Run(TrustDocument doc) { this(doc, PACK.parameters()); }

        /** Every derived fact of the declared type {@code name}, in ledger order of its transaction (when it has one). */
        List<Object> of(String name) {
            List<Object> out = new ArrayList<>();
            for (Object o : facts) if (o.getClass().getName().equals("org.matrisk.rules." + name)) out.add(o);
            out.sort((a, b) -> pointer(a).compareTo(pointer(b)));
            return out;
        }

        List<Outcome> outcomes(String ruleId) {
            return facts.stream().filter(o -> o instanceof Outcome x && x.ruleId().equals(ruleId)).map(Outcome.class::cast)
                    .sorted((a, b) -> a.subject().compareTo(b.subject())).toList();
        }
    }

    static Object get(Object fact, String field) {
        FactType type = BASE.getFactType("org.matrisk.rules", fact.getClass().getSimpleName());
        return type.get(fact, field);
    }

    static String pointer(Object fact) {
        for (String via : List.of("rpt", "")) {
            Object f = via.isEmpty() ? fact : fieldOrNull(fact, via);
            if (f != null && fieldOrNull(f, "pointer") != null) return (String) get(f, "pointer");
        }
        return "";
    }

    static Object fieldOrNull(Object fact, String field) {
        FactType type = BASE.getFactType("org.matrisk.rules", fact.getClass().getSimpleName());
        return type == null || type.getField(field) == null ? null : type.get(fact, field);
    }

    static List<Object> list(Object fact, String field) { return new ArrayList<>((List<?>) get(fact, field)); }

    static Object rpt(Object requirement, String field) { return get(get(requirement, "rpt"), field); }

    static String txId(Object payment) { return ((Transaction) get(payment, "transaction")).id(); }

    @Test
    void nothingWithoutTransactionsToRelatedParties() {
        assertThat(new Run(doc(List.of())).of("RelatedPartyPayment")).isEmpty();
        Run unrelated = new Run(doc(List.of(), List.of(COMPANY, OTHER), tx("T0", "2024-01-01", OTHER, "50000", Direction.PAYMENT, null)));
        assertThat(unrelated.of("RelatedPartyBasis")).isEmpty();
        assertThat(unrelated.of("RelatedPartyPayment")).isEmpty();
        assertThat(unrelated.outcomes("RPT-02")).isEmpty();
    }

    @Test
    void certainRptsCarryTheSharedTotalsAndAnApprovalRequirement() {
        Run run = new Run(doc(List.of(),
                tx("T0", "2023-10-01", RELATED, "15000", Direction.PAYMENT, "C1"),
                tx("T1", "2023-11-01", RELATED, "15000", Direction.PAYMENT, "C1"),
                tx("T2", "2023-12-01", RELATED, "15000", Direction.PAYMENT, "C1"),
                tx("T3", "2023-12-01", RELATED, "5000", Direction.RECEIPT, "C1")));
        List<Object> payments = run.of("RelatedPartyPayment");
        assertThat(payments).extracting(RelatedPartyDerivationsTest::txId).as("receipts are no RPTs").containsExactly("T0", "T1", "T2");
        assertThat(payments).allMatch(p -> get(p, "payment") == Tri.TRUE);
        assertThat(payments).extracting(p -> get(p, "relation")).containsOnly("relatedParty: true");
        assertThat(run.of("RelatedPartyRunning")).as("no running totals where the cumulative regime is not in force (from 1 Sep 2023)").isEmpty();
        assertThat(get(payments.get(0), "financialYear")).isEqualTo("2023/24");
        // the year's totals: one fact per group (the party's year, the contract's year), not one copy per payment
        assertThat(run.of("RelatedPartyGroupKey")).hasSize(2);
        assertThat(run.of("RelatedPartyContract")).singleElement().satisfies(k -> {
            assertThat(get(k, "contractId")).isEqualTo("C1");
            assertThat((BigDecimal) get(k, "total")).isEqualByComparingTo("45000");
            assertThat((BigDecimal) get(k, "possibleTotal")).isEqualByComparingTo("45000");
            assertThat(list(k, "uncertain")).isEmpty();
        });
        assertThat(run.of("RelatedPartyYear")).singleElement().satisfies(y -> {
            assertThat(get(y, "financialYearEnd")).isEqualTo(2024);
            assertThat((BigDecimal) get(y, "total")).isEqualByComparingTo("45000");
        });

        List<Object> approvals = run.of("ApprovalRequirement");
        assertThat(approvals).extracting(a -> get(a, "required")).containsExactly(Tri.TRUE, Tri.TRUE, Tri.TRUE);
        assertThat(approvals).extracting(a -> get(a, "regime")).containsOnly("PER_CONTRACT");
        assertThat(((LiveTotal) get(approvals.get(0), "measured")).value()).isEqualByComparingTo("45000");
        assertThat(run.outcomes("RPT-02")).hasSize(3).first().satisfies(o -> {
            assertThat(o.status()).isEqualTo(Status.FAIL);
            assertThat(o.messageArgs()).containsEntry("measure", ", part of contract C1 totalling £45,000.00 in 2023/24,")
                    .containsEntry("thresholdKind", "contract");
        });
    }

    @Test
    void aDirectionAbsentTransactionIsAPossibleRptAndMakesOthersTotalsUncertain() {
        Run run = new Run(doc(List.of(),
                tx("T0", "2023-10-01", RELATED, "25000", Direction.PAYMENT, "C1"),
                tx("T1", "2023-11-01", RELATED, "20000", null, "C1"),
                tx("T2", "2023-11-02", COMPANY, "99000", null, null)));
        List<Object> payments = run.of("RelatedPartyPayment");
        assertThat(payments).extracting(RelatedPartyDerivationsTest::txId).as("unrelated parties are no candidates").containsExactly("T0", "T1");
        Object certain = payments.get(0), possible = payments.get(1);
        Object contract = run.of("RelatedPartyContract").get(0), year = run.of("RelatedPartyYear").get(0);
        assertThat((BigDecimal) get(contract, "total")).isEqualByComparingTo("25000");
        assertThat((BigDecimal) get(contract, "possibleTotal")).isEqualByComparingTo("45000");
        assertThat(list(contract, "uncertain")).containsExactly("/transactions/1");
        assertThat(list(year, "uncertain")).containsExactly("/transactions/1");
        assertThat(get(certain, "payment")).isEqualTo(Tri.TRUE);
        Transaction t0 = (Transaction) get(certain, "transaction"), t1 = (Transaction) get(possible, "transaction");
        assertThat(RptFunctions.withLine((BigDecimal) get(contract, "total"), t0, Tri.TRUE)).isEqualByComparingTo("25000");
        assertThat(RptFunctions.others(list(contract, "uncertain").stream().map(String.class::cast).toList(), t0, Tri.TRUE))
                .containsExactly("/transactions/1");
        assertThat(get(possible, "payment")).isEqualTo(Tri.UNKNOWN);
        assertThat(t1.direction()).isNull();
        assertThat(RptFunctions.withLine((BigDecimal) get(contract, "total"), t1, Tri.UNKNOWN)).as("as a payment, with the certain one")
                .isEqualByComparingTo("45000");
        assertThat(RptFunctions.others(list(year, "uncertain").stream().map(String.class::cast).toList(), t1, Tri.UNKNOWN)).isEmpty();

        List<Object> approvals = run.of("ApprovalRequirement");
        assertThat(approvals).extracting(a -> get(a, "required")).containsExactly(Tri.UNKNOWN, Tri.TRUE);
        assertThat(list(approvals.get(0), "uncertain")).containsExactly("/transactions/1");
        assertThat(run.outcomes("RPT-02")).extracting(Outcome::status, Outcome::missing).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Status.UNKNOWN, List.of("/transactions/1/direction")),
                org.assertj.core.groups.Tuple.tuple(Status.UNKNOWN, List.of("direction")));
    }

    @Test
    void theRunningTotalIsUncertainOnlyThroughEarlierDirectionAbsentPayments() {
        Run run = new Run(doc(List.of(),
                tx("T0", "2022-10-01", RELATED, "15000", Direction.PAYMENT, null),
                tx("T1", "2022-11-01", RELATED, "8000", null, null),
                tx("T2", "2022-12-01", RELATED, "1000", Direction.PAYMENT, null)));
        List<Object> approvals = run.of("ApprovalRequirement");
        // T0 (£15,000) needs none: no fact; T1 as a payment takes the total to £23,000; T2 only if T1 is a payment
        assertThat(approvals).extracting(a -> txId(get(a, "rpt")), a -> get(a, "required"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("T1", Tri.TRUE), org.assertj.core.groups.Tuple.tuple("T2", Tri.UNKNOWN));
        Object t2 = approvals.get(1);
        assertThat(get(t2, "regime")).isEqualTo("CUMULATIVE_PER_PARTY");
        // the running totals, one fact per payment of a cumulative-regime day
        List<Object> running = run.of("RelatedPartyRunning");
        assertThat(running).extracting(r -> txId(get(r, "rpt"))).containsExactly("T0", "T1", "T2");
        assertThat(running).extracting(r -> (BigDecimal) get(r, "runningTotal")).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("15000"), new BigDecimal("23000"), new BigDecimal("16000"));
        assertThat((BigDecimal) get(running.get(2), "possibleRunningTotal")).isEqualByComparingTo("24000");
        assertThat(list(running.get(0), "uncertainRunning")).isEmpty();
        assertThat(list(running.get(2), "uncertainRunning")).containsExactly("/transactions/1");
        assertThat(((LiveTotal) get(t2, "measured")).value()).isEqualByComparingTo("24000");
        assertThat(list(t2, "uncertain")).containsExactly("/transactions/1");
    }

    @Test
    void fromSeptember2023AnExemptPartyNeedsNoApproval() {
        Party exempt = new Party("O1", "Diocese", PartyKind.OTHER, null, Exemption.RELIGIOUS_AUTHORITY, true, "/parties/0");
        Run run = new Run(doc(List.of(), List.of(exempt), tx("T0", "2023-09-01", exempt, "90000", Direction.PAYMENT, null),
                tx("T1", "2023-08-31", exempt, "25000", Direction.PAYMENT, null)));
        assertThat(run.of("RelatedPartyPayment")).hasSize(2);
        assertThat(run.of("ApprovalRequirement")).as("on 31 Aug 2023 the cumulative regime ignores exemptions")
                .extracting(a -> txId(get(a, "rpt"))).containsExactly("T1");
    }

    @Test
    void relatednessOnADateAndItsBasesInMessageOrder() {
        Appointment director = new Appointment("111", "director", d("2024-01-01"), d("2024-06-30"), "/people/P04/appointments/0");
        Person p04 = person("P04", List.of(new Interest("O1", InterestNature.SHAREHOLDER, d("2020-01-01"), "/people/P04/interests/0")),
                List.of(director));
        Person p03 = person("P03", List.of(new Interest("O1", InterestNature.FAMILY, null, "/people/P03/interests/0")), List.of());
        Run run = new Run(doc(List.of(p03, p04),
                tx("T0", "2023-12-31", RELATED, "100", Direction.PAYMENT, null),
                tx("T1", "2024-01-01", RELATED, "100", Direction.PAYMENT, null),
                tx("T2", "2024-07-01", RELATED, "100", Direction.PAYMENT, null)));
        assertThat(run.of("RelatedPartyPayment")).extracting(p -> get(p, "relation")).containsExactly(
                "an interest of P03, an interest of P04, relatedParty: true",
                "an interest of P03, an interest of P04, an appointment of P04 at company 111, relatedParty: true",
                "an interest of P03, an interest of P04, relatedParty: true");

        // an outsider's appointment relates nothing; the insider's appointment only while it is current
        Person outsider = new Person("P99", null, true, List.of(), List.of(new Appointment("222", "director", null, null, "/people/P99/appointments/0")),
                "/people/P99");
        Person insider = person("P04", List.of(), List.of(new Appointment("222", "director", d("2024-01-01"), null, "/people/P04/appointments/0")));
        Run appointments = new Run(doc(List.of(outsider, insider),
                tx("T0", "2023-12-31", COMPANY, "100", Direction.PAYMENT, null),
                tx("T1", "2024-01-01", COMPANY, "100", Direction.PAYMENT, null)));
        assertThat(appointments.of("RelatedPartyPayment")).extracting(RelatedPartyDerivationsTest::txId).containsExactly("T1");
    }

    @Test
    void insiderAppointmentsAreJudgedAgainstInterestsDeclaredByThePaymentDate() {
        Appointment director = new Appointment("222", "director", d("2020-01-01"), null, "/people/P04/appointments/0");
        Transaction pay = tx("T0", "2024-02-14", COMPANY, "1000", Direction.PAYMENT, null);
        Person undeclared = person("P04", List.of(), List.of(director));
        Person late = person("P04", List.of(new Interest("O2", InterestNature.DIRECTOR, d("2024-02-15"), "/people/P04/interests/0")), List.of(director));
        Person onTime = person("P04", List.of(new Interest("O2", InterestNature.DIRECTOR, d("2024-02-14"), "/people/P04/interests/0")), List.of(director));
        Person undated = person("P04", List.of(new Interest("O2", InterestNature.DIRECTOR, null, "/people/P04/interests/0")), List.of(director));
        Person outsider = new Person("P99", null, true, List.of(), List.of(director), "/people/P99");

        assertThat(new Run(doc(List.of(undeclared), pay)).of("UndeclaredInterest")).singleElement().satisfies(m -> {
            assertThat(get(m, "undeclared")).isEqualTo(Tri.TRUE);
            assertThat(((Person) get(m, "person")).id()).isEqualTo("P04");
            assertThat(((Appointment) get(m, "appointment")).pointer()).isEqualTo("/people/P04/appointments/0");
        });
        assertThat(new Run(doc(List.of(late), pay)).of("UndeclaredInterest")).singleElement()
                .extracting(m -> get(m, "undeclared")).isEqualTo(Tri.TRUE);
        assertThat(new Run(doc(List.of(onTime), pay)).of("UndeclaredInterest")).as("declared on the payment day: in time").isEmpty();
        Run undatedRun = new Run(doc(List.of(undated), pay));
        assertThat(undatedRun.of("UndeclaredInterest")).singleElement().satisfies(m -> {
            assertThat(get(m, "undeclared")).isEqualTo(Tri.UNKNOWN);
            assertThat(list(m, "undatedInterests")).containsExactly("/people/P04/interests/0");
        });
        assertThat(undatedRun.outcomes("RPT-05")).singleElement().extracting(Outcome::missing)
                .isEqualTo(List.of("/people/P04/interests/0/declaredOn"));
        assertThat(new Run(doc(List.of(outsider), pay)).of("UndeclaredInterest")).isEmpty();

        // two current appointments of one insider at the payee: one fact, citing the first
        Appointment second = new Appointment("222", "secretary", d("2021-01-01"), null, "/people/P04/appointments/1");
        assertThat(new Run(doc(List.of(person("P04", List.of(), List.of(director, second))), pay)).of("UndeclaredInterest"))
                .singleElement().extracting(m -> ((Appointment) get(m, "appointment")).pointer()).isEqualTo("/people/P04/appointments/0");
    }

    @Test
    void theDeMinimisIsTestedOnTheWholeYearAndEducationalBodiesArePresumedAtCost() {
        Run run = new Run(doc(List.of(),
                tx("T0", "2023-10-01", RELATED, "2000", Direction.PAYMENT, null),
                tx("T1", "2024-03-01", RELATED, "600", Direction.PAYMENT, null)));
        assertThat(run.of("AtCostRequirement")).as("£2,600 in the year: both, the earlier one too").hasSize(2)
                .allMatch(a -> get(a, "required") == Tri.TRUE && get(a, "presumption") == null)
                .allMatch(a -> ((LiveTotal) get(a, "yearTotal")).value().compareTo(new BigDecimal("2600")) == 0);
        Party sponsor = new Party("O1", "Sponsor", PartyKind.CHARITY, null, Exemption.SPONSOR_EDUCATIONAL_BODY, true, "/parties/0");
        assertThat(new Run(doc(List.of(), List.of(sponsor), tx("T0", "2023-10-01", sponsor, "9000", Direction.PAYMENT, null)))
                .of("AtCostRequirement")).as("presumed at cost from 1 Sep 2023").isEmpty();
        assertThat(new Run(doc(List.of(), List.of(sponsor), tx("T0", "2023-08-31", sponsor, "9000", Direction.PAYMENT, null)))
                .of("AtCostRequirement")).singleElement().satisfies(a -> assertThat(get(a, "presumption")).isNotNull());
    }

    @Test
    void financialYearLabels() {
        Run run = new Run(doc(List.of(), tx("T0", "2000-01-15", RELATED, "10", Direction.PAYMENT, null),
                tx("T1", "2024-09-01", RELATED, "10", Direction.PAYMENT, null)));
        assertThat(run.of("RelatedPartyPayment")).extracting(p -> get(p, "financialYear")).containsExactly("1999/00", "2024/25");
    }

    static ParameterSet with(String name, Parameter replacement) {
        Map<String, Parameter> map = new HashMap<>();
        for (String n : PACK.parameters().names()) map.put(n, PACK.parameters().get(n));
        map.put(name, replacement);
        return new ParameterSet(map);
    }

    @Test
    void aRegimeNeedingAThresholdWithoutOneOrAnUnknownRegimeIsAConfigurationError() {
        TrustDocument doc = doc(List.of(), tx("T0", "2024-01-01", RELATED, "1", Direction.PAYMENT, null));
        Parameter lateThreshold = new Parameter("rpt.approvalThreshold", PACK.parameters().get("rpt.approvalThreshold").type(), "",
                List.of(new DatedValue(d("2030-01-01"), new BigDecimal("1.00"), "test", null)));
        assertThatThrownBy(() -> new Run(doc, with("rpt.approvalThreshold", lateThreshold))).hasStackTraceContaining("rpt.approvalThreshold");
        Parameter oddRegime = new Parameter("rpt.approvalRegime", PACK.parameters().get("rpt.approvalRegime").type(), "",
                List.of(new DatedValue(null, "PER_PARTY", "test", null)));
        assertThatThrownBy(() -> new Run(doc, with("rpt.approvalRegime", oddRegime))).hasStackTraceContaining("unknown value \"PER_PARTY\"");
    }
}
