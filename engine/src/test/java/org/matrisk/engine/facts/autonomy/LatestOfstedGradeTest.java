package org.matrisk.engine.facts.autonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.matrisk.engine.facts.Tri;
import org.matrisk.model.Academy;
import org.matrisk.model.Coverage;
import org.matrisk.model.DateSpan;
import org.matrisk.model.Enums.OfstedGrade;
import org.matrisk.model.OfstedInspection;
import org.matrisk.model.Section;

/** Readings 7.11: the latest Ofsted grade with months and partial coverage. */
class LatestOfstedGradeTest {
    static final LocalDate D = LocalDate.of(2025, 6, 15);

    /** An academy at /academies/0 whose inspections are given as "2024-11-20" (a day) or "2024-11" (a month). */
    record Doc(Academy academy, Coverage coverage) {}

    static Doc doc(boolean ofstedComplete, Object... dateGrade) {
        List<OfstedInspection> list = new ArrayList<>();
        Map<String, DateSpan> months = new HashMap<>();
        for (int i = 0; i < dateGrade.length; i += 2) {
            String d = (String) dateGrade[i];
            OfstedGrade g = (OfstedGrade) dateGrade[i + 1];
            String p = "/academies/0/ofsted/" + (i / 2);
            if (d.length() == 7) {
                months.put(p + "/date", DateSpan.month(YearMonth.parse(d)));
                list.add(new OfstedInspection(null, g, p));
            } else list.add(new OfstedInspection(LocalDate.parse(d), g, p));
        }
        Map<Section, Coverage.Entry> sections = new EnumMap<>(Section.class);
        for (Section s : Section.values()) sections.put(s, new Coverage.Entry(s != Section.OFSTED || ofstedComplete, null, null));
        Coverage c = new Coverage(2, sections, Set.of(), months, Map.of());
        return new Doc(new Academy("140001", "A", null, null, null, list, null, null, null, "/academies/0"), c);
    }

    @Test
    void exactDatesGiveTheV1LatestGradeAndItsInspection() {
        Random r = new Random(7);
        OfstedGrade[] grades = OfstedGrade.values();
        for (int n = 0; n < 300; n++) {
            List<OfstedInspection> list = new ArrayList<>();
            int k = r.nextInt(4);
            for (int i = 0; i < k; i++)
                list.add(new OfstedInspection(D.plusDays(r.nextInt(9) - 6), grades[r.nextInt(grades.length)], "/academies/0/ofsted/" + i));
            Academy a = new Academy("1", "A", null, null, null, list, null, null, null, "/academies/0");
            OfstedGrade v1 = a.latestGradeOn(D);
            assertThat(LatestOfstedGrade.possible(a, D, Coverage.V1)).containsExactly(v1);
            assertThat(LatestOfstedGrade.belowGood(a, D, Coverage.V1)).isEqualTo(Tri.of(v1 != null && v1.belowGood()));
            if (v1 != null) assertThat(LatestOfstedGrade.inspection(a, D, Coverage.V1)).isEqualTo(AutonomyFunctions.latestInspection(a, D));
        }
    }

    @Test
    void aMonthBeforeTheDayDecides() {
        Doc d = doc(true, "2022-05-11", OfstedGrade.GOOD, "2024-11", OfstedGrade.REQUIRES_IMPROVEMENT);
        assertThat(LatestOfstedGrade.belowGood(d.academy(), D, d.coverage())).isEqualTo(Tri.TRUE);
        assertThat(LatestOfstedGrade.inspection(d.academy(), D, d.coverage())).isEqualTo(1);
    }

    @Test
    void aMonthContainingTheDayIsTriedOnEachSide() {
        Doc d = doc(true, "2022-05-11", OfstedGrade.GOOD, "2025-06", OfstedGrade.REQUIRES_IMPROVEMENT);
        assertThat(LatestOfstedGrade.possible(d.academy(), D, d.coverage())).containsExactlyInAnyOrder(OfstedGrade.GOOD, OfstedGrade.REQUIRES_IMPROVEMENT);
        assertThat(LatestOfstedGrade.belowGood(d.academy(), D, d.coverage())).isEqualTo(Tri.UNKNOWN);
        // alone, on the other side it is no grade at all: still not decided
        Doc alone = doc(true, "2025-06", OfstedGrade.INADEQUATE);
        assertThat(LatestOfstedGrade.possible(alone.academy(), D, alone.coverage())).containsExactlyInAnyOrder(null, OfstedGrade.INADEQUATE);
        assertThat(LatestOfstedGrade.inadequate(alone.academy(), D, alone.coverage())).isEqualTo(Tri.UNKNOWN);
        // the last day of the month is D's month end: with D = 30 June every day is on or before it
        assertThat(LatestOfstedGrade.inadequate(alone.academy(), LocalDate.of(2025, 6, 30), alone.coverage())).isEqualTo(Tri.TRUE);
    }

    @Test
    void overlappingMonthsTryEachOrderAndTheTie() {
        Doc d = doc(true, "2024-11", OfstedGrade.GOOD, "2024-11", OfstedGrade.REQUIRES_IMPROVEMENT);
        assertThat(LatestOfstedGrade.possible(d.academy(), D, d.coverage())).containsExactlyInAnyOrder(OfstedGrade.GOOD, OfstedGrade.REQUIRES_IMPROVEMENT);
        Doc bothBelow = doc(true, "2024-11", OfstedGrade.INADEQUATE, "2024-11", OfstedGrade.REQUIRES_IMPROVEMENT);
        assertThat(LatestOfstedGrade.belowGood(bothBelow.academy(), D, bothBelow.coverage())).isEqualTo(Tri.TRUE);
        assertThat(LatestOfstedGrade.inspection(bothBelow.academy(), D, bothBelow.coverage())).isEqualTo(-1);
        // a day inside the month of another inspection: before, tied (worst) or after it
        Doc dayInMonth = doc(true, "2024-11-15", OfstedGrade.GOOD, "2024-11", OfstedGrade.OUTSTANDING);
        assertThat(LatestOfstedGrade.possible(dayInMonth.academy(), D, dayInMonth.coverage())).containsExactlyInAnyOrder(OfstedGrade.GOOD, OfstedGrade.OUTSTANDING);
        Doc ordered = doc(true, "2024-10", OfstedGrade.GOOD, "2024-11", OfstedGrade.INADEQUATE);
        assertThat(LatestOfstedGrade.possible(ordered.academy(), D, ordered.coverage())).containsExactly(OfstedGrade.INADEQUATE);
    }

    @Test
    void partialOfstedLeavesEveryGradeAtomUnknown() {
        Doc d = doc(false, "2024-11-20", OfstedGrade.INADEQUATE);
        assertThat(LatestOfstedGrade.inadequate(d.academy(), D, d.coverage())).isEqualTo(Tri.UNKNOWN);
        Doc none = doc(false);
        assertThat(LatestOfstedGrade.belowGood(none.academy(), D, none.coverage())).isEqualTo(Tri.UNKNOWN);
        Doc complete = doc(true);
        assertThat(LatestOfstedGrade.belowGood(complete.academy(), D, complete.coverage())).isEqualTo(Tri.FALSE);
    }

    @Test
    void aMonthDayIsJudgedOnEveryDayOfIt() {
        Doc d = doc(true, "2023-06-10", OfstedGrade.REQUIRES_IMPROVEMENT);
        assertThat(LatestOfstedGrade.belowGood(d.academy(), DateSpan.month(YearMonth.of(2023, 7)), d.coverage())).isEqualTo(Tri.TRUE);
        assertThat(LatestOfstedGrade.belowGood(d.academy(), DateSpan.month(YearMonth.of(2023, 6)), d.coverage())).isEqualTo(Tri.UNKNOWN);
        assertThat(LatestOfstedGrade.belowGood(d.academy(), DateSpan.month(YearMonth.of(2023, 5)), d.coverage())).isEqualTo(Tri.FALSE);
    }
}
