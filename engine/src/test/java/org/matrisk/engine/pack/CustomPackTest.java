package org.matrisk.engine.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matrisk.engine.pack.TestPacks.document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.Severity;
import org.matrisk.engine.RiskEngine;
import org.matrisk.model.TrustDocument;

/** The example pack (examples/packs/cash-reserves) extends the built-in pack: its findings are added, the rest unchanged. */
class CustomPackTest {
    static RiskEngine builtin;
    static RiskEngine extended;
    static final LocalDate Y2023 = LocalDate.of(2023, 9, 1), Y2024 = LocalDate.of(2024, 9, 1);

    @BeforeAll
    static void compile() {
        builtin = RiskEngine.builtin();
        extended = RiskEngine.of(RulePack.load(TestPacks.example(), false));
    }

    static List<String> ids(Assessment a) { return a.findings().stream().map(Finding::ruleId).toList(); }

    static List<String> ids(Assessment a, String prefix) { return ids(a).stream().filter(i -> i.startsWith(prefix)).toList(); }

    @Test
    void theCombinedPackIsStampedWithBothPacks() {
        RulePack pack = extended.pack();
        RulePack b = RulePack.builtin(), x = RulePack.fromDirectory(TestPacks.example());
        assertThat(pack.id()).isEqualTo("builtin+cash-reserves");
        assertThat(pack.version()).isEqualTo("1+1");
        assertThat(pack.components()).extracting(RulePack.Component::id).containsExactly("builtin", "cash-reserves");
        String lines = "builtin " + b.sha256() + "\ncash-reserves " + x.sha256() + "\n";
        assertThat(pack.sha256()).isEqualTo(RulePack.sha256Hex(lines.getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(b.sha256()).isNotEqualTo(x.sha256());
        assertThat(pack.warnings()).isEmpty();
        assertThat(pack.drl()).containsKeys("builtin/governance.drl", "cash-reserves/reserves.drl");
        assertThat(pack.files()).containsKeys("builtin/pack.json", "cash-reserves/reserves.drl", "cash-reserves/parameters/reserves.json");

        Assessment a = extended.assess(document(Y2023, "18450000.00", "-610000.00", "-240000.00", "310000.00", 6));
        assertThat(a.rulePack()).isEqualTo(new Assessment.RulePackInfo("builtin+cash-reserves", "1+1", pack.sha256()));
    }

    @Test
    void theCatalogueHasTheBuiltinRulesAndTheExampleRules() {
        // X-01, X-02 (reserves.drl), X-03 (related_party.drl), X-04 (remuneration.drl) and X-05 (autonomy.drl)
        assertThat(extended.catalog().size()).isEqualTo(builtin.catalog().size() + 5);
        assertThat(extended.catalog().get("X-03").area()).isEqualTo(Area.RELATED_PARTY);
        assertThat(extended.catalog().get("X-04").area()).isEqualTo(Area.REMUNERATION);
        assertThat(extended.catalog().get("X-05").area()).isEqualTo(Area.AUTONOMY);
        RuleMeta x1 = extended.catalog().get("X-01");
        assertThat(x1.area()).isEqualTo(Area.NOTICES);
        assertThat(x1.severity()).isEqualTo(Severity.LOW);
        assertThat(x1.parameters()).containsExactly("x.reservesScrutinyPercent");
        assertThat(x1.file()).startsWith("cash-reserves/reserves.drl:");
        assertThat(extended.catalog().get("X-02").severity()).isEqualTo(Severity.MEDIUM);
        RuleMeta x3 = extended.catalog().get("X-03");
        assertThat(x3.area()).as("a rule on the built-in RELATED_PARTY declared types").isEqualTo(Area.RELATED_PARTY);
        assertThat(x3.file()).startsWith("cash-reserves/related_party.drl:");
        assertThat(extended.pack().parameters().names()).contains("x.reservesScrutinyPercent", "x.inYearDeficitTolerancePercent", "gov.minBoardMeetings");
    }

    @Test
    void anInYearDeficitAboveTheToleranceAddsX02AndLeavesTheBuiltinFindingsAlone() {
        // Northgate's finance (examples/northgate-risky.json): a 3.3% in-year deficit
        TrustDocument doc = document(Y2023, "18450000.00", "-610000.00", "-240000.00", "310000.00", 6);
        Assessment before = builtin.assess(doc), after = extended.assess(doc);
        assertThat(ids(after, "X-")).containsExactly("X-02");
        assertThat(after.findings()).filteredOn(f -> !f.ruleId().startsWith("X-")).containsExactlyElementsOf(before.findings());
        assertThat(after.unknown()).isEqualTo(before.unknown());
        Finding x2 = after.findings("X-02").get(0);
        assertThat(x2.message()).isEqualTo("The in-year revenue balance is -£610,000.00, a deficit of 3.3% of total income (£18,450,000.00), "
                + "above the 2% tolerated (Example reserves policy (illustrative local policy): in-year deficits above 2% of income go to the board)");
        assertThat(x2.evidence()).extracting(e -> e.pointer()).containsExactly("/finance/inYearRevenueBalance", "/finance/totalIncome");
        assertThat(x2.parameters()).extracting(p -> p.name()).containsExactly("x.inYearDeficitTolerancePercent");
    }

    @Test
    void x02NearMiss() {
        // exactly 2.0% of income is not above the tolerance; a surplus never is
        assertThat(ids(extended.assess(document(Y2023, "18450000.00", "-369000.00", "100000.00", "310000.00", 6)), "X-")).isEmpty();
        assertThat(ids(extended.assess(document(Y2023, "18450000.00", "-369001.00", "100000.00", "310000.00", 6)), "X-")).containsExactly("X-02");
        assertThat(ids(extended.assess(document(Y2023, "18450000.00", "240000.00", "100000.00", "310000.00", 6)), "X-")).isEmpty();
    }

    @Test
    void x01AppliesFromTheAth2024PeriodAboveTwentyPercent() {
        // 3,900,000 of 18,450,000 = 21.1%
        assertThat(ids(extended.assess(document(Y2024, "18450000.00", "240000.00", "3900000.00", "2150000.00", 6)), "X-")).containsExactly("X-01");
        Finding x1 = extended.assess(document(Y2024, "18450000.00", "240000.00", "3900000.00", "2150000.00", 6)).findings("X-01").get(0);
        assertThat(x1.message()).startsWith("Revenue reserves of £3,900,000.00 are 21.1% of total income (£18,450,000.00), above 20%");
        assertThat(x1.parameters()).singleElement().satisfies(p -> assertThat(p.effectiveFrom()).isEqualTo(Y2024));
        // near miss: exactly 20%
        assertThat(ids(extended.assess(document(Y2024, "18450000.00", "240000.00", "3690000.00", "2150000.00", 6)), "X-")).isEmpty();
        // the period before ATH 2024: the parameter is not in force, so no finding and no UNKNOWN
        Assessment before = extended.assess(document(Y2024.minusYears(1), "18450000.00", "240000.00", "3900000.00", "2150000.00", 6));
        assertThat(ids(before, "X-")).isEmpty();
        assertThat(before.unknown()).noneMatch(u -> u.ruleId().startsWith("X-"));
    }

    @Test
    void absentDataIsUnknownNotAPass() {
        Assessment a = extended.assess(document(Y2024, "18450000.00", null, null, "2150000.00", 6));
        assertThat(a.unknown()).filteredOn(u -> u.ruleId().startsWith("X-"))
                .extracting(u -> u.ruleId() + " " + u.pointer() + " " + u.missing())
                .containsExactly("X-01 /finance [revenueReserves]", "X-02 /finance [inYearRevenueBalance]");
    }

    @Test
    void aReplacePackIsUsedAlone(@TempDir Path tmp) {
        RulePack pack = RulePack.load(TestPacks.rulePack(tmp.resolve("alone"), "replace", TestPacks.rule(TestPacks.METADATA, TestPacks.WHEN)), false);
        assertThat(pack.id()).isEqualTo("test-pack");
        assertThat(pack.mode()).isEqualTo(RulePack.Mode.REPLACE);
        assertThat(pack.components()).hasSize(1);
        assertThat(pack.drl()).containsOnlyKeys("test.drl");
        RiskEngine engine = RiskEngine.of(pack);
        assertThat(engine.catalog().rules()).extracting(RuleMeta::id).containsExactly("X-90");
        Assessment a = engine.assess(document(Y2023, "18450000.00", "-610000.00", "-240000.00", "310000.00", 13));
        assertThat(ids(a)).containsExactly("X-90");
        assertThat(a.rulePack()).isEqualTo(new Assessment.RulePackInfo("test-pack", "1", pack.sha256()));
        assertThat(ids(engine.assess(document(Y2023, "18450000.00", "-610000.00", "-240000.00", "310000.00", 12)))).isEmpty();
    }

    @Test
    void aPackMayOverrideABuiltinParameterItDeclares(@TempDir Path tmp) {
        Path dir = TestPacks.copy(TestPacks.example(), tmp.resolve("override"));
        TestPacks.write(dir.resolve("parameters/governance.json"), """
                { "gov.minBoardMeetings": { "type": "integer", "description": "stricter local policy",
                    "values": [ { "from": null, "value": 7, "source": "Local policy: the board meets at least 7 times" } ] } }
                """);
        TestPacks.write(dir.resolve("pack.json"), TestPacks.read(dir.resolve("pack.json")).replace("\"mode\": \"extend\",", "\"mode\": \"extend\", \"overrides\": [\"gov.minBoardMeetings\"],"));
        Manifest.write(dir);
        RulePack pack = RulePack.load(dir, false);
        assertThat(pack.overrides()).containsExactly("gov.minBoardMeetings");
        RiskEngine engine = RiskEngine.of(pack);
        Assessment a = engine.assess(document(Y2023, "18450000.00", "240000.00", "100000.00", "310000.00", 6));
        assertThat(a.findings("GOV-10")).singleElement().satisfies(f -> assertThat(f.message()).contains("at least 7 times"));
        assertThat(builtin.assess(document(Y2023, "18450000.00", "240000.00", "100000.00", "310000.00", 6)).findings("GOV-10")).isEmpty();
    }
}
