package org.matrisk.engine.facts.autonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matrisk.engine.facts.autonomy.AutonomyFunctions.triFewerThan;
import static org.matrisk.engine.facts.autonomy.AutonomyFunctions.triIsFalse;
import static org.matrisk.engine.facts.autonomy.AutonomyFunctions.triMoreThan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Evidence;
import org.matrisk.assessment.Finding;
import org.matrisk.engine.RiskEngine;
import org.matrisk.engine.facts.Tri;
import org.matrisk.model.Academy;
import org.matrisk.model.Autonomy;
import org.matrisk.model.Enums.AutonomyLevel;
import org.matrisk.model.Enums.OfstedGrade;
import org.matrisk.model.Enums.TrustType;
import org.matrisk.model.Finance;
import org.matrisk.model.Governance;
import org.matrisk.model.OfstedInspection;
import org.matrisk.model.Participation;
import org.matrisk.model.Period;
import org.matrisk.model.Trust;
import org.matrisk.model.TrustDocument;

/**
 * The AUTONOMY derivations of the built-in pack (declared types and rules in {@code autonomy.drl}),
 * through the engine, where the fixtures do not reach: several reasons in one AUT-03 finding, the
 * Kleene counts of AUT-06 with every kind of absent datum, and the Kleene helpers themselves.
 */
class AutonomyRulesTest {
    static final LocalDate AS_OF = LocalDate.parse("2025-06-30");

    static Participation participates(Boolean peerReview, Boolean centralFinance) {
        return new Participation(peerReview, true, true, centralFinance, true);
    }

    static Academy academy(int i, AutonomyLevel level, Participation p) {
        return academy(i, new Autonomy(level, null, true, LocalDate.parse("2025-09-01"), p), BigDecimal.ONE, BigDecimal.ONE);
    }

    static Academy academy(int i, Autonomy autonomy, BigDecimal progress, BigDecimal inYear, OfstedInspection... ofsted) {
        return new Academy("14000" + i, "A" + i, null, null, null, List.of(ofsted), progress, inYear, autonomy, "/academies/" + i);
    }

    static TrustDocument document(List<Academy> academies) {
        BigDecimal income = new BigDecimal("1000000.00");
        Finance f = new Finance(income, income, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, null, null, null, List.of(), List.of());
        Governance g = new Governance(List.of(), List.of(), null, null, null, 6, List.of(), null, null, null, null, null);
        return new TrustDocument("1", new Trust("10079999", "Test Trust", TrustType.MAT, "07819999"),
                new Period(LocalDate.parse("2023-09-01"), LocalDate.parse("2024-08-31")), AS_OF,
                f, g, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), academies, List.of(), List.of(), null);
    }

    static List<String> pointers(Finding f) { return f.evidence().stream().map(Evidence::pointer).toList(); }

    @Test
    void aut06CountsEachKindOfAbsentDatumAndListsThemShareByShareInDocumentOrder() {
        List<Academy> list = new ArrayList<>(List.of(
                academy(0, AutonomyLevel.FULL, participates(true, false)),
                academy(1, null, BigDecimal.ONE, BigDecimal.ONE),                      // no autonomy object
                academy(2, AutonomyLevel.FULL, null),                                   // participates absent
                academy(3, null, participates(true, null))));                           // level and centralFinance absent
        // 4 academies, limits 2: FULL 2 sure + 1 undecided (more than 2: UNKNOWN); central finance 0 sure + 3 undecided (fewer than 2: UNKNOWN)
        Assessment a = RiskEngine.builtin().assess(document(list));
        assertThat(a.findings("AUT-06")).isEmpty();
        assertThat(a.unknown()).filteredOn(u -> u.ruleId().equals("AUT-06"))
                .extracting(u -> u.pointer() + " " + u.missing())
                .containsExactly("/academies [/academies/3/autonomy/level, /academies/1/autonomy, /academies/2/autonomy/participates, "
                        + "/academies/3/autonomy/participates/centralFinance]");

        // the undecided level is FULL: 3 of 4 are FULL (TRUE), central finance still UNKNOWN, so only its data is missing
        list.set(3, academy(3, AutonomyLevel.FULL, participates(true, null)));
        a = RiskEngine.builtin().assess(document(list));
        assertThat(a.unknown()).filteredOn(u -> u.ruleId().equals("AUT-06"))
                .extracting(u -> u.pointer() + " " + u.missing())
                .containsExactly("/academies [/academies/1/autonomy, /academies/2/autonomy/participates, /academies/3/autonomy/participates/centralFinance]");

        // only academy 3's central finance is undecided now: 0 sure + 1 undecided is fewer than 2 either way, so it fires
        list.set(1, academy(1, AutonomyLevel.SUPPORTED, participates(true, false)));
        list.set(2, academy(2, AutonomyLevel.FULL, participates(true, false)));
        a = RiskEngine.builtin().assess(document(list));
        assertThat(a.findings("AUT-06")).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("3 of the 4 academies have FULL autonomy, more than 2 (0.5 of 4), and only 0 of them take part in central finance, fewer than 2 (0.5 of 4)"));
    }

    @Test
    void aut03CitesEveryReasonThatHoldsInTheCataloguesOrder() {
        Autonomy earned = new Autonomy(AutonomyLevel.EARNED, null, true, LocalDate.parse("2025-09-01"), participates(true, true));
        Academy declining = academy(0, earned, new BigDecimal("-0.6"), new BigDecimal("-1000.00"),
                new OfstedInspection(LocalDate.parse("2019-01-10"), OfstedGrade.GOOD),
                new OfstedInspection(LocalDate.parse("2024-11-20"), OfstedGrade.REQUIRES_IMPROVEMENT),
                new OfstedInspection(LocalDate.parse("2025-07-01"), OfstedGrade.GOOD));   // after asOf: not yet the latest
        Assessment a = RiskEngine.builtin().assess(document(List.of(declining)));
        assertThat(a.findings("AUT-03")).singleElement().satisfies(f -> {
            assertThat(pointers(f)).containsExactly("/academies/0", "/academies/0/ofsted/1", "/academies/0/progress", "/academies/0/inYearRevenueBalance");
            assertThat(f.message()).isEqualTo("Academy 140000 keeps EARNED autonomy although its latest Ofsted grade on 2025-06-30 is REQUIRES_IMPROVEMENT"
                    + " (inspection of 2024-11-20), its progress score -0.6 is below -0.5 (threshold: matrisk rule catalogue v1 AUT-03, after the NGA"
                    + " earned-autonomy model scheme of delegation), its in-year revenue balance is -£1,000.00 (a deficit); delegation should be"
                    + " withdrawn when it is no longer earned");
            assertThat(f.parameters()).extracting(p -> p.name()).containsExactly("aut.decline.minProgress");
        });

        // level, progress and balance absent: UNKNOWN, naming all three in the condition's order
        Autonomy noLevel = new Autonomy(null, null, true, LocalDate.parse("2025-09-01"), participates(true, true));
        a = RiskEngine.builtin().assess(document(List.of(academy(0, noLevel, null, null))));
        assertThat(a.unknown()).filteredOn(u -> u.ruleId().equals("AUT-03"))
                .extracting(u -> u.pointer() + " " + u.missing())
                .containsExactly("/academies/0 [autonomy.level, progress, inYearRevenueBalance]");
    }

    @Test
    void kleeneCountsAgainstAShare() {
        BigDecimal two = new BigDecimal("2.0");
        assertThat(triMoreThan(3, 0, two)).isEqualTo(Tri.TRUE);
        assertThat(triMoreThan(2, 1, two)).isEqualTo(Tri.UNKNOWN);
        assertThat(triMoreThan(2, 0, two)).isEqualTo(Tri.FALSE);      // exactly the share is not more
        assertThat(triFewerThan(1, 0, two)).isEqualTo(Tri.TRUE);
        assertThat(triFewerThan(1, 1, two)).isEqualTo(Tri.UNKNOWN);
        assertThat(triFewerThan(2, 0, two)).isEqualTo(Tri.FALSE);     // exactly the share is not fewer
        assertThat(triIsFalse(null)).isEqualTo(Tri.UNKNOWN);
        assertThat(triIsFalse(false)).isEqualTo(Tri.TRUE);
    }
}
