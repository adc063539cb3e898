package org.matrisk.engine.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.matrisk.engine.pack.TestPacks.METADATA;
import static org.matrisk.engine.pack.TestPacks.WHEN;
import static org.matrisk.engine.pack.TestPacks.rule;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matrisk.engine.RiskEngine;

/**
 * Each kind of broken rule in a custom pack (extending the built-in pack) is refused with a message
 * naming the file (as {@code <pack id>/<path>}), the line and the rule where they are known.
 * The rule of {@link TestPacks#rule} starts on line 7 of test.drl; its {@code when} on line 13.
 */
class BrokenPackTest {
    @TempDir Path tmp;

    RulePackException refused(String drl) {
        Path dir = TestPacks.rulePack(tmp.resolve("pack"), "extend", drl);
        RulePackException e = catchThrowableOfType(RulePackException.class, () -> RiskEngine.of(RulePack.load(dir, false)));
        assertThat(e).as("the pack should be refused").isNotNull();
        assertThat(e.getMessage()).startsWith("rule pack " + dir + " (extending builtin) refused:\n  ");
        for (String p : e.problems()) assertThat(e.getMessage()).contains(p);
        return e;
    }

    @Test
    void theTestRuleItselfIsValid() {
        RiskEngine engine = RiskEngine.of(RulePack.load(TestPacks.rulePack(tmp.resolve("ok"), "extend", rule(METADATA, WHEN)), false));
        assertThat(engine.catalog().get("X-90").file()).isEqualTo("test-pack/test.drl:7");
    }

    @Test
    void aMissingMetadataFieldNamesTheRuleAndTheField() {
        assertThat(refused(rule(METADATA.replace("@severity(\"INFO\") ", ""), WHEN)).problems())
                .containsExactly("test-pack/test.drl:7: rule \"X-90 many board meetings\": missing metadata @severity");
        assertThat(refused(rule(METADATA.replace("@title(\"Many board meetings\")", "").replace("@url(\"https://example.org/test\")", ""), WHEN)).problems())
                .containsExactly("test-pack/test.drl:7: rule \"X-90 many board meetings\": missing metadata @title, @url");
    }

    @Test
    void aSyntaxErrorNamesFileAndLine() {
        assertThat(refused(rule(METADATA, WHEN.replace("boardMeetings != null,", "boardMeetings != null,,"))).problems())
                .singleElement().asString().startsWith("test-pack/test.drl:16: ").contains("no viable alternative at input ','");
    }

    @Test
    void aTypeErrorInAConstraintNamesFileAndLine() {
        // a String field has no intValue()
        assertThat(refused(rule(METADATA, WHEN.replace("boardMeetings > $max.intValue", "chair.intValue() > $max.intValue"))).problems())
                .singleElement().asString().startsWith("test-pack/test.drl:16: Unable to Analyse Expression chair.intValue()")
                .contains("unable to resolve method using strict-mode: java.lang.String.intValue()");
        // a field the fact does not have
        assertThat(refused(rule(METADATA, WHEN.replace("boardMeetings > $max.intValue", "meetings > $max.intValue"))).problems())
                .singleElement().asString().startsWith("test-pack/test.drl:16: Unable to Analyse Expression meetings")
                .contains("Governance.meetings()");
    }

    @Test
    void aConstraintTheCompilerChokesOnIsTracedToItsRule() {
        // a date compared with a number makes the DRL compiler throw rather than report
        assertThat(refused(rule(METADATA, WHEN.replace("boardMeetings != null,", "boardMeetings != null, executivePayPolicyApprovedOn > 5,"))).problems())
                .containsExactly("test-pack/test.drl:7: rule \"X-90 many board meetings\": the DRL compiler failed: Cannot extract timestamp from 5"
                        + " (is a constraint comparing values of different types?)");
    }

    @Test
    void anErrorInAConsequenceNamesTheFileAndRule() {
        assertThat(refused(rule(METADATA, WHEN).replace("$g.boardMeetings()", "$g.boardMeetingz()")).problems())
                .singleElement().asString().startsWith("test-pack/test.drl:7: ").contains("boardMeetingz() is undefined for the type Governance");
    }

    @Test
    void anUnknownParameterInTheDrlNamesFileLineAndName() {
        assertThat(refused(rule(METADATA, WHEN.replace("param(\"x.maxMeetings\")", "param(\"nope.x\")"))).problems())
                .containsExactly("test-pack/test.drl:15: unknown parameter \"nope.x\"");
        // a near name gets suggestions
        assertThat(refused(rule(METADATA, WHEN.replace("param(\"x.maxMeetings\")", "param(\"x.maxMeeting\")"))).problems())
                .containsExactly("test-pack/test.drl:15: unknown parameter \"x.maxMeeting\" (known: x.maxMeetings)");
    }

    @Test
    void anUnknownParameterInParametersMetadataNamesTheRule() {
        assertThat(refused(rule(METADATA.replace("@parameters(\"x.maxMeetings\")", "@parameters(\"x.maxMeetings, nope.y\")"), WHEN)).problems())
                .containsExactly("test-pack/test.drl:7: rule \"X-90 many board meetings\": @parameters names unknown parameter \"nope.y\"");
    }

    @Test
    void anUnknownAreaOrSeverityIsRefused() {
        assertThat(refused(rule(METADATA.replace("GOVERNANCE", "FINANCE"), WHEN)).problems())
                .containsExactly("test-pack/test.drl:7: rule \"X-90 many board meetings\": unknown @area \"FINANCE\""
                        + " (one of NOTICES, RELATED_PARTY, REMUNERATION, GROWTH, AUTONOMY, GOVERNANCE, PROCUREMENT_AND_PROPRIETY)");
        assertThat(refused(rule(METADATA.replace("INFO", "SEVERE"), WHEN)).problems())
                .containsExactly("test-pack/test.drl:7: rule \"X-90 many board meetings\": unknown @severity \"SEVERE\" (one of CRITICAL, HIGH, MEDIUM, LOW, INFO)");
        assertThat(refused(rule(METADATA.replace("@scope(\"trust\")", "@scope(\"academy\")"), WHEN)).problems())
                .containsExactly("test-pack/test.drl:7: rule \"X-90 many board meetings\": @scope must be trust or item, not \"academy\"");
    }

    @Test
    void aRuleIdOfTheBuiltinPackIsRefused() {
        assertThat(refused(rule(METADATA.replace("X-90", "GOV-10"), WHEN)).problems()).singleElement().asString()
                .matches("rule id GOV-10 is defined by more than one pack: builtin \\(builtin/governance\\.drl:\\d+\\) and test-pack \\(test-pack/test\\.drl:7\\); "
                        + "a pack's rules need ids of their own \\(e\\.g\\. X-01\\), it cannot redefine a rule of the pack it extends");
        // an UNKNOWN companion under a built-in id is refused too
        String companion = "\nrule \"GOV-10 unknown: elsewhere\"\n    @id(\"GOV-10\") @outcome(\"UNKNOWN\")\nwhen\n    Governance( chair == null )\nthen\n"
                + "    insertLogical(Outcome.unknown(kcontext).at(\"/governance\").missing(\"chair\").done());\nend\n";
        assertThat(refused(rule(METADATA, WHEN) + companion).problems()).singleElement().asString()
                .startsWith("rule id GOV-10 is defined by more than one pack: builtin (builtin/governance.drl:");
    }

    @Test
    void aRuleNameOfTheBuiltinPackInItsPackageIsRefused() {
        String drl = rule(METADATA, WHEN).replace("package org.matrisk.rules.test;", "package org.matrisk.rules;")
                .replace("X-90 many board meetings", "GOV-10 too few board meetings");
        assertThat(refused(drl).problems()).singleElement().asString()
                .matches("test-pack/test\\.drl:7: rule \"GOV-10 too few board meetings\" is declared more than once in package org\\.matrisk\\.rules "
                        + "\\(builtin/governance\\.drl:\\d+, test-pack/test\\.drl:7\\); rule names are unique per package \\(give a custom pack a package of its own\\)");
    }

    @Test
    void aRuleWithoutIdOrDerivesIsRefused() {
        assertThat(refused(rule("@title(\"no id\")", WHEN)).problems())
                .containsExactly("test-pack/test.drl:7: rule \"X-90 many board meetings\": has neither @id (a catalogue rule) nor @derives (a derived fact)");
    }

    @Test
    void anUnknownRequiredPathNamesTheRuleAndThePath() {
        assertThat(refused(rule(METADATA + "\n    @requires(\"/governance/boardMeetings, /finance/revenueReserve\")", WHEN)).problems())
                .singleElement().asString()
                .startsWith("test-pack/test.drl:7: rule \"X-90 many board meetings\": @requires \"/finance/revenueReserve\": unknown field \"revenueReserve\" of Finance (fields: ");
        assertThat(refused(rule(METADATA + "\n    @requires(\"/transactions/amount\")", WHEN)).problems())
                .containsExactly("test-pack/test.drl:7: rule \"X-90 many board meetings\": @requires \"/transactions/amount\": transactions is a list: name its items with * (/transactions/*/amount)");
    }

    @Test
    void requiresOnACompanionIsRefused() {
        String companion = "\nrule \"X-90 unknown: chair absent\"\n    @id(\"X-90\") @outcome(\"UNKNOWN\") @requires(\"/governance/chair\")\nwhen\n    Governance( chair == null )\nthen\n"
                + "    insertLogical(Outcome.unknown(kcontext).at(\"/governance\").missing(\"chair\").done());\nend\n";
        assertThat(refused(rule(METADATA, WHEN) + companion).problems())
                .singleElement().asString().matches("test-pack/test\\.drl:\\d+: rule \"X-90 unknown: chair absent\": @requires belongs on the primary rule of X-90, not on an UNKNOWN companion");
    }

    @Test
    void everyProblemIsListed() {
        String drl = rule(METADATA.replace("INFO", "SEVERE").replace("@parameters(\"x.maxMeetings\")", "@parameters(\"x.maxMeetings, nope.y\")"),
                WHEN.replace("param(\"x.maxMeetings\")", "param(\"nope.x\")"));
        assertThat(refused(drl).problems()).containsExactly(
                "test-pack/test.drl:15: unknown parameter \"nope.x\"",
                "test-pack/test.drl:7: rule \"X-90 many board meetings\": unknown @severity \"SEVERE\" (one of CRITICAL, HIGH, MEDIUM, LOW, INFO)",
                "test-pack/test.drl:7: rule \"X-90 many board meetings\": @parameters names unknown parameter \"nope.y\"");
    }

    @Test
    void aReplacePackNamesItsFilesWithoutPrefix() {
        Path dir = TestPacks.rulePack(tmp.resolve("alone"), "replace", rule(METADATA.replace("@severity(\"INFO\") ", ""), WHEN));
        RulePackException e = catchThrowableOfType(RulePackException.class, () -> RiskEngine.of(RulePack.load(dir, false)));
        assertThat(e.getMessage()).startsWith("rule pack " + dir + " refused:");
        assertThat(e.problems()).containsExactly("test.drl:7: rule \"X-90 many board meetings\": missing metadata @severity");
    }
}
