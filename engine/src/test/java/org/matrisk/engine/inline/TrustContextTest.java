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
import org.matrisk.engine.facts.Outcome;
import org.matrisk.engine.facts.relatedparty.ApprovalRegime.Regime;
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

    @Test
    void anUnrelatedPaymentNeedsNothing() {
        Decision d = empty.check(pay("2022-05-01", "O9", "90000"));
        assertThat(d.related()).isFalse();
        assertThat(d.bases()).isEmpty();
        assertThat(d.requirements()).isEmpty();
        assertThat(d.clear()).isTrue();
        assertThat(d.rpt()).isEmpty();
    }

    @Test
    void theCumulativeRegimeCountsTheYearsPaymentsToTheParty() {
        TrustContext ctx = with(empty, pay("2022-09-01", "O2", "9000"), pay("2022-10-01", "O2", "9000"), pay("2022-10-01", "O9", "50000"));
        Decision d = ctx.check(pay("2023-08-31", "O2", "2000.01"));
        assertThat(d.related()).isTrue();
        assertThat(d.bases()).containsExactly("interest:P05");
        assertThat(d.approvalRequired()).isTrue();
        assertThat(d.approval()).hasValueSatisfying(a -> {
            assertThat(a.regime()).isEqualTo(Regime.CUMULATIVE_PER_PARTY);
            assertThat(a.measured()).isEqualByComparingTo("20000.01");
            assertThat(a.threshold().money()).isEqualByComparingTo("20000");
            assertThat(a.threshold().effectiveFrom()).isEqualTo(d("2019-04-01"));
            assertThat(a.threshold().source()).isEqualTo("ESFA RPT arrangements 2019");
        });
        Requirement r = d.requirement("RPT-02").orElseThrow();
        assertThat(r.met()).isFalse();
        assertThat(r.severity()).isEqualTo(Severity.HIGH);
        assertThat(r.reference().url()).startsWith("https://www.gov.uk/");
        assertThat(r.detail()).contains("£20,000.01", "£20,000.00 cumulative approval threshold in force from 2019-04-01");
        assertThat(ctx.check(pay("2023-08-31", "O2", "2000.00")).approvalRequired()).as("exactly £20,000 does not exceed").isFalse();
        assertThat(ctx.check(pay("2023-09-01", "O2", "2000.01")).approvalRequired()).as("a new financial year (and regime)").isFalse();
    }

    @Test
    void onlyPaymentsBeforeInLedgerOrderCountInTheRunningTotal() {
        TrustContext ctx = with(empty, pay("2021-03-01", "O1", "15000"), pay("2021-05-01", "O1", "15000"));
        Decision early = ctx.check(pay("2021-04-01", "O1", "4000"));
        assertThat(early.rpt().orElseThrow().runningTotal()).isEqualByComparingTo("19000");
        assertThat(early.rpt().orElseThrow().partyYearTotal()).isEqualByComparingTo("34000");
        assertThat(early.approvalRequired()).isFalse();
        assertThat(ctx.check(pay("2021-05-02", "O1", "1")).approvalRequired()).isTrue();
    }

    @Test
    void fromSeptember2023EachContractIsMeasuredAloneAndExemptPartiesNeedNoApproval() {
        TrustContext ctx = with(empty, pay("2023-09-10", "O1", "30000", TransactionKind.SERVICES, "K1"),
                pay("2023-09-11", "O1", "30000", TransactionKind.SERVICES, "K2"));
        Decision second = ctx.check(pay("2023-10-01", "O1", "10000.01", TransactionKind.SERVICES, "K1"));
        assertThat(second.approval().orElseThrow().regime()).isEqualTo(Regime.PER_CONTRACT);
        assertThat(second.approval().orElseThrow().measured()).isEqualByComparingTo("40000.01");
        assertThat(second.approvalRequired()).isTrue();
        assertThat(ctx.check(pay("2023-10-01", "O1", "10000", TransactionKind.SERVICES, "K1")).approvalRequired()).isFalse();
        assertThat(ctx.check(pay("2023-10-01", "O1", "39999", TransactionKind.SERVICES, null)).approvalRequired())
                .as("no contract: the payment alone, not the party's £60,000").isFalse();
        assertThat(empty.check(pay("2023-10-01", "O1", "40000.01")).requirement("RPT-02").orElseThrow().detail())
                .contains("£40,000.00 contract approval threshold in force from 2023-09-01 (ATH 2023)");

        assertThat(empty.check(pay("2023-08-31", "O7", "25000")).approvalRequired()).as("exemptions from 1 Sep 2023").isTrue();
        Decision exempt = empty.check(pay("2023-09-01", "O7", "45000"));
        assertThat(exempt.approvalRequired()).isFalse();
        assertThat(exempt.approval().orElseThrow().exempt()).isTrue();
    }

    @Test
    void nothingIsRequiredBeforeTheApril2019Regime() {
        Decision before = with(empty, pay("2019-03-01", "O1", "30000")).check(pay("2019-03-31", "O1", "100"));
        assertThat(before.related()).isTrue();
        assertThat(before.declarationRequired()).isFalse();
        assertThat(before.approvalRequired()).isFalse();
        assertThat(before.approval().orElseThrow().regime()).isEqualTo(Regime.NONE);
        Decision from = with(empty, pay("2019-03-01", "O1", "30000")).check(pay("2019-04-01", "O1", "100"));
        assertThat(from.declarationRequired()).isTrue();
        assertThat(from.approvalRequired()).as("payments before 1 Apr 2019 count in the year's total").isTrue();
        assertThat(from.requirement("RPT-01").orElseThrow().detail()).contains("not declared");
    }

    @Test
    void goodsAndServicesOverTheDeMinimisNeedAtCostAssuranceUnlessFromAnEducationalBodyFromSeptember2023() {
        Decision services = empty.check(pay("2022-01-10", "O1", "2500.01", TransactionKind.SERVICES, null));
        assertThat(services.atCostRequired()).isTrue();
        assertThat(services.requirement("RPT-04").orElseThrow().detail()).contains("2021/22", "£2,500.01", "£2,500.00 de minimis", "atCost: absent");
        assertThat(empty.check(pay("2022-01-10", "O1", "2500", TransactionKind.SERVICES, null)).atCostRequired()).isFalse();
        assertThat(empty.check(pay("2022-01-10", "O1", "9000", TransactionKind.LEASE, null)).atCostRequired()).isFalse();
        assertThat(empty.check(pay("2023-08-31", "O5", "9000", TransactionKind.GOODS, null)).atCostRequired()).isTrue();
        assertThat(empty.check(pay("2023-09-01", "O5", "9000", TransactionKind.GOODS, null)).atCostRequired()).as("presumed at cost").isFalse();
        assertThat(empty.check(pay("2023-09-01", "O7", "9000", TransactionKind.GOODS, null)).atCostRequired()).as("a religious authority is not").isTrue();
        Decision noKind = empty.check(pay("2022-01-10", "O1", "9000", null, null));
        assertThat(noKind.atCostRequired()).isFalse();
        assertThat(noKind.undecided()).containsExactly(new Undecided("RPT-04", List.of("kind")));
    }

    @Test
    void appointmentRelatednessHoldsOnlyWhileTheAppointmentIsCurrentAndAnUndeclaredOneIsRpt05() {
        assertThat(empty.check(pay("2019-12-31", "O4", "100")).related()).isFalse();
        Decision in = empty.check(pay("2020-01-01", "O4", "100"));
        assertThat(in.bases()).containsExactly("appointment:P03");
        assertThat(in.requirement("RPT-05").orElseThrow().detail())
                .isEqualTo("insider P03 holds an appointment at company C4 current on 2020-01-01 and had declared no interest in O4 by then:"
                        + " the interest must be declared in the register of interests");
        // only the payments made while the appointment was current count
        TrustContext ctx = with(empty, pay("2019-10-01", "O4", "15000"), pay("2020-02-01", "O4", "15000"));
        assertThat(ctx.check(pay("2020-03-01", "O4", "4000")).rpt().orElseThrow().runningTotal()).isEqualByComparingTo("19000");
        // a declaration by P03 makes O4 related on every date: the earlier payment now counts
        TrustContext declared = ctx.withInterest("P03", new Interest("O4", Enums.InterestNature.DIRECTOR, d("2020-02-15"), null));
        Decision after = declared.check(pay("2020-03-01", "O4", "4000"));
        assertThat(after.rpt().orElseThrow().runningTotal()).isEqualByComparingTo("34000");
        assertThat(after.approvalRequired()).isTrue();
        assertThat(after.requirement("RPT-05")).as("declared by the payment date").isEmpty();
        assertThat(declared.check(pay("2020-02-14", "O4", "1")).requirement("RPT-05")).isPresent();
        assertThat(ctx.check(pay("2020-03-01", "O4", "4000")).approvalRequired()).as("the old context is unchanged").isFalse();
    }

    @Test
    void aSpecialPaymentUnderAnOpenTrustNoticeIsBlockedWithoutApproval() {
        SpecialPayment exGratia = special("S1", "2024-03-01", SpecialPaymentKind.EX_GRATIA, "3000", null);
        Decision d = empty.check(exGratia);
        assertThat(d.blocked()).isTrue();
        assertThat(d.approvalRequired()).isTrue();
        assertThat(d.openNotices()).extracting(Notice::id).containsExactly("N2");
        Requirement r = d.requirement("NTI-03").orElseThrow();
        assertThat(r.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(r.detail()).startsWith("trust notice N2 (FINANCIAL_NOTICE_TO_IMPROVE, issued on 2024-03-01) was open on 2024-03-01");
        assertThat(empty.check(special("S1", "2024-02-29", SpecialPaymentKind.EX_GRATIA, "3000", null)).blocked()).isFalse();
        Decision approved = empty.check(special("S1", "2024-03-01", SpecialPaymentKind.EX_GRATIA, "3000", "DFE-1"));
        assertThat(approved.blocked()).isFalse();
        assertThat(approved.requirement("NTI-03").orElseThrow().met()).isTrue();

        TrustContext lifted = empty.withNotice(new Notice("N2", NoticeKind.FINANCIAL_NOTICE_TO_IMPROVE, null, d("2024-03-01"), d("2024-06-01"), null, null));
        assertThat(lifted.check(special("S1", "2024-06-01", SpecialPaymentKind.WRITE_OFF, "3000", null)).blocked()).isFalse();
        assertThat(lifted.check(special("S1", "2024-05-31", SpecialPaymentKind.WRITE_OFF, "3000", null)).blocked()).isTrue();

        Decision severance = empty.check(special("S2", "2024-04-01", SpecialPaymentKind.SEVERANCE, "1000", null));
        assertThat(severance.blocked()).as("special severance under a notice needs approval at any amount").isTrue();
        assertThat(severance.requirement("PAY-05").orElseThrow().detail()).contains("trust notice N2 was open on that date");
        Decision big = empty.check(special("S3", "2022-04-01", SpecialPaymentKind.SEVERANCE, "60000", null));
        assertThat(big.approvalRequired()).isTrue();
        assertThat(big.blocked()).as("approval needed, but no notice withdraws authority").isFalse();
        assertThat(big.requirement("PAY-05").orElseThrow().parameters()).extracting(p -> p.name()).containsExactly("pay.severance.amountTrigger");
    }

    @Test
    void aRecordedPaymentIsCheckedAndRecordedAgainAsItsReplacement() {
        Transaction first = pay("2021-01-01", "O1", "15000");
        TrustContext ctx = with(empty, first, pay("2021-02-01", "O1", "4000"));
        Transaction corrected = new Transaction(first.id(), first.date(), "O1", new BigDecimal("17000"), Direction.PAYMENT, null, null, null,
                null, null, false, null, null, null);
        assertThat(ctx.check(corrected).rpt().orElseThrow().partyYearTotal()).isEqualByComparingTo("21000");
        TrustContext replaced = ctx.withPayment(corrected);
        assertThat(replaced.paymentCount()).isEqualTo(2);
        assertThat(replaced.check(pay("2021-03-01", "O1", "0.01")).rpt().orElseThrow().runningTotal()).isEqualByComparingTo("21000.01");
        assertThat(ctx.paymentCount()).isEqualTo(2);
        assertThat(ctx.payment(first.id()).orElseThrow().amount()).isEqualByComparingTo("15000");
        assertThat(replaced.withoutPayment(first.id()).paymentCount()).isEqualTo(1);
    }

    @Test
    void olderYearsCanBeDropped() {
        TrustContext ctx = with(empty, pay("2021-08-31", "O1", "1"), pay("2021-09-01", "O1", "2"), pay("2022-09-01", "O1", "3"));
        assertThat(ctx.latestYear()).hasValue(2023);
        assertThat(ctx.retainYearsFrom(2022).payments()).extracting(Transaction::amount).containsExactly(new BigDecimal("2"), new BigDecimal("3"));
        assertThat(ctx.retainYearsFrom(2021)).isSameAs(ctx);
        Transaction last = ctx.payments().get(2);
        TrustContext moved = ctx.withPayment(new Transaction(last.id(), d("2021-09-02"), "O1", last.amount(), Direction.PAYMENT, null, null,
                null, null, null, false, null, null, null));
        assertThat(moved.latestYear()).as("the latest year is that of the payments recorded now").hasValue(2022);
    }

    @Test
    void receiptsAreNeverRelatedPartyPaymentsButNovelOnesNeedApproval() {
        Transaction receipt = new Transaction("R1", d("2022-01-01"), "O1", new BigDecimal("50000"), Direction.RECEIPT, null, null, null, null,
                null, true, null, null, null);
        Decision d = empty.check(receipt);
        assertThat(d.kind()).isEqualTo(Decision.Kind.RECEIPT);
        assertThat(d.related()).isFalse();
        assertThat(d.requirements()).extracting(Requirement::ruleId).containsExactly("RPT-03");
        assertThatThrownBy(() -> empty.withPayment(receipt)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> empty.check(pay("2022-01-01", "NOPE", "1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partyId NOPE");
    }

    @Test
    void checksFromManyThreadsAgreeWithChecksFromOne() throws Exception {
        GeneratedTrust g = new GeneratedTrust(5, 400, 0);
        TrustContext ctx = checker.load(g.context());
        for (Transaction t : g.ledger.subList(0, 300)) if (t.direction() == Direction.PAYMENT) ctx = ctx.withPayment(t);
        List<Transaction> proposed = g.ledger.subList(300, 400);
        List<Decision> expected = new ArrayList<>();
        for (Transaction t : proposed) expected.add(ctx.check(t));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Decision>>> runs = new ArrayList<>();
            TrustContext shared = ctx;
            for (int k = 0; k < 8; k++)
                runs.add(pool.submit(() -> {
                    List<Decision> out = new ArrayList<>();
                    for (int rep = 0; rep < 20; rep++) {
                        out.clear();
                        for (Transaction t : proposed) out.add(shared.check(t));
                    }
                    return out;
                }));
            for (Future<List<Decision>> f : runs) assertThat(f.get()).isEqualTo(expected);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void poundsAreWrittenAsTheAssessmentWritesThem() {
        for (String v : List.of("0", "0.5", "1", "999.99", "1000", "-1234.5", "20000.01", "1234567.891", "100000000000000"))
            assertThat(Money.pounds(new BigDecimal(v))).isEqualTo(Outcome.pounds(new BigDecimal(v)));
    }

    @Test
    void theBucketMapKeepsEveryVersion() {
        BucketMap<Integer, Integer> m = BucketMap.empty();
        List<BucketMap<Integer, Integer>> versions = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            versions.add(m);
            m = m.with(i, i * 2);
        }
        assertThat(m.size()).isEqualTo(500);
        assertThat(versions.get(100).size()).isEqualTo(100);
        assertThat(versions.get(100).get(100)).isNull();
        assertThat(m.get(499)).isEqualTo(998);
        BucketMap<Integer, Integer> less = m.with(7, null);
        assertThat(less.size()).isEqualTo(499);
        assertThat(less.get(7)).isNull();
        assertThat(m.get(7)).isEqualTo(14);
        assertThat(less.with(12345, null)).isSameAs(less);
    }

    static SpecialPayment special(String id, String date, SpecialPaymentKind kind, String amount, String approvalRef) {
        return new SpecialPayment(id, "P09", d(date), kind, new BigDecimal(amount), false, false, null, approvalRef, null, null, "/specialPayments/0");
    }
}
