package org.matrisk.engine.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.AreaResult;
import org.matrisk.assessment.Evidence;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.Rating;
import org.matrisk.assessment.Reference;
import org.matrisk.assessment.Severity;
import org.matrisk.assessment.Suppression;

class RatingPolicyTest {
    static int n;

    static Finding f(Area area, Severity severity) {
        return new Finding("X-" + ++n, area, severity, "t", "m", new Reference("ATH", "2024", "1", "u"),
                List.of(new Evidence("/transactions/" + n, "x", "y")), List.of(), null);
    }

    static Finding suppressed(Area area, Severity severity) {
        Finding f = f(area, severity);
        return new Finding(f.ruleId(), f.area(), f.severity(), f.title(), f.message(), f.reference(), f.evidence(), f.parameters(),
                new Suppression("ok", "A", LocalDate.of(2030, 1, 1)));
    }

    @Test
    void pointsAreThePlainUncappedSumOfUnsuppressedFindingsPerAreaAndForTheTrust() {
        List<Finding> fs = new ArrayList<>();
        for (int i = 0; i < 3; i++) fs.add(f(Area.REMUNERATION, Severity.CRITICAL)); // 120: score capped at 100
        fs.add(f(Area.GOVERNANCE, Severity.MEDIUM));
        fs.add(f(Area.GOVERNANCE, Severity.LOW));
        fs.add(suppressed(Area.GOVERNANCE, Severity.CRITICAL)); // no points, still counted as listed
        fs.add(f(Area.NOTICES, Severity.INFO));
        RatingPolicy.Result r = RatingPolicy.DEFAULT.rate(fs);
        assertThat(r.points()).isEqualTo(126);
        assertThat(r.score()).isEqualTo(100);
        AreaResult pay = r.areas().stream().filter(a -> a.area() == Area.REMUNERATION).findFirst().orElseThrow();
        assertThat(pay.points()).isEqualTo(120);
        assertThat(pay.score()).isEqualTo(100);
        AreaResult gov = r.areas().stream().filter(a -> a.area() == Area.GOVERNANCE).findFirst().orElseThrow();
        assertThat(gov.points()).isEqualTo(6);
        assertThat(gov.findings()).isEqualTo(3);
        assertThat(gov.rating()).isEqualTo(Rating.MEDIUM);
        assertThat(r.areas().stream().mapToInt(AreaResult::points).sum()).isEqualTo(r.points());
    }

    @Test
    void catalogueOneListsTheSixV1AreasAndCatalogueTwoAddsProcurementLast() {
        assertThat(RatingPolicy.DEFAULT.rate(List.of()).areas()).extracting(AreaResult::area)
                .containsExactly(Area.NOTICES, Area.RELATED_PARTY, Area.REMUNERATION, Area.GROWTH, Area.AUTONOMY, Area.GOVERNANCE);
        assertThat(RatingPolicy.DEFAULT.rate(List.of(), 1).areas()).extracting(AreaResult::area).containsExactlyElementsOf(Area.v1());
        assertThat(RatingPolicy.DEFAULT.rate(List.of(), 2).areas()).extracting(AreaResult::area)
                .containsExactly(Area.NOTICES, Area.RELATED_PARTY, Area.REMUNERATION, Area.GROWTH, Area.AUTONOMY, Area.GOVERNANCE,
                        Area.PROCUREMENT_AND_PROPRIETY);
        assertThat(RatingPolicy.DEFAULT.rate(List.of(), 2).areas()).allSatisfy(a -> {
            assertThat(a.rating()).isEqualTo(Rating.LOW);
            assertThat(a.points()).isZero();
        });
    }

    @Test
    void threeAreasHighOrWorseMakeTheTrustCriticalOutOfSixAndOutOfSeven() {
        List<Finding> two = List.of(f(Area.RELATED_PARTY, Severity.HIGH), f(Area.GOVERNANCE, Severity.HIGH));
        assertThat(RatingPolicy.DEFAULT.rate(two, 1).rating()).isEqualTo(Rating.HIGH);
        assertThat(RatingPolicy.DEFAULT.rate(two, 2).rating()).isEqualTo(Rating.HIGH);

        List<Finding> threeV1 = new ArrayList<>(two);
        threeV1.add(f(Area.NOTICES, Severity.HIGH));
        assertThat(RatingPolicy.DEFAULT.rate(threeV1, 1).rating()).isEqualTo(Rating.CRITICAL);
        assertThat(RatingPolicy.DEFAULT.rate(threeV1, 2).rating()).isEqualTo(Rating.CRITICAL);

        List<Finding> withProcurement = new ArrayList<>(two);
        withProcurement.add(f(Area.PROCUREMENT_AND_PROPRIETY, Severity.HIGH));
        RatingPolicy.Result v2 = RatingPolicy.DEFAULT.rate(withProcurement, 2);
        assertThat(v2.rating()).isEqualTo(Rating.CRITICAL);
        assertThat(v2.areas()).hasSize(7);

        // an area HIGH by score alone (two MEDIUM findings of 15 points each... six MEDIUM = 30) counts too
        List<Finding> byScore = new ArrayList<>(two);
        for (int i = 0; i < 6; i++) byScore.add(f(Area.PROCUREMENT_AND_PROPRIETY, Severity.MEDIUM));
        assertThat(RatingPolicy.DEFAULT.rate(byScore, 2).rating()).isEqualTo(Rating.CRITICAL);
        byScore.remove(byScore.size() - 1);
        assertThat(RatingPolicy.DEFAULT.rate(byScore, 2).rating()).isEqualTo(Rating.HIGH);
    }

    @Test
    void aFindingInAnAreaTheCatalogueDoesNotListIsNotLostItsAreaIsAdded() {
        RatingPolicy.Result r = RatingPolicy.DEFAULT.rate(List.of(f(Area.PROCUREMENT_AND_PROPRIETY, Severity.LOW)), 1);
        assertThat(r.areas()).extracting(AreaResult::area).endsWith(Area.GOVERNANCE, Area.PROCUREMENT_AND_PROPRIETY).hasSize(7);
        assertThat(r.points()).isEqualTo(1);
    }
}
