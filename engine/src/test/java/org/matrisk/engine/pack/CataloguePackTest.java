package org.matrisk.engine.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.matrisk.engine.pack.TestPacks.METADATA;
import static org.matrisk.engine.pack.TestPacks.WHEN;
import static org.matrisk.engine.pack.TestPacks.document;
import static org.matrisk.engine.pack.TestPacks.rule;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.UnknownOutcome;
import org.matrisk.engine.RiskEngine;
import org.matrisk.model.Coverage;
import org.matrisk.model.TrustDocument;

/**
 * {@code @catalogue("2")}: a rule that catalogue v2 added is evaluated, reported and counted only for documents
 * assessed with catalogue 2 (rule-catalogue-v2.md 7.1: nothing in catalogue v2 changes a v1 document's outcome).
 */
class CataloguePackTest {
    @TempDir Path tmp;
    static final LocalDate Y2023 = LocalDate.of(2023, 9, 1);

    RiskEngine engine(String metadata) {
        return RiskEngine.of(RulePack.load(TestPacks.rulePack(tmp.resolve("p"), "replace", rule(metadata, WHEN)), false));
    }

    static TrustDocument v2(TrustDocument d) {
        return d.withCoverage("2", new Coverage(2, Coverage.V1.sections(), Set.of(), java.util.Map.of(), java.util.Map.of()));
    }

    @Test
    void aCatalogueTwoRuleIsSilentAndUncountedOnAVersionOneDocument() {
        RiskEngine e = engine("@catalogue(\"2\") @requires(\"/finance/revenueReserves\")\n    " + METADATA);
        assertThat(e.catalog().get("X-90").since()).isEqualTo(2);
        // would fire (13 meetings > 12) and would be UNKNOWN (reserves absent): on v1, neither, and not counted as passed
        TrustDocument fires = document(Y2023, "100.00", "1.00", "1.00", "1.00", 13);
        Assessment v1 = e.assess(fires);
        assertThat(v1.findings()).isEmpty();
        assertThat(v1.passed()).isZero();
        Assessment v1Unknown = e.assess(document(Y2023, "100.00", "1.00", null, "1.00", 6));
        assertThat(v1Unknown.unknown()).isEmpty();
        assertThat(v1Unknown.passed()).isZero();
        // the same data under catalogue 2: the finding, the UNKNOWN, and the rule counted
        Assessment v2 = e.assess(v2(fires));
        assertThat(v2.findings()).extracting(Finding::ruleId).containsExactly("X-90");
        assertThat(v2.decided().rules()).isEqualTo(1);
        assertThat(e.assess(v2(document(Y2023, "100.00", "1.00", null, "1.00", 6))).unknown())
                .containsExactly(new UnknownOutcome("X-90", "/finance", List.of("revenueReserves")));
        assertThat(e.assess(v2(document(Y2023, "100.00", "1.00", "1.00", "1.00", 6))).passed()).isEqualTo(1);
    }

    @Test
    void aRuleWithoutCatalogueBelongsToEveryCatalogue() {
        RiskEngine e = engine(METADATA);
        assertThat(e.catalog().get("X-90").since()).isEqualTo(1);
        assertThat(e.assess(document(Y2023, "100.00", "1.00", "1.00", "1.00", 13)).findings()).hasSize(1);
        assertThat(e.assess(v2(document(Y2023, "100.00", "1.00", "1.00", "1.00", 13))).findings()).hasSize(1);
    }

    @Test
    void anUnknownCatalogueIsRefused() {
        assertThatThrownBy(() -> engine("@catalogue(\"3\")\n    " + METADATA)).hasMessageContaining("@catalogue must be 1 or 2, not \"3\"");
    }
}
