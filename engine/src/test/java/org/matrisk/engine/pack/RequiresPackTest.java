package org.matrisk.engine.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matrisk.engine.pack.TestPacks.METADATA;
import static org.matrisk.engine.pack.TestPacks.WHEN;
import static org.matrisk.engine.pack.TestPacks.document;
import static org.matrisk.engine.pack.TestPacks.rule;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.UnknownOutcome;
import org.matrisk.engine.RiskEngine;

/** A custom pack's rule declaring {@code @requires}: read into its metadata, UNKNOWN when the data is absent. */
class RequiresPackTest {
    @TempDir Path tmp;
    static final LocalDate Y2023 = LocalDate.of(2023, 9, 1);

    RiskEngine engine(String metadata, String extra) {
        return RiskEngine.of(RulePack.load(TestPacks.rulePack(tmp.resolve("p"), "replace", rule(metadata, WHEN) + extra), false));
    }

    static List<UnknownOutcome> unknown(Assessment a) { return a.unknown().stream().filter(u -> u.ruleId().equals("X-90")).toList(); }

    @Test
    void absentRequiredDataGivesTheRulesUnknownOutcome() {
        RiskEngine e = engine("@requires(\"/governance/boardMeetings, /finance/revenueReserves, finance/inYearRevenueBalance\")\n    " + METADATA, "");
        assertThat(e.catalog().get("X-90").requires())
                .containsExactly("/governance/boardMeetings", "/finance/revenueReserves", "/finance/inYearRevenueBalance");
        // everything given: no UNKNOWN, no finding
        Assessment given = e.assess(document(Y2023, "100.00", "1.00", "1.00", "1.00", 6));
        assertThat(unknown(given)).isEmpty();
        assertThat(given.passed()).isEqualTo(1);
        // two fields of /finance absent: one entry, in declared order
        Assessment twoAbsent = e.assess(document(Y2023, "100.00", null, null, "1.00", 6));
        assertThat(unknown(twoAbsent)).containsExactly(new UnknownOutcome("X-90", "/finance", List.of("revenueReserves", "inYearRevenueBalance")));
        assertThat(twoAbsent.passed()).isZero();
        // a trust rule: one entry per rule, citing the first object in pointer order, every absent field
        assertThat(unknown(e.assess(document(Y2023, "100.00", null, "1.00", "1.00", null))))
                .containsExactly(new UnknownOutcome("X-90", "/finance", List.of("inYearRevenueBalance", "boardMeetings")));
    }

    @Test
    void aFailBeatsTheUnknownOfAbsentData() {
        RiskEngine e = engine("@requires(\"/finance/revenueReserves\")\n    " + METADATA, "");
        Assessment a = e.assess(document(Y2023, "100.00", "1.00", null, "1.00", 13));
        assertThat(a.findings()).extracting(f -> f.ruleId()).containsExactly("X-90");
        assertThat(unknown(a)).isEmpty();
    }

    @Test
    void aConditionalCompanionStillWorksBesideRequires() {
        String companion = "\nrule \"X-90 unknown: boardMeetings absent while the parameter is in force\"\n    @id(\"X-90\") @outcome(\"UNKNOWN\")\nwhen\n"
                + "    $c : AssessmentContext()\n    ParamValue( inForce ) from $c.param(\"x.maxMeetings\")\n    Governance( boardMeetings == null )\nthen\n"
                + "    insertLogical(Outcome.unknown(kcontext).at(\"/governance\").missing(\"boardMeetings\").done());\nend\n";
        RiskEngine e = engine("@requires(\"/finance/revenueReserves\")\n    " + METADATA, companion);
        assertThat(unknown(e.assess(document(Y2023, "100.00", "1.00", null, "1.00", null))))
                .containsExactly(new UnknownOutcome("X-90", "/finance", List.of("revenueReserves", "boardMeetings")));
    }

    @Test
    void rulesWithoutRequiresHaveNone() {
        assertThat(engine(METADATA, "").catalog().get("X-90").requires()).isEmpty();
    }
}
