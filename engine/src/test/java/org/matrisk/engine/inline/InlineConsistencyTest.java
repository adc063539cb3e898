package org.matrisk.engine.inline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.UnknownOutcome;
import org.matrisk.engine.RiskEngine;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.model.Enums.Direction;
import org.matrisk.model.SpecialPayment;
import org.matrisk.model.Transaction;

/**
 * The promise of {@link TrustContext}: the decision for payment {@code i} of a ledger, checked against
 * the context holding payments {@code 0..i-1}, is what the full assessment of the ledger {@code 0..i}
 * reports for transaction {@code i}, rule by rule (RPT-01..RPT-05 findings and UNKNOWNs, RPT-06 as the
 * witness of relatedness), with the same severities, references and dated parameters. The generated
 * ledger crosses 1 Apr 2019, 1 Sep 2023 and seven financial-year boundaries.
 */
class InlineConsistencyTest {
    static final List<String> TRANSACTION_RULES = List.of("RPT-01", "RPT-02", "RPT-03", "RPT-04", "RPT-05");
    static RiskEngine engine;
    static InlineChecker checker;

    @BeforeAll
    static void engine() {
        engine = RiskEngine.builtin();
        checker = InlineChecker.of(engine);
    }

    @Test
    void eachPaymentOfALedgerInOrderIsDecidedAsTheAssessmentOfTheLedgerUpToItReportsIt() {
        GeneratedTrust g = new GeneratedTrust(20240901L, 260, 0);
        TrustContext ctx = checker.load(g.context());
        int related = 0, unmet = 0;
        Set<String> seen = new TreeSet<>();
        for (int i = 0; i < g.ledger.size(); i++) {
            Transaction t = g.ledger.get(i);
            Decision d = ctx.check(t);
            Assessment a = engine.assess(g.document(g.prefix(i + 1, t), List.of(), g.notices));
            assertSameAsAssessment(d, a, t);

            // the same payment with nothing that meets a requirement: "required" is what the assessment reports
            Transaction bare = bare(t);
            Decision b = ctx.check(bare);
            assertSameAsAssessment(b, engine.assess(g.document(g.prefix(i + 1, bare), List.of(), g.notices)), bare);
            assertThat(ids(b.requirements())).as("requirements of %s do not depend on what meets them", t.id()).isEqualTo(ids(d.requirements()));
            assertThat(b.declarationRequired()).isEqualTo(d.declarationRequired());
            assertThat(b.approvalRequired()).isEqualTo(d.approvalRequired());
            assertThat(b.atCostRequired()).isEqualTo(d.atCostRequired());

            if (d.related()) related++;
            unmet += d.unmet().size();
            d.unmet().forEach(r -> seen.add(r.ruleId()));
            d.undecided().forEach(u -> seen.add(u.ruleId() + "?"));
            if (t.direction() == Direction.PAYMENT) ctx = ctx.withPayment(t);
        }
        assertThat(related).as("a ledger worth the name").isGreaterThan(80);
        assertThat(unmet).isGreaterThan(100);
        assertThat(seen).as("every transaction rule was exercised").containsAll(TRANSACTION_RULES)
                .as("and UNKNOWN for an undated interest and an absent kind").contains("RPT-04?", "RPT-05?");
    }

    @Test
    void aPaymentCheckedAgainstAnyRecordedLedgerIsDecidedAsTheAssessmentOfThatLedgerWithIt() {
        GeneratedTrust g = new GeneratedTrust(7L, 140, 0);
        SplittableRandom r = new SplittableRandom(11);
        TrustContext empty = checker.load(g.context());
        for (int trial = 0; trial < 40; trial++) {
            List<Transaction> recorded = new ArrayList<>();
            Transaction proposed = null;
            for (Transaction t : g.ledger) {
                if (proposed == null && t.direction() == Direction.PAYMENT && r.nextInt(40) == 0) proposed = t;
                else if (r.nextInt(3) > 0) recorded.add(t);
            }
            if (proposed == null) continue;
            TrustContext ctx = empty;
            for (int k = recorded.size() - 1; k >= 0; k--)   // in any order: the context keeps ledger order
                if (recorded.get(k).direction() == Direction.PAYMENT) ctx = ctx.withPayment(recorded.get(k));
            List<Transaction> doc = new ArrayList<>();
            for (Transaction t : recorded) doc.add(at(t, doc.size()));
            Transaction p = at(proposed, doc.size());
            doc.add(p);
            assertSameAsAssessment(ctx.check(p), engine.assess(g.document(doc, List.of(), g.notices)), p);
        }
    }

    @Test
    void specialPaymentsAreDecidedAsTheAssessmentReportsNti03AndPay05() {
        GeneratedTrust g = new GeneratedTrust(99L, 0, 120);
        TrustContext ctx = checker.load(g.context());
        Assessment a = engine.assess(g.document(List.of(), g.specialPayments, g.notices));
        int blocked = 0;
        for (SpecialPayment s : g.specialPayments) {
            Decision d = ctx.check(s);
            for (String rule : List.of("NTI-03", "PAY-05")) {
                assertRule(d, a, rule, s.pointer(), s.id());
            }
            boolean openNotice = g.notices.stream().anyMatch(n -> n.isTrustNotice() && n.openOn(s.date()));
            assertThat(d.blocked()).as("%s blocked", s.id())
                    .isEqualTo(has(a, "NTI-03", s.pointer()) || (has(a, "PAY-05", s.pointer()) && openNotice));
            if (d.blocked()) blocked++;
        }
        assertThat(blocked).isGreaterThan(3);

        // without a notices list, NTI-03 is UNKNOWN and so undecided
        TrustContext noNotices = checker.load(g.document(List.of(), List.of(), null));
        Assessment u = engine.assess(g.document(List.of(), g.specialPayments, null));
        for (SpecialPayment s : g.specialPayments) assertRule(noNotices.check(s), u, "NTI-03", s.pointer(), s.id());
    }

    // ------------------------------------------------------------------------------------------ helpers

    static void assertSameAsAssessment(Decision d, Assessment a, Transaction t) {
        for (String rule : TRANSACTION_RULES) assertRule(d, a, rule, t.pointer(), t.id());
        assertThat(d.related()).as("%s related (RPT-06 fires on every RPT here)", t.id()).isEqualTo(has(a, "RPT-06", t.pointer()));
    }

    static void assertRule(Decision d, Assessment a, String rule, String pointer, String id) {
        Finding f = finding(a, rule, pointer);
        Requirement unmet = d.unmet().stream().filter(r -> r.ruleId().equals(rule)).findFirst().orElse(null);
        assertThat(unmet != null).as("%s %s: decision %s, assessment %s", id, rule, d.requirements(), f).isEqualTo(f != null);
        if (f != null) {
            // the totals the decision measured are the ones the finding's message states
            if (rule.equals("RPT-04"))
                assertThat(f.message()).contains(Money.pounds(d.rpt().orElseThrow().partyYearTotal()));
            if (rule.equals("RPT-02") && d.approval().orElseThrow().measured() != null)
                assertThat(f.message()).contains(Money.pounds(d.approval().orElseThrow().measured()));
            assertThat(unmet.severity()).isEqualTo(f.severity());
            assertThat(unmet.reference()).isEqualTo(f.reference());
            assertThat(unmet.title()).isEqualTo(f.title());
            assertThat(params(unmet.parameters())).as("%s %s parameters", id, rule)
                    .isEqualTo(f.parameters().stream().map(p -> p.name() + "=" + p.value() + "@" + p.effectiveFrom()).collect(Collectors.toSet()));
        }
        boolean unknown = a.unknown().stream().anyMatch(u -> u.ruleId().equals(rule) && u.pointer().equals(pointer));
        assertThat(d.undecided().stream().anyMatch(u -> u.ruleId().equals(rule))).as("%s %s undecided: %s", id, rule, a.unknown())
                .isEqualTo(unknown);
        if (unknown) {
            UnknownOutcome u = a.unknown().stream().filter(x -> x.ruleId().equals(rule) && x.pointer().equals(pointer)).findFirst().orElseThrow();
            assertThat(d.undecided().stream().filter(x -> x.ruleId().equals(rule)).findFirst().orElseThrow().missing())
                    .containsExactlyInAnyOrderElementsOf(u.missing());
        }
    }

    static Set<String> params(List<ParamValue> ps) {
        return ps.stream().map(p -> p.name() + "=" + p.display() + "@" + p.effectiveFrom()).collect(Collectors.toSet());
    }

    static boolean has(Assessment a, String rule, String pointer) { return finding(a, rule, pointer) != null; }

    static Finding finding(Assessment a, String rule, String pointer) {
        return a.findings(rule).stream().filter(f -> f.firstPointer().equals(pointer)).findFirst().orElse(null);
    }

    static List<String> ids(List<Requirement> rs) { return rs.stream().map(Requirement::ruleId).toList(); }

    static Transaction bare(Transaction t) {
        return new Transaction(t.id(), t.date(), t.partyId(), t.amount(), t.direction(), t.kind(), t.contractId(), null, null, null,
                t.novelOrContentious(), t.disclosedInAccounts(), t.authorisedBy(), t.pointer());
    }

    static Transaction at(Transaction t, int index) {
        return new Transaction(t.id(), t.date(), t.partyId(), t.amount(), t.direction(), t.kind(), t.contractId(), t.declaredOn(),
                t.approvalRef(), t.atCost(), t.novelOrContentious(), t.disclosedInAccounts(), t.authorisedBy(), "/transactions/" + index);
    }
}
