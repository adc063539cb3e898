package org.matrisk.engine.facts.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.matrisk.engine.facts.Tri;
import org.matrisk.model.Academy;
import org.matrisk.model.Coverage;
import org.matrisk.model.DateSpan;
import org.matrisk.model.Enums.NoticeKind;
import org.matrisk.model.Growth;
import org.matrisk.model.Notice;
import org.matrisk.model.Period;
import org.matrisk.model.Section;

/** The interval and Kleene arithmetic of the GROWTH rules (catalogue v2). */
class GrowthFunctionsTest {
    static final BigDecimal HALF = new BigDecimal("0.5");

    static Coverage coverage(Set<Section> partial, Set<String> nulls, Map<String, DateSpan> months) {
        Map<Section, Coverage.Entry> m = new EnumMap<>(Section.class);
        for (Section s : Section.values()) m.put(s, new Coverage.Entry(!partial.contains(s), null, null));
        return new Coverage(2, m, nulls, months, Map.of());
    }

    static LocalDate d(String s) { return LocalDate.parse(s); }

    static Notice notice(LocalDate issued, LocalDate lifted, LocalDate knownUntil) {
        return new Notice("N1", NoticeKind.NOTICE_TO_IMPROVE, null, issued, lifted, null, knownUntil, List.of(), "/notices/0");
    }

    @Test
    void noticeOpenThroughKnownUntilInAPartialSection() {
        Coverage partial = coverage(Set.of(Section.NOTICES), Set.of(), Map.of());
        Notice n = notice(d("2023-11-20"), null, d("2024-02-01"));
        assertThat(GrowthFunctions.noticeOpenOn(n, d("2023-11-19"), partial)).isEqualTo(Tri.FALSE);
        assertThat(GrowthFunctions.noticeOpenOn(n, d("2024-02-01"), partial)).isEqualTo(Tri.TRUE);
        assertThat(GrowthFunctions.noticeOpenOn(n, d("2024-02-02"), partial)).isEqualTo(Tri.UNKNOWN);
        // no knownUntil: open on its issue day only
        Notice bare = notice(d("2023-11-20"), null, null);
        assertThat(GrowthFunctions.noticeOpenOn(bare, d("2023-11-20"), partial)).isEqualTo(Tri.TRUE);
        assertThat(GrowthFunctions.noticeOpenOn(bare, d("2023-11-21"), partial)).isEqualTo(Tri.UNKNOWN);
        // complete section, or liftedOn documented null: open with no end
        assertThat(GrowthFunctions.noticeOpenOn(bare, d("2030-01-01"), Coverage.V1)).isEqualTo(Tri.TRUE);
        Coverage documented = coverage(Set.of(Section.NOTICES), Set.of("/notices/0/liftedOn"), Map.of());
        assertThat(GrowthFunctions.noticeOpenOn(bare, d("2030-01-01"), documented)).isEqualTo(Tri.TRUE);
        // lifted: open until the day before liftedOn
        Notice lifted = notice(d("2023-11-20"), d("2024-01-10"), null);
        assertThat(GrowthFunctions.noticeOpenOn(lifted, d("2024-01-09"), Coverage.V1)).isEqualTo(Tri.TRUE);
        assertThat(GrowthFunctions.noticeOpenOn(lifted, d("2024-01-10"), Coverage.V1)).isEqualTo(Tri.FALSE);
        // over a month of join days: TRUE only if open on every day
        DateSpan jan = DateSpan.month(YearMonth.of(2024, 1));
        assertThat(GrowthFunctions.noticeOpenAt(lifted, jan, Coverage.V1)).isEqualTo(Tri.UNKNOWN);
        assertThat(GrowthFunctions.noticeOpenAt(n, jan, partial)).isEqualTo(Tri.TRUE);
        assertThat(GrowthFunctions.anyNoticeOpenAt(List.of(), jan, partial)).isEqualTo(Tri.UNKNOWN);
        assertThat(GrowthFunctions.anyNoticeOpenAt(List.of(), jan, Coverage.V1)).isEqualTo(Tri.FALSE);
    }

    @Test
    void joinDateFromAcademiesOnlyWhenGrowthIsPartial() {
        Growth g = new Growth("140003", null, null, null, Map.of(), null, null, null, "/growth/0");
        Academy a = new Academy("140003", "A", null, null, d("2024-01-01"), List.of(), null, null, null, "/academies/2");
        Period p = new Period(d("2023-09-01"), d("2024-08-31"));
        Coverage partial = coverage(Set.of(Section.GROWTH), Set.of(), Map.of());
        DateSpan on = GrowthFunctions.joinSpan(g, List.of(a), partial);
        assertThat(on).isEqualTo(DateSpan.of(d("2024-01-01")));
        assertThat(GrowthFunctions.joinerStatus(g, on, p, partial)).isEqualTo(Tri.TRUE);
        assertThat(GrowthFunctions.joinSpan(g, List.of(a), Coverage.V1)).isNull();
        assertThat(GrowthFunctions.joinerStatus(g, null, p, Coverage.V1)).isEqualTo(Tri.FALSE);
        assertThat(GrowthFunctions.joinerStatus(g, null, p, partial)).isEqualTo(Tri.UNKNOWN);
        Coverage documented = coverage(Set.of(Section.GROWTH), Set.of("/growth/0/joinedOn"), Map.of());
        assertThat(GrowthFunctions.joinSpan(g, List.of(a), documented)).isNull();
        assertThat(GrowthFunctions.joinerStatus(g, null, p, documented)).isEqualTo(Tri.FALSE);
    }

    @Test
    void moreThanShareOverIntervalCounts() {
        // the catalogue's example: 3 listed joiners (partial growth) against exactly 5 already there
        assertThat(GrowthFunctions.moreThanShareOf(3, -1, HALF, 5, 5)).isEqualTo(Tri.TRUE);
        assertThat(GrowthFunctions.moreThanShareOf(3, -1, HALF, 5, -1)).isEqualTo(Tri.UNKNOWN);
        assertThat(GrowthFunctions.moreThanShareOf(2, -1, HALF, 5, 5)).isEqualTo(Tri.UNKNOWN);
        assertThat(GrowthFunctions.moreThanShareOf(2, 2, HALF, 5, 5)).isEqualTo(Tri.FALSE);
        assertThat(GrowthFunctions.moreThanShareOf(2, 2, HALF, 4, 4)).isEqualTo(Tri.FALSE); // exactly half is not more
    }

    @Test
    void atLeastShareBelowOverEveryCompletion() {
        // v1: 1 of 2 below GOOD is at least half
        assertThat(GrowthFunctions.atLeastShareBelow(List.of(Tri.TRUE, Tri.TRUE), List.of(Tri.TRUE, Tri.FALSE), HALF, false)).isEqualTo(Tri.TRUE);
        assertThat(GrowthFunctions.atLeastShareBelow(List.of(Tri.TRUE, Tri.TRUE, Tri.TRUE), List.of(Tri.TRUE, Tri.FALSE, Tri.FALSE), HALF, false)).isEqualTo(Tri.FALSE);
        // a sure member below GOOD and a perhaps-member below GOOD: half or more whatever
        assertThat(GrowthFunctions.atLeastShareBelow(List.of(Tri.TRUE, Tri.UNKNOWN), List.of(Tri.TRUE, Tri.TRUE), HALF, false)).isEqualTo(Tri.TRUE);
        // a sure member GOOD and a perhaps-member below GOOD: 0 of 1 or 1 of 2
        assertThat(GrowthFunctions.atLeastShareBelow(List.of(Tri.TRUE, Tri.UNKNOWN), List.of(Tri.FALSE, Tri.TRUE), HALF, false)).isEqualTo(Tri.UNKNOWN);
        // a grade not known
        assertThat(GrowthFunctions.atLeastShareBelow(List.of(Tri.TRUE, Tri.TRUE), List.of(Tri.FALSE, Tri.UNKNOWN), HALF, false)).isEqualTo(Tri.UNKNOWN);
        // unlisted academies of any grade
        assertThat(GrowthFunctions.atLeastShareBelow(List.of(Tri.TRUE), List.of(Tri.TRUE), HALF, true)).isEqualTo(Tri.UNKNOWN);
    }
}
