package org.matrisk.engine.inline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.UnknownOutcome;
import org.matrisk.engine.RiskEngine;
import org.matrisk.engine.pack.Manifest;
import org.matrisk.engine.pack.RulePack;
import org.matrisk.model.SpecialPayment;
import org.matrisk.model.Transaction;

/**
 * The promise of {@link TrustContext}, under the built-in pack and under custom packs: the decision for
 * payment {@code i} of a ledger, checked against the context holding payments {@code 0..i-1}, is exactly
 * what the full assessment of the ledger {@code 0..i} reports for transaction {@code i} (every finding
 * citing it, with rule id, severity, title, message, reference, evidence and parameters; every UNKNOWN
 * at it), and names the same rule pack. The generated ledger crosses 1 Apr 2019, 1 Sep 2023 and seven
 * financial-year boundaries.
 */
class InlineConsistencyTest {
    @TempDir static Path tmp;
    static RiskEngine builtin, lowerThreshold, replacedRpt02;

    @BeforeAll
    static void engines() throws IOException {
        builtin = RiskEngine.builtin();
        lowerThreshold = RiskEngine.of(RulePack.load(lowerThresholdPack(tmp.resolve("lower-threshold")), false));
        replacedRpt02 = RiskEngine.of(RulePack.load(replacedRpt02Pack(tmp.resolve("replaced-rpt02")), false));
    }

    /**
     * A pack used instead of the built-in one ({@code "mode": "replace"}): the built-in files with every
     * RPT-02 rule taken out, and a local RPT-02 written only in DRL over the input records: any payment of
     * more than £15,000 to a party flagged {@code relatedParty: true} needs an approval reference. It declares needs
     * on every transaction ({@code @requires} through {@code /transactions/*}), so a transaction without an
     * approvalRef or declaredOn is UNKNOWN where the rule does not fail it: the inline session keeps the context's
     * UNKNOWN outcomes of absent data and adds those of each payment checked or recorded, which this pack tests.
     */
    static Path replacedRpt02Pack(Path dir) throws IOException {
        Path builtinDir = Path.of("../rules/src/main/resources/org/matrisk/rules/builtin");
        try (Stream<Path> walk = Files.walk(builtinDir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                Path to = dir.resolve(builtinDir.relativize(f).toString());
                Files.createDirectories(to.getParent());
                String text = Files.readString(f);
                if (f.getFileName().toString().equals("related_party.drl"))
                    text = text.replaceAll("(?ms)^rule \"RPT-02[^\"]*\".*?^end\\s*$", "");
                Files.writeString(to, text);
            }
        }
        assertThat(Files.readString(dir.resolve("related_party.drl"))).doesNotContain("rule \"RPT-02");
        Files.writeString(dir.resolve("pack.json"), """
                { "id": "replaced-rpt02", "version": "1", "mode": "replace" }
                """);
        Files.writeString(dir.resolve("parameters/local_rpt02.json"), """
                { "x.flaggedApprovalThreshold": { "type": "money", "description": "local approval threshold for flagged related parties",
                    "values": [ { "from": null, "value": "15000.00", "source": "local policy (test)" } ] } }
                """);
        Files.writeString(dir.resolve("local_rpt02.drl"), """
                package org.matrisk.rules.localrpt;

                import org.matrisk.model.*;
                import org.matrisk.model.Enums.Direction;
                import org.matrisk.engine.facts.*;
                import org.matrisk.engine.params.ParamValue;

                rule "RPT-02 local: payment to a flagged related party over the local threshold without approval"
                    @id("RPT-02") @area("RELATED_PARTY") @severity("CRITICAL") @scope("item") @requirement("APPROVE")
                    @title("Payment to a flagged related party over the local threshold has no approval reference")
                    @message("Payment {tx} of {amount} to {party} exceeds the local {x.flaggedApprovalThreshold} threshold and has no approval reference")
                    @condition("a PAYMENT over the local threshold to a party with relatedParty: true and no approvalRef")
                    @example("a £20,000.00 payment to a flagged party, no approvalRef")
                    @source("Local policy (test)") @edition("2025") @paragraph("1") @url("https://example.org/policy")
                    @parameters("x.flaggedApprovalThreshold")
                    @requires("/transactions/*/approvalRef, /transactions/*/declaredOn")
                when
                    $c : AssessmentContext()
                    $d : TrustDocument( transactions != null, parties != null )
                    $t : Transaction( direction == Direction.PAYMENT, approvalRef == null ) from $d.transactions()
                    Party( id == $t.partyId, relatedParty ) from $d.parties()
                    $p : ParamValue( inForce, money < $t.amount ) from $c.paramOn("x.flaggedApprovalThreshold", $t.date)
                then
                    insertLogical(Outcome.fail(kcontext).at($t.pointer(), "amount", $t.amount()).arg("tx", $t.id()).arg("party", $t.partyId()).param($p).done());
                end
                """);
        Manifest.write(dir);
        return dir;
    }

    /** A custom pack that changes RPT-02's threshold parameter: £5,000 from 1 Apr 2019, £10,000 from 1 Sep 2023. */
    static Path lowerThresholdPack(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("parameters"));
        Files.writeString(dir.resolve("pack.json"), """
                { "id": "lower-threshold", "version": "1", "mode": "extend", "overrides": ["rpt.approvalThreshold"] }
                """);
        Files.writeString(dir.resolve("parameters/related_party.json"), """
                { "rpt.approvalThreshold": { "type": "money", "description": "a stricter local threshold",
                    "values": [ { "from": "2019-04-01", "value": "5000.00", "source": "local policy (test)" },
                                { "from": "2023-09-01", "value": "10000.00", "source": "local policy (test)" } ] } }
                """);
        Files.writeString(dir.resolve("local.drl"), "package org.matrisk.rules.lowerthreshold;\n");
        Manifest.write(dir);
        return dir;
    }

    static Stream<Arguments> engines_() {
        return Stream.of(Arguments.of("builtin", (Object) null), Arguments.of("lower-threshold", (Object) null),
                Arguments.of("replaced-rpt02", (Object) null));
    }

    static RiskEngine engine(String name) {
        return switch (name) {
            case "builtin" -> builtin;
            case "lower-threshold" -> lowerThreshold;
            default -> replacedRpt02;
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines_")
    void eachPaymentOfALedgerInOrderIsDecidedAsTheAssessmentOfTheLedgerUpToItReportsIt(String pack, Object unused) {
        RiskEngine engine = engine(pack);
        TrustContext ctx = InlineChecker.of(engine).load(new GeneratedTrust(20240901L, 0, 0).context());
        GeneratedTrust g = new GeneratedTrust(20240901L, 260, 0);
        int requirements = 0;
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (int i = 0; i < g.ledger.size(); i++) {
            Transaction t = g.ledger.get(i);
            Decision d = ctx.check(t);
            Assessment a = engine.assess(g.document(g.prefix(i + 1, t), List.of(), g.notices));
            assertSameAsAssessment(d, a, t.pointer());
            requirements += d.requirements().size();
            d.requirements().forEach(r -> seen.add(r.ruleId()));
            d.undecided().forEach(u -> seen.add(u.ruleId() + "?"));
            ctx = ctx.withPayment(t);
        }
        assertThat(requirements).isGreaterThan(100);
        assertThat(seen).as("every transaction rule was exercised").contains("RPT-01", "RPT-02", "RPT-03", "RPT-04", "RPT-05")
                .as("and UNKNOWN for an undated interest and an absent kind").contains("RPT-04?", "RPT-05?");
        assertThat(ctx.document().transactions()).hasSize(g.ledger.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines_")
    void aPaymentCheckedAgainstAnyRecordedLedgerIsDecidedAsTheAssessmentOfThatLedgerWithIt(String pack, Object unused) {
        RiskEngine engine = engine(pack);
        GeneratedTrust g = new GeneratedTrust(7L, 140, 0);
        SplittableRandom r = new SplittableRandom(11);
        TrustContext empty = InlineChecker.of(engine).load(g.context());
        int trials = 0;
        for (int trial = 0; trial < 40; trial++) {
            List<Transaction> recorded = new ArrayList<>();
            Transaction proposed = null;
            for (Transaction t : g.ledger) {
                if (proposed == null && r.nextInt(40) == 0) proposed = t;
                else if (r.nextInt(3) > 0) recorded.add(t);
            }
            if (proposed == null) continue;
            TrustContext ctx = empty;
            for (int k = recorded.size() - 1; k >= 0; k--) ctx = ctx.withPayment(recorded.get(k));
            // the context keeps ledger order (date, then id) whatever the order of recording; a proposed
            // payment is checked after the recorded ones
            List<Transaction> sorted = new ArrayList<>(recorded);
            sorted.sort(TrustContext.LEDGER_ORDER);
            sorted.add(proposed);
            List<Transaction> doc = new ArrayList<>();
            for (Transaction t : sorted) doc.add(TrustContext.at(t, doc.size()));
            String pointer = "/transactions/" + (sorted.size() - 1);
            assertSameAsAssessment(ctx.check(proposed), engine.assess(g.document(doc, List.of(), g.notices)), pointer);
            trials++;
        }
        assertThat(trials).isGreaterThan(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines_")
    void specialPaymentsAreDecidedAsTheAssessmentReportsThem(String pack, Object unused) {
        RiskEngine engine = engine(pack);
        GeneratedTrust g = new GeneratedTrust(99L, 0, 120);
        TrustContext ctx = InlineChecker.of(engine).load(g.context());
        int withRequirements = 0;
        for (int i = 0; i < g.specialPayments.size(); i++) {
            SpecialPayment s = g.specialPayments.get(i);
            Decision d = ctx.check(s);
            assertSameAsAssessment(d, engine.assess(g.document(List.of(), List.of(at(s, 0)), g.notices)), "/specialPayments/0");
            if (!d.requirements().isEmpty()) withRequirements++;
        }
        assertThat(withRequirements).isGreaterThan(3);
        // without a notices list, NTI-03 is UNKNOWN and so undecided
        TrustContext noNotices = InlineChecker.of(engine).load(g.document(List.of(), List.of(), null));
        SpecialPayment s = g.specialPayments.get(0);
        assertSameAsAssessment(noNotices.check(s), engine.assess(g.document(List.of(), List.of(at(s, 0)), null)), "/specialPayments/0");
    }

    @org.junit.jupiter.api.Test
    void theCustomThresholdChangesDecisionsWhereTheAssessmentSaysSo() {
        GeneratedTrust g = new GeneratedTrust(20240901L, 260, 0);
        TrustContext a = InlineChecker.of(builtin).load(g.context()), b = InlineChecker.of(lowerThreshold).load(g.context());
        int differ = 0;
        for (Transaction t : g.ledger) {
            Decision x = a.check(t), y = b.check(t);
            if (x.requirement("RPT-02").isPresent() != y.requirement("RPT-02").isPresent()) {
                differ++;
                assertThat(y.requirement("RPT-02")).as("the stricter threshold only adds approvals").isPresent();
                assertThat(y.requirement("RPT-02").orElseThrow().parameters()).anyMatch(p -> p.source().equals("local policy (test)"));
            }
            a = a.withPayment(t);
            b = b.withPayment(t);
        }
        assertThat(differ).as("payments needing approval only under the custom threshold").isGreaterThan(5);
        assertThat(b.check(g.ledger.get(0)).rulePackSha256()).isEqualTo(lowerThreshold.pack().sha256()).isNotEqualTo(builtin.pack().sha256());
    }

    @org.junit.jupiter.api.Test
    void theReplacedRuleDecidesInlineAsItDoesInTheAssessment() {
        GeneratedTrust g = new GeneratedTrust(20240901L, 260, 0);
        TrustContext a = InlineChecker.of(builtin).load(g.context()), b = InlineChecker.of(replacedRpt02).load(g.context());
        int local = 0, differ = 0, undecided = 0;
        for (Transaction t : g.ledger) {
            Decision x = a.check(t), y = b.check(t);
            if (y.undecided().stream().anyMatch(u -> u.ruleId().equals("RPT-02"))) undecided++;
            if (y.requirement("RPT-02").isPresent()) {
                local++;
                assertThat(y.requirement("RPT-02").orElseThrow().severity()).isEqualTo(org.matrisk.assessment.Severity.CRITICAL);
                assertThat(y.requirement("RPT-02").orElseThrow().message()).contains("exceeds the local £15,000.00 threshold");
            }
            if (x.requirement("RPT-02").isPresent() != y.requirement("RPT-02").isPresent()) differ++;
            a = a.withPayment(t);
            b = b.withPayment(t);
        }
        assertThat(local).as("payments the local RPT-02 asks approval for").isGreaterThan(5);
        assertThat(differ).as("payments decided differently by the replaced rule").isGreaterThan(5);
        // its declared needs on each transaction: UNKNOWN where approvalRef or declaredOn is absent and the rule does not fail it
        assertThat(undecided).as("payments the local RPT-02 leaves UNKNOWN for absent data").isGreaterThan(5);
    }

    // ------------------------------------------------------------------------------------------ helpers

    static void assertSameAsAssessment(Decision d, Assessment a, String pointer) {
        List<Finding> expected = a.findings().stream().filter(f -> f.evidence().stream()
                .anyMatch(e -> e.pointer().equals(pointer) || e.pointer().startsWith(pointer + "/"))).toList();
        assertThat(d.requirements().stream().map(Requirement::finding).toList()).as("%s findings", pointer).isEqualTo(expected);
        List<UnknownOutcome> unknown = a.unknown().stream().filter(u -> u.pointer().equals(pointer) || u.pointer().startsWith(pointer + "/")).toList();
        assertThat(d.undecided()).as("%s undecided", pointer).isEqualTo(unknown);
        assertThat(d.pointer()).isEqualTo(pointer);
        assertThat(d.rulePackSha256()).isEqualTo(a.rulePack().sha256());
        assertThat(d.outcome()).isEqualTo(expected.isEmpty() ? Decision.Outcome.ALLOW
                : d.requires(Requirement.Kind.BLOCKED) ? Decision.Outcome.BLOCK : Decision.Outcome.REQUIRES_ACTION);
    }

    static SpecialPayment at(SpecialPayment s, int i) {
        return new SpecialPayment(s.id(), s.personId(), s.date(), s.kind(), s.amount(), s.contractual(), s.statutory(), s.totalExitPackage(),
                s.approvalRef(), s.authorisedBy(), s.disclosedIndividually(), "/specialPayments/" + i);
    }
}
