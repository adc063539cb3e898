package org.matrisk.engine.facts.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matrisk.engine.params.DatedValue;
import org.matrisk.engine.params.Parameter;
import org.matrisk.engine.params.ParameterSet;
import org.matrisk.engine.params.ParameterType;
import org.matrisk.model.Academy;
import org.matrisk.model.Enums.DueDiligenceArea;
import org.matrisk.model.Enums.DueDiligenceStatus;
import org.matrisk.model.Enums.OfstedGrade;
import org.matrisk.model.Growth;
import org.matrisk.model.OfstedInspection;
import org.matrisk.model.Period;
import org.matrisk.model.TrustDocument;

class GrowthFactsTest {
    static final Period PERIOD = new Period(LocalDate.parse("2023-09-01"), LocalDate.parse("2024-08-31"));
    static final ParameterSet PARAMS = new ParameterSet(Map.of(GrowthFacts.WINDOW_DAYS, new Parameter(GrowthFacts.WINDOW_DAYS,
            ParameterType.DAYS, "", List.of(new DatedValue(null, 365, "test", null)))));

    static LocalDate d(String s) { return s == null ? null : LocalDate.parse(s); }

    static Academy academy(int i, String urn, String joinedOn, OfstedInspection... ofsted) {
        return new Academy(urn, "A" + urn, null, null, d(joinedOn), List.of(ofsted), null, null, null, "/academies/" + i);
    }

    static OfstedInspection inspected(String on, OfstedGrade grade) { return new OfstedInspection(d(on), grade); }

    static Growth growth(int i, String urn, String joinedOn, Map<DueDiligenceArea, DueDiligenceStatus> dd) {
        return new Growth(urn, null, null, d(joinedOn), dd, BigDecimal.ZERO, null, null, "/growth/" + i);
    }

    static Growth growth(int i, String urn, String joinedOn) {
        Map<DueDiligenceArea, DueDiligenceStatus> all = new EnumMap<>(DueDiligenceArea.class);
        for (DueDiligenceArea a : DueDiligenceArea.values()) all.put(a, DueDiligenceStatus.COMPLETE);
        return growth(i, urn, joinedOn, all);
    }

    static TrustDocument doc(String asOf, List<Academy> academies, List<Growth> growth) {
        return new TrustDocument("1", null, PERIOD, d(asOf), null, null, List.of(), null, null, null, null, null,
                academies, growth, List.of(), null);
    }

    static <T> List<T> of(List<Object> facts, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object o : facts) if (type.isInstance(o)) out.add(type.cast(o));
        return out;
    }

    @Test
    void nothingIsDerivedWhenGrowthIsAbsent() {
        assertThat(GrowthFacts.derive(doc(null, List.of(academy(0, "1", "2014-09-01")), null), PARAMS)).isEmpty();
    }

    @Test
    void gapsAreTheIncompleteAreasOfJoinersOnly() {
        Map<DueDiligenceArea, DueDiligenceStatus> dd = new EnumMap<>(DueDiligenceArea.class);
        for (DueDiligenceArea a : DueDiligenceArea.values()) dd.put(a, DueDiligenceStatus.COMPLETE);
        dd.put(DueDiligenceArea.FINANCE, DueDiligenceStatus.PARTIAL);
        dd.remove(DueDiligenceArea.HR);
        Growth joiner = growth(0, "2", "2024-01-01", dd);
        Growth before = growth(1, "3", "2023-08-31", Map.of());
        Growth proposed = growth(2, "4", null, Map.of());
        List<Object> facts = GrowthFacts.derive(doc(null, List.of(academy(0, "1", null)), List.of(joiner, before, proposed)), PARAMS);
        assertThat(of(facts, DueDiligenceGap.class)).extracting(DueDiligenceGap::pointer, DueDiligenceGap::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/growth/0/dueDiligence/FINANCE", DueDiligenceStatus.PARTIAL),
                org.assertj.core.groups.Tuple.tuple("/growth/0/dueDiligence/HR", DueDiligenceStatus.NOT_DONE));
        assertThat(of(facts, JoinerDepth.class)).extracting(j -> j.joiner().pointer()).containsExactly("/growth/0");
    }

    @Test
    void depthCountsOtherAcademiesJoinedBeforeTheJoinerWithTheirGradeOnTheJoinDay() {
        Growth joiner = growth(0, "9", "2024-01-01");
        List<Academy> academies = List.of(
                academy(0, "1", "2014-09-01", inspected("2023-06-01", OfstedGrade.REQUIRES_IMPROVEMENT)),
                academy(1, "2", null, inspected("2024-01-02", OfstedGrade.INADEQUATE)),          // no join date; only inspected after the join: no grade
                academy(2, "3", "2023-12-31"),                                                       // never inspected
                academy(3, "4", "2024-01-01", inspected("2020-01-01", OfstedGrade.INADEQUATE)),  // joins the same day: not already there
                academy(4, "9", null, inspected("2020-01-01", OfstedGrade.INADEQUATE)));         // the joiner itself
        JoinerDepth depth = GrowthFacts.depth(doc(null, academies, List.of(joiner)), joiner);
        assertThat(depth.alreadyThere()).extracting(Academy::urn).containsExactly("1", "2", "3");
        assertThat(depth.belowGood()).extracting(Academy::urn).containsExactly("1");
        assertThat(depth.belowGoodAtLeast(new BigDecimal("0.5"))).isFalse();
        assertThat(depth.belowGoodAtLeast(new BigDecimal("0.33"))).isTrue();
    }

    @Test
    void depthWithNoAcademyAlreadyThereNeverReachesTheShare() {
        Growth joiner = growth(0, "9", "2024-01-01");
        JoinerDepth depth = GrowthFacts.depth(doc(null, List.of(academy(0, "9", "2024-01-01")), List.of(joiner)), joiner);
        assertThat(depth.anyAlreadyThere()).isFalse();
        assertThat(depth.belowGoodAtLeast(BigDecimal.ZERO)).isFalse();
    }

    @Test
    void windowIsTheDaysEndingOnAsOfAndCountsOnlyJoinersOfThePeriod() {
        // asOf 2024-08-31: window 2023-09-02 .. 2024-08-31 (2024 is a leap year)
        List<Growth> growth = List.of(
                growth(0, "5", "2023-09-01"),   // in the period, the day before the window
                growth(1, "6", "2023-09-02"),   // first day of the window
                growth(2, "7", "2024-08-31"),   // asOf
                growth(3, "8", null));          // not yet joined
        List<Academy> academies = List.of(academy(0, "1", "2014-09-01"), academy(1, "2", null), academy(2, "5", "2023-09-01"),
                academy(3, "6", "2023-09-02"), academy(4, "7", "2024-08-31"));
        ExpansionWindow w = of(GrowthFacts.derive(doc("2024-08-31", academies, growth), PARAMS), ExpansionWindow.class).get(0);
        assertThat(w.start()).isEqualTo("2023-09-02");
        assertThat(w.end()).isEqualTo("2024-08-31");
        assertThat(w.joiners()).extracting(Growth::pointer).containsExactly("/growth/1", "/growth/2");
        assertThat(w.alreadyThere()).extracting(Academy::urn).containsExactly("1", "2", "5");
        assertThat(w.joinersExceedShareOfAlready(new BigDecimal("0.5"))).isTrue();
        assertThat(w.joinersExceedShareOfAlready(new BigDecimal("0.7"))).isFalse(); // 2 > 2.1 is false
    }

    @Test
    void growthAfterThePeriodIsNotCountedEvenInsideTheWindow() {
        ExpansionWindow w = of(GrowthFacts.derive(doc("2025-06-30", List.of(academy(0, "1", "2014-09-01")),
                List.of(growth(0, "6", "2024-09-01"), growth(1, "7", "2025-06-30"))), PARAMS), ExpansionWindow.class).get(0);
        assertThat(w.start()).isEqualTo("2024-07-01");
        assertThat(w.joinerCount()).isZero();
    }

    @Test
    void noWindowWithoutItsParameter() {
        List<Object> facts = GrowthFacts.derive(doc(null, List.of(academy(0, "1", null)), List.of()), new ParameterSet(Map.of()));
        assertThat(of(facts, ExpansionWindow.class)).isEmpty();
    }
}
