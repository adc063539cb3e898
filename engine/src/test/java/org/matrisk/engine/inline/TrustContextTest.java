package org.matrisk.engine.inline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.matrisk.engine.inline.GeneratedTrust.d;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matrisk.assessment.Severity;
import org.matrisk.engine.RiskEngine;
import org.matrisk.assessment.UnknownOutcome;
import org.matrisk.model.Enums;
import org.matrisk.model.Enums.Direction;
import org.matrisk.model.Enums.NoticeKind;
import org.matrisk.model.Enums.SpecialPaymentKind;
import org.matrisk.model.Enums.TransactionKind;
import org.matrisk.model.Interest;
import org.matrisk.model.Notice;
import org.matrisk.model.SpecialPayment;
import org.matrisk.model.Transaction;

/**
 * Parties of {@link GeneratedTrust}: O1 flagged related; O2 an insider's interest; O4 related only while
 * insider P03's appointment at C4 is current (2020-01-01..2022-06-30, from 2024-01-01); O5 a flagged
 * sponsoring educational body; O7 a flagged religious authority; O9 unrelated. Trust notices: N1 open
 * 2020-11-04..2021-08-31, N2 open from 2024-03-01.
 */
class TrustContextTest {
    static InlineChecker checker;
    static TrustContext empty;

    @BeforeAll
    static void load() {
        checker = InlineChecker.of(RiskEngine.builtin());
        empty = checker.load(new GeneratedTrust(1, 0, 0).context());
    }

    static int seq;

    static Transaction pay(String date, String party, String amount) { return pay(date, party, amount, TransactionKind.OTHER, null); }

    static Transaction pay(String date, String party, String amount, TransactionKind kind, String contract) {
        return new Transaction("X" + (seq++), d(date), party, new BigDecimal(amount), Direction.PAYMENT, kind, contract, null, null, null,
                false, null, null, "/transactions/x");
    }

    static TrustContext with(TrustContext ctx, Transaction... ts) {
        for (Transaction t : ts) ctx = ctx.withPayment(t);
        return ctx;
    }

    static boolean has(Decision d, String rule) { return d.requirement(rule).isPresent(); }

    static String message(Decision d, String rule) { return d.requirement(rule).orElseThrow().message(); }

    /**
     * RPT-04 quotes the party's whole-year total: a check quotes the ledger as it then stands (the year's
     * total is a live message argument, not a premise of the finding), and a decision once made keeps its words.
     */
    @Test
    void atCostFindingsQuoteTheYearAsTheLedgerStands() {
        Transaction t0 = pay("2022-10-01", "O2", "2000", TransactionKind.SERVICES, null);
        Transaction t1 = pay("2022-11-01", "O2", "600", TransactionKind.SERVICES, null);
        Transaction t2 = pay("2022-12-01", "O2", "150", TransactionKind.GOODS, null);
        TrustContext ctx = with(empty, t0);
        assertThat(has(ctx.check(pay("2022-10-02", "O2", "100", TransactionKind.SERVICES, null)), "RPT-04")).as("£2,100: under the de minimis").isFalse();
        Decision d1 = ctx.check(t1);
        assertThat(message(d1, "RPT-04")).contains("in 2022/23 total £2,600.00");
        ctx = ctx.withPayment(t1);
        Decision d2 = ctx.check(t2);
        assertThat(message(d2, "RPT-04")).contains("in 2022/23 total £2,750.00");
        assertThat(message(d1, "RPT-04")).as("the earlier decision").contains("in 2022/23 total £2,600.00");
        ctx = ctx.withPayment(t2);
        assertThat(message(ctx.check(t0), "RPT-04")).as("the first payment, checked again").contains("in 2022/23 total £2,750.00");
        assertThat(message(ctx.check(pay("2023-01-01", "O2", "50", TransactionKind.SERVICES, null)), "RPT-04")).contains("in 2022/23 total £2,800.00");
        assertThat(message(ctx.check(t1), "RPT-04")).as("the proposed £50 is not recorded").contains("in 2022/23 total £2,750.00");
    }

    /** RPT-02 under the per-contract regime quotes the contract's year total as the ledger stands, as RPT-04 its party's. */
    @Test
    void approvalFindingsQuoteTheContractAsTheLedgerStands() {
        Transaction t0 = pay("2023-10-01", "O2", "30000", TransactionKind.SERVICES, "K1");
        Transaction t1 = pay("2023-11-01", "O2", "15000", TransactionKind.SERVICES, "K1");
        Transaction t2 = pay("2023-12-01", "O2", "1000", TransactionKind.SERVICES, "K1");
        TrustContext ctx = with(empty, t0);
        assertThat(has(ctx.check(pay("2023-10-02", "O2", "5000", TransactionKind.SERVICES, "K1")), "RPT-02")).as("£35,000: under £40,000").isFalse();
        Decision d1 = ctx.check(t1);
        assertThat(message(d1, "RPT-02")).contains("part of contract K1 totalling £45,000.00 in 2023/24");
        ctx = ctx.withPayment(t1);
        Decision d2 = ctx.check(t2);
        assertThat(message(d2, "RPT-02")).contains("part of contract K1 totalling £46,000.00 in 2023/24");
        assertThat(message(d1, "RPT-02")).as("the earlier decision").contains("totalling £45,000.00");
        ctx = ctx.withPayment(t2);
        assertThat(message(ctx.check(t0), "RPT-02")).as("the first payment, checked again").contains("totalling £46,000.00");
        assertThat(message(ctx.check(pay("2024-01-01", "O2", "10", TransactionKind.SERVICES, "K2")), "RPT-04")).as("the party's year meanwhile")
                .contains("in 2023/24 total £46,010.00");
    }

    /** Placing a payment in the ledger re-points it; its version 2 members (propriety, procurement, expense, …) stay. */
    @Test
    void aVersion2PaymentKeepsEveryMemberWhenPlacedInTheLedger() {
        Transaction v1 = pay("2022-05-01", "O9", "1200");
        Transaction v2 = new Transaction(v1.id(), v1.date(), v1.partyId(), v1.amount(), v1.direction(), TransactionKind.SERVICES, "C-9", null,
                null, null, false, null, null, List.of(Enums.Propriety.HOSPITALITY), Enums.Funding.PUBLIC, List.of("P01"), 12,
                new org.matrisk.model.Procurement(Enums.ProcurementMethod.QUOTES, Enums.ProcurementCategory.SERVICES, 3, 1, true, null, null, null,
                        null, null, "/transactions/x/procurement"),
                null, "/transactions/x");
        TrustContext ctx = with(empty, pay("2022-09-01", "O9", "10"), v2, pay("2021-01-01", "O9", "10"));
        Transaction placed = ctx.payment(v2.id()).orElseThrow();
        assertThat(placed.pointer()).isEqualTo("/transactions/1");
        assertThat(placed).isEqualTo(v2.withPointer("/transactions/1"));
        assertThat(placed.procurement().method()).isEqualTo(Enums.ProcurementMethod.QUOTES);
        assertThat(placed.procurement().valueForMoneyRecorded()).isTrue();
        assertThat(placed.procurement().pointer()).isEqualTo("/transactions/1/procurement");
        assertThat(placed.propriety()).containsExactly(Enums.Propriety.HOSPITALITY);
        assertThat(placed.beneficiaryPersonIds()).containsExactly("P01");
        assertThat(placed.headcount()).isEqualTo(12);
        assertThat(ctx.withoutPayment("nothing").payment(v2.id()).orElseThrow().fundedFrom()).isEqualTo(Enums.Funding.PUBLIC);
    }

    @Test
    void anUnrelatedPaymentNeedsNothing() {
        Decision d = empty.check(pay("2022-05-01", "O9", "90000"));
        assertThat(d.requirements()).isEmpty();
        assertThat(d.undecided()).isEmpty();
        assertThat(d.clear()).isTrue();
        assertThat(d.outcome()).isEqualTo(Decision.Outcome.ALLOW);
        assertThat(d.pointer()).isEqualTo("/transactions/0");
        assertThat(d.rulePackSha256()).isEqualTo(RiskEngine.builtin().pack().sha256());
    }

    @Test
    void theCumulativeRegimeCountsTheYearsPaymentsToTheParty() {
        TrustContext ctx = with(empty, pay("2022-09-01", "O2", "9000"), pay("2022-10-01", "O2", "9000"), pay("2022-10-01", "O9", "50000"));
        Decision d = ctx.check(pay("2023-08-31", "O2", "2000.01"));
        assertThat(d.outcome()).isEqualTo(Decision.Outcome.REQUIRES_ACTION);
        assertThat(d.pointer()).isEqualTo("/transactions/3");
        Requirement r = d.requirement("RPT-02").orElseThrow();
        assertThat(r.kind()).isEqualTo(Requirement.Kind.APPROVE);
        assertThat(r.severity()).isEqualTo(Severity.HIGH);
        assertThat(r.reference().url()).startsWith("https://www.gov.uk/");
        assertThat(r.message()).contains("£20,000.01", "£20,000.00 cumulative approval threshold");
        assertThat(r.parameters()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("rpt.approvalThreshold");
            assertThat(p.effectiveFrom()).isEqualTo(d("2019-04-01"));
            assertThat(p.source()).isEqualTo("ESFA RPT arrangements 2019");
        });
        assertThat(d.undecided("RPT-06")).as("related, and disclosedInAccounts absent: UNKNOWN").isTrue();
        assertThat(has(ctx.check(pay("2023-08-31", "O2", "2000.00")), "RPT-02")).as("exactly £20,000 does not exceed").isFalse();
        assertThat(has(ctx.check(pay("2023-09-01", "O2", "2000.01")), "RPT-02")).as("a new financial year (and regime)").isFalse();
    }

    @Test
    void onlyPaymentsBeforeInLedgerOrderCountInTheRunningTotal() {
        TrustContext ctx = with(empty, pay("2021-03-01", "O1", "15000"), pay("2021-05-01", "O1", "15000"));
        assertThat(has(ctx.check(pay("2021-04-01", "O1", "4000")), "RPT-02")).isFalse();
        assertThat(message(ctx.check(pay("2021-05-02", "O1", "1")), "RPT-02")).contains("£30,001.00");
    }

    @Test
    void fromSeptember2023EachContractIsMeasuredAloneAndExemptPartiesNeedNoApproval() {
        TrustContext ctx = with(empty, pay("2023-09-10", "O1", "30000", TransactionKind.SERVICES, "K1"),
                pay("2023-09-11", "O1", "30000", TransactionKind.SERVICES, "K2"));
        assertThat(message(ctx.check(pay("2023-10-01", "O1", "10000.01", TransactionKind.SERVICES, "K1")), "RPT-02"))
                .contains("contract K1 totalling £40,000.01", "contract approval threshold");
        assertThat(has(ctx.check(pay("2023-10-01", "O1", "10000", TransactionKind.SERVICES, "K1")), "RPT-02")).isFalse();
        assertThat(has(ctx.check(pay("2023-10-01", "O1", "39999", TransactionKind.SERVICES, null)), "RPT-02"))
                .as("no contract: the payment alone, not the party's £60,000").isFalse();
        assertThat(message(empty.check(pay("2023-10-01", "O1", "40000.01")), "RPT-02"))
                .contains("£40,000.00 contract approval threshold (ATH 2023)");
        assertThat(has(empty.check(pay("2023-08-31", "O7", "25000")), "RPT-02")).as("exemptions from 1 Sep 2023").isTrue();
        assertThat(has(empty.check(pay("2023-09-01", "O7", "45000")), "RPT-02")).isFalse();
    }

    @Test
    void nothingIsRequiredBeforeTheApril2019Regime() {
        Decision before = with(empty, pay("2019-03-01", "O1", "30000")).check(pay("2019-03-31", "O1", "100"));
        assertThat(has(before, "RPT-01")).isFalse();
        assertThat(has(before, "RPT-02")).isFalse();
        Decision from = with(empty, pay("2019-03-01", "O1", "30000")).check(pay("2019-04-01", "O1", "100"));
        assertThat(from.requirement("RPT-01").orElseThrow().kind()).isEqualTo(Requirement.Kind.DECLARE);
        assertThat(has(from, "RPT-02")).as("payments before 1 Apr 2019 count in the year's total").isTrue();
        assertThat(message(from, "RPT-01")).contains("was never declared");
    }

    @Test
    void goodsAndServicesOverTheDeMinimisNeedAtCostAssuranceUnlessFromAnEducationalBodyFromSeptember2023() {
        Decision services = empty.check(pay("2022-01-10", "O1", "2500.01", TransactionKind.SERVICES, null));
        assertThat(services.requirement("RPT-04").orElseThrow().kind()).isEqualTo(Requirement.Kind.AT_COST);
        assertThat(message(services, "RPT-04")).contains("2021/22", "£2,500.01", "£2,500.00 de minimis", "atCost: absent");
        assertThat(has(empty.check(pay("2022-01-10", "O1", "2500", TransactionKind.SERVICES, null)), "RPT-04")).isFalse();
        assertThat(has(empty.check(pay("2022-01-10", "O1", "9000", TransactionKind.LEASE, null)), "RPT-04")).isFalse();
        assertThat(has(empty.check(pay("2023-08-31", "O5", "9000", TransactionKind.GOODS, null)), "RPT-04")).isTrue();
        assertThat(has(empty.check(pay("2023-09-01", "O5", "9000", TransactionKind.GOODS, null)), "RPT-04")).as("presumed at cost").isFalse();
        assertThat(has(empty.check(pay("2023-09-01", "O7", "9000", TransactionKind.GOODS, null)), "RPT-04")).as("a religious authority is not").isTrue();
        Decision noKind = empty.check(pay("2022-01-10", "O1", "9000", null, null));
        assertThat(has(noKind, "RPT-04")).isFalse();
        assertThat(noKind.undecided().stream().filter(u -> u.ruleId().equals("RPT-04")).toList())
                .containsExactly(new UnknownOutcome("RPT-04", "/transactions/0", List.of("kind")));
    }

    @Test
    void appointmentRelatednessHoldsOnlyWhileTheAppointmentIsCurrentAndAnUndeclaredOneIsRpt05() {
        assertThat(has(empty.check(pay("2019-12-31", "O4", "100")), "RPT-01")).isFalse();
        Decision in = empty.check(pay("2020-01-01", "O4", "100"));
        assertThat(message(in, "RPT-01")).contains("an appointment of P03 at company C4");
        assertThat(message(in, "RPT-05")).contains("insider P03 holds an appointment at company C4 current on that day");
        // only the payments made while the appointment was current count
        TrustContext ctx = with(empty, pay("2019-10-01", "O4", "15000"), pay("2020-02-01", "O4", "15000"));
        assertThat(has(ctx.check(pay("2020-03-01", "O4", "4000")), "RPT-02")).isFalse();
        // a declaration by P03 makes O4 related on every date: the earlier payment now counts
        TrustContext declared = ctx.withInterest("P03", new Interest("O4", Enums.InterestNature.DIRECTOR, d("2020-02-15"), null));
        Decision after = declared.check(pay("2020-03-01", "O4", "4000"));
        assertThat(message(after, "RPT-02")).contains("£34,000.00");
        assertThat(has(after, "RPT-05")).as("declared by the payment date").isFalse();
        assertThat(has(declared.check(pay("2020-02-14", "O4", "1")), "RPT-05")).isTrue();
        assertThat(has(ctx.check(pay("2020-03-01", "O4", "4000")), "RPT-02")).as("the old context is unchanged").isFalse();
    }

    @Test
    void aSpecialPaymentUnderAnOpenTrustNoticeIsReportedAsTheAssessmentReportsIt() {
        Decision d = empty.check(special("S1", "2024-03-01", SpecialPaymentKind.EX_GRATIA, "3000", null));
        assertThat(d.subject()).isEqualTo(Decision.Subject.SPECIAL_PAYMENT);
        assertThat(d.pointer()).isEqualTo("/specialPayments/0");
        Requirement r = d.requirement("NTI-03").orElseThrow();
        assertThat(r.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(r.kind()).isEqualTo(Requirement.Kind.BLOCKED);
        assertThat(d.outcome()).isEqualTo(Decision.Outcome.BLOCK);
        assertThat(has(empty.check(special("S1", "2024-02-29", SpecialPaymentKind.EX_GRATIA, "3000", null)), "NTI-03")).isFalse();
        assertThat(has(empty.check(special("S1", "2024-03-01", SpecialPaymentKind.EX_GRATIA, "3000", "DFE-1")), "NTI-03")).isFalse();

        TrustContext lifted = empty.withNotice(new Notice("N2", NoticeKind.FINANCIAL_NOTICE_TO_IMPROVE, null, d("2024-03-01"), d("2024-06-01"), null, null));
        assertThat(has(lifted.check(special("S1", "2024-06-01", SpecialPaymentKind.WRITE_OFF, "3000", null)), "NTI-03")).isFalse();
        assertThat(has(lifted.check(special("S1", "2024-05-31", SpecialPaymentKind.WRITE_OFF, "3000", null)), "NTI-03")).isTrue();

        assertThat(has(empty.check(special("S2", "2024-04-01", SpecialPaymentKind.SEVERANCE, "1000", null)), "PAY-05"))
                .as("special severance under a notice needs approval at any amount").isTrue();
        Decision big = empty.check(special("S3", "2022-04-01", SpecialPaymentKind.SEVERANCE, "60000", null));
        assertThat(big.requirement("PAY-05").orElseThrow().parameters()).extracting(p -> p.name()).contains("pay.severance.amountTrigger");
        assertThat(big.outcome()).as("approval needed, but no notice withdraws authority").isEqualTo(Decision.Outcome.REQUIRES_ACTION);
    }

    @Test
    void aRecordedPaymentIsCheckedAndRecordedAgainAsItsReplacement() {
        Transaction first = pay("2021-01-01", "O1", "15000");
        TrustContext ctx = with(empty, first, pay("2021-02-01", "O1", "4000"));
        Transaction corrected = new Transaction(first.id(), first.date(), "O1", new BigDecimal("17000"), Direction.PAYMENT, null, null, null,
                null, null, false, null, null, null);
        assertThat(ctx.check(corrected).pointer()).as("a replacement is checked in its place").isEqualTo("/transactions/0");
        TrustContext replaced = ctx.withPayment(corrected);
        assertThat(replaced.paymentCount()).isEqualTo(2);
        assertThat(message(replaced.check(pay("2021-03-01", "O1", "0.01")), "RPT-02")).contains("£21,000.01");
        assertThat(ctx.paymentCount()).isEqualTo(2);
        assertThat(ctx.payment(first.id()).orElseThrow().amount()).isEqualByComparingTo("15000");
        TrustContext less = replaced.withoutPayment(first.id());
        assertThat(less.paymentCount()).isEqualTo(1);
        assertThat(less.payments().get(0).pointer()).isEqualTo("/transactions/0");
    }

    @Test
    void olderYearsCanBeDropped() {
        TrustContext ctx = with(empty, pay("2021-08-31", "O1", "1"), pay("2021-09-01", "O1", "2"), pay("2022-09-01", "O1", "3"));
        assertThat(ctx.latestYear()).hasValue(2023);
        TrustContext kept = ctx.retainYearsFrom(2022);
        assertThat(kept.payments()).extracting(Transaction::amount).containsExactly(new BigDecimal("2"), new BigDecimal("3"));
        assertThat(kept.payments()).extracting(Transaction::pointer).containsExactly("/transactions/0", "/transactions/1");
        assertThat(ctx.retainYearsFrom(2021)).isSameAs(ctx);
        Transaction last = ctx.payments().get(2);
        TrustContext moved = ctx.withPayment(new Transaction(last.id(), d("2021-09-02"), "O1", last.amount(), Direction.PAYMENT, null, null,
                null, null, null, false, null, null, null));
        assertThat(moved.latestYear()).as("the latest year is that of the payments recorded now").hasValue(2022);
    }

    @Test
    void receiptsAreNotRelatedPartyPaymentsButNovelOnesNeedApproval() {
        Transaction receipt = new Transaction("R1", d("2022-01-01"), "O1", new BigDecimal("50000"), Direction.RECEIPT, null, null, null, null,
                null, true, null, null, null);
        Decision d = empty.check(receipt);
        assertThat(d.requirements()).extracting(Requirement::ruleId).containsExactly("RPT-03");
        assertThatThrownBy(() -> empty.check(pay("2022-01-01", "NOPE", "1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partyId NOPE");
    }

    @Test
    void checksFromManyThreadsAgreeWithChecksFromOne() throws Exception {
        GeneratedTrust g = new GeneratedTrust(5, 400, 0);
        TrustContext ctx = checker.load(g.context());
        for (Transaction t : g.ledger.subList(0, 300)) ctx = ctx.withPayment(t);
        List<Transaction> proposed = g.ledger.subList(300, 400);
        List<Decision> expected = new ArrayList<>();
        for (Transaction t : proposed) expected.add(ctx.check(t));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Decision>>> runs = new ArrayList<>();
            TrustContext shared = ctx;
            for (int k = 0; k < 4; k++)
                runs.add(pool.submit(() -> {
                    List<Decision> out = new ArrayList<>();
                    for (Transaction t : proposed) out.add(shared.check(t));
                    return out;
                }));
            for (Future<List<Decision>> f : runs) assertThat(f.get()).isEqualTo(expected);
        } finally {
            pool.shutdown();
        }
    }

    static SpecialPayment special(String id, String date, SpecialPaymentKind kind, String amount, String approvalRef) {
        return new SpecialPayment(id, "P09", d(date), kind, new BigDecimal(amount), false, false, null, approvalRef, null, null, "/specialPayments/0");
    }

    /**
     * A session nothing holds any more is collected and its Drools session disposed (the Kafka ledger flow drops
     * contexts from its cache and rebuilds them: before, every session it dropped stayed reachable from its own
     * cleaning action through the session's listener, and the flow ran out of heap).
     */
    @Test
    void aSessionNoLongerHeldIsCollected() throws InterruptedException {
        java.lang.ref.WeakReference<RiskEngine.Session> weak = evaluatedAndDropped();
        for (int i = 0; i < 50 && weak.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(weak.get()).as("a dropped session is collected").isNull();
    }

    private static java.lang.ref.WeakReference<RiskEngine.Session> evaluatedAndDropped() {
        RiskEngine.Session session = checker.engine().session();
        assertThat(session.evaluate(new GeneratedTrust(2, 0, 0).context())).isNotEmpty();
        return new java.lang.ref.WeakReference<>(session);
    }
}
