package org.matrisk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matrisk.assessment.Evidence;
import org.matrisk.engine.facts.Outcome;
import org.matrisk.engine.facts.Status;
import org.matrisk.model.Enums.TrustType;
import org.matrisk.model.Finance;
import org.matrisk.model.Forecast;
import org.matrisk.model.Governance;
import org.matrisk.model.InternalScrutiny;
import org.matrisk.model.Period;
import org.matrisk.model.Trust;
import org.matrisk.model.TrustDocument;

/** Declared data needs: path syntax and checks, resolution on the model records, grouping into UNKNOWN outcomes. */
class DataNeedsTest {

    // ---- paths ---------------------------------------------------------------------------------

    @Test
    void pathsAreCanonicalWithALeadingSlash() {
        assertThat(DataNeeds.path("transactions")).isEqualTo("/transactions");
        assertThat(DataNeeds.path("/transactions")).isEqualTo("/transactions");
        assertThat(DataNeeds.path("  /governance/boardMeetings ")).isEqualTo("/governance/boardMeetings");
        assertThat(DataNeeds.path("/finance/forecast/*/revenueReserves")).isEqualTo("/finance/forecast/*/revenueReserves");
        assertThat(DataNeeds.path("/governance/internalScrutiny/provider")).isEqualTo("/governance/internalScrutiny/provider");
        // a list, an object, a list of items inside an item
        assertThat(DataNeeds.path("/finance/forecast")).isEqualTo("/finance/forecast");
        assertThat(DataNeeds.path("/governance/schemeOfDelegation")).isEqualTo("/governance/schemeOfDelegation");
        assertThat(DataNeeds.path("/people/*/interests/*/declaredOn")).isEqualTo("/people/*/interests/*/declaredOn");
        // the contract's name of a field the model stores with a default
        assertThat(DataNeeds.path("/asOf")).isEqualTo("/asOf");
    }

    @Test
    void aRequiresValueIsACommaSeparatedList() {
        assertThat(DataNeeds.paths("/specialPayments, transactions ,/finance/forecast/*/revenueReserves"))
                .containsExactly("/specialPayments", "/transactions", "/finance/forecast/*/revenueReserves");
        assertThat(DataNeeds.paths(null)).isEmpty();
        assertThat(DataNeeds.paths("  ")).isEmpty();
        assertThatThrownBy(() -> DataNeeds.paths("/notices, notices")).hasMessage("@requires names \"/notices\" twice");
    }

    @Test
    void aPathOffTheModelIsRefusedSayingWhy() {
        assertThatThrownBy(() -> DataNeeds.path("/finance/revenueReserve"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("@requires \"/finance/revenueReserve\": unknown field \"revenueReserve\" of Finance (fields: totalIncome, ")
                .hasMessageContaining("revenueReserves");
        assertThatThrownBy(() -> DataNeeds.path("/nope")).hasMessageStartingWith("@requires \"/nope\": unknown field \"nope\" of TrustDocument (fields: schemaVersion, trust, period, asOf, ");
        assertThatThrownBy(() -> DataNeeds.path("/transactions/amount"))
                .hasMessage("@requires \"/transactions/amount\": transactions is a list: name its items with * (/transactions/*/amount)");
        assertThatThrownBy(() -> DataNeeds.path("/transactions/*"))
                .hasMessage("@requires \"/transactions/*\": a path ends with a field, not with *");
        assertThatThrownBy(() -> DataNeeds.path("/finance/*/cash"))
                .hasMessage("@requires \"/finance/*/cash\": * must follow a list (it stands for every item of the list)");
        assertThatThrownBy(() -> DataNeeds.path("*/x")).hasMessage("@requires \"/*/x\": * must follow a list (it stands for every item of the list)");
        assertThatThrownBy(() -> DataNeeds.path("/governance/members/*/x"))
                .hasMessage("@requires \"/governance/members/*/x\": the items of members have no fields");
        assertThatThrownBy(() -> DataNeeds.path("/finance/cash/amount")).hasMessage("@requires \"/finance/cash/amount\": cash has no fields");
        assertThatThrownBy(() -> DataNeeds.path("/transactions/*/novelOrContentious"))
                .hasMessage("@requires \"/transactions/*/novelOrContentious\": novelOrContentious is never absent (a boolean)");
        assertThatThrownBy(() -> DataNeeds.path("/finance//cash")).hasMessage("@requires \"/finance//cash\": an empty segment");
        assertThatThrownBy(() -> DataNeeds.path("/transactions/0/amount"))
                .hasMessage("@requires \"/transactions/0/amount\": \"0\" is not a field name (letters and digits, or *)");
        assertThatThrownBy(() -> DataNeeds.path("/transactions/*/pointer")).hasMessageContaining("unknown field \"pointer\" of Transaction");
        assertThatThrownBy(() -> DataNeeds.path("/")).hasMessage("@requires names an empty path \"/\"");
    }

    // ---- resolution ----------------------------------------------------------------------------

    static BigDecimal m(String s) { return s == null ? null : new BigDecimal(s); }

    static Finance finance(String revenueReserves, String cash, List<Forecast> forecast) {
        return new Finance(m("1000000"), m("1000000"), m("0"), m(revenueReserves), m(cash), null, null, null, null, forecast, List.of());
    }

    static Governance governance(Integer boardMeetings, InternalScrutiny scrutiny) {
        return new Governance(List.of(), List.of(), null, null, null, boardMeetings, null, scrutiny, null, null, null, null);
    }

    static TrustDocument doc(Finance f, Governance g, boolean withLists) {
        LocalDate start = LocalDate.of(2023, 9, 1);
        List<Object> none = withLists ? List.of() : null;
        return new TrustDocument("1", new Trust("10079999", "Test Trust", TrustType.MAT, "07819999"), new Period(start, LocalDate.of(2024, 8, 31)),
                null, f, g, List.of(), List.of(), cast(none), cast(none), List.of(), cast(none), List.of(), List.of(), cast(none), null);
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> cast(List<Object> l) { return (List<T>) (List<?>) l; }

    static Map<String, List<String>> absent(TrustDocument d, String... paths) {
        return DataNeeds.absent(d, List.of(paths).stream().map(DataNeeds::compiled).toList());
    }

    @Test
    void anAbsentFieldIsCitedOnTheObjectLackingIt() {
        TrustDocument d = doc(finance(null, "5", List.of()), governance(null, null), false);
        assertThat(absent(d, "/finance/revenueReserves")).containsExactly(Map.entry("/finance", List.of("revenueReserves")));
        assertThat(absent(d, "/finance/cash")).isEmpty();
        assertThat(absent(d, "/transactions")).containsExactly(Map.entry("", List.of("transactions")));
        assertThat(absent(d, "/governance/boardMeetings")).containsExactly(Map.entry("/governance", List.of("boardMeetings")));
        // a given list, even empty, is not absent
        assertThat(absent(d, "/people", "/finance/forecast")).isEmpty();
    }

    @Test
    void severalAbsentFieldsOfOneObjectMakeOneEntryInDeclaredOrder() {
        TrustDocument d = doc(finance(null, null, List.of()), governance(null, null), false);
        assertThat(absent(d, "/transactions", "/finance/revenueReserves", "/notices", "/finance/cash", "/governance/boardMeetings", "/specialPayments"))
                .containsExactly(Map.entry("", List.of("transactions", "notices", "specialPayments")),
                        Map.entry("/finance", List.of("revenueReserves", "cash")),
                        Map.entry("/governance", List.of("boardMeetings")));
    }

    @Test
    void aNeedUnderAnAbsentObjectDoesNotApply() {
        // no internal scrutiny at all: its provider is not "absent data" (require the object too if it is needed)
        assertThat(absent(doc(finance("1", "1", null), governance(4, null), true), "/governance/internalScrutiny/provider", "/finance/forecast/*/revenueReserves")).isEmpty();
        assertThat(absent(doc(finance("1", "1", null), governance(4, null), true), "/governance/internalScrutiny", "/finance/forecast"))
                .containsExactly(Map.entry("/governance", List.of("internalScrutiny")), Map.entry("/finance", List.of("forecast")));
        assertThat(absent(doc(finance("1", "1", List.of()), governance(4, new InternalScrutiny(null, true, 2)), true), "/governance/internalScrutiny/provider"))
                .containsExactly(Map.entry("/governance/internalScrutiny", List.of("provider")));
    }

    @Test
    void aStarCitesEveryItemLackingTheFieldByItsOwnPointer() {
        List<Forecast> years = List.of(new Forecast(LocalDate.of(2025, 8, 31), m("10"), null, "/finance/forecast/0"),
                new Forecast(LocalDate.of(2026, 8, 31), null, null, "/finance/forecast/1"),
                new Forecast(null, null, m("3"), null)); // an item without a pointer of its own: the list's pointer and its index
        TrustDocument d = doc(finance("1", "1", years), governance(4, null), true);
        assertThat(absent(d, "/finance/forecast/*/revenueReserves", "/finance/forecast/*/yearEnd", "/finance/forecast/*/cash"))
                .containsExactly(Map.entry("/finance/forecast/1", List.of("revenueReserves", "cash")),
                        Map.entry("/finance/forecast/2", List.of("revenueReserves", "yearEnd")),
                        Map.entry("/finance/forecast/0", List.of("cash")));
    }

    @Test
    void compiledPathsAreCached() {
        assertThat(DataNeeds.compiled("/finance/revenueReserves")).isSameAs(DataNeeds.compiled("/finance/revenueReserves"));
    }

    // ---- outcomes ------------------------------------------------------------------------------

    @Test
    void eachObjectLackingDataGivesOneUnknownOutcomeOfTheRule() {
        RiskEngine engine = RiskEngine.builtin();
        DataNeeds needs = new DataNeeds(engine.catalog());
        assertThat(engine.catalog().get("AUT-07").requires()).containsExactly("/specialPayments", "/transactions");
        TrustDocument d = doc(finance("1", "1", List.of()), governance(4, null), false);
        List<Outcome> aut07 = needs.unknowns(d).stream().filter(o -> o.ruleId().equals("AUT-07")).toList();
        assertThat(aut07).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(Status.UNKNOWN);
            assertThat(o.subject()).isEqualTo("");
            assertThat(o.evidence()).containsExactly(new Evidence("", null, null));
            assertThat(o.missing()).containsExactly("specialPayments", "transactions");
        });
        // as the assessment reports it
        assertThat(engine.assess(d).unknown()).filteredOn(u -> u.ruleId().equals("AUT-07"))
                .singleElement().satisfies(u -> {
                    assertThat(u.pointer()).isEqualTo("");
                    assertThat(u.missing()).containsExactly("specialPayments", "transactions");
                });
    }
}
