package org.matrisk.engine.facts.relatedparty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.matrisk.engine.facts.RelatedPartyTransaction;
import org.matrisk.engine.params.DatedValue;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.engine.params.Parameter;
import org.matrisk.engine.params.ParameterFiles;
import org.matrisk.engine.params.ParameterSet;
import org.matrisk.engine.params.ParameterType;
import org.matrisk.engine.facts.relatedparty.ApprovalRegime.Decision;
import org.matrisk.engine.facts.relatedparty.ApprovalRegime.Regime;
import org.matrisk.model.Enums;
import org.matrisk.model.Party;
import org.matrisk.model.Transaction;

/** The approval regime read from the built-in parameter file, on each side of its two changes. */
class ApprovalRegimeTest {
    static final String FILE = "org/matrisk/rules/builtin/parameters/related_party.json";
    static final ParameterSet PARAMS = load();

    static ParameterSet load() {
        try (InputStream in = ApprovalRegimeTest.class.getClassLoader().getResourceAsStream(FILE)) {
            Map<String, Parameter> map = new HashMap<>();
            ParameterFiles.parseInto(FILE, new String(in.readAllBytes(), StandardCharsets.UTF_8), map);
            return new ParameterSet(map);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static BigDecimal m(String s) { return new BigDecimal(s); }

    static Decision decide(String day, boolean exempt, String running, String contract) {
        return ApprovalRegime.decide(PARAMS, LocalDate.parse(day), exempt, m(running), m(contract));
    }

    static List<String> names(Decision d) { return d.parameters().stream().map(ParamValue::name).toList(); }

    @Test
    void beforeApril2019NothingNeedsApproval() {
        Decision d = decide("2019-03-31", false, "1000000.00", "1000000.00");
        assertThat(d.required()).isFalse();
        assertThat(d.regime()).isEqualTo(Regime.NONE);
        assertThat(d.threshold()).isNull();
        assertThat(names(d)).containsExactly(ApprovalRegime.REGIME);
    }

    @Test
    void fromApril2019TheRunningTotalPerPartyMustExceed20000() {
        Decision over = decide("2019-04-01", false, "20000.01", "0.01");
        assertThat(over.required()).isTrue();
        assertThat(over.regime()).isEqualTo(Regime.CUMULATIVE_PER_PARTY);
        assertThat(over.measured()).isEqualByComparingTo("20000.01");
        assertThat(over.threshold().money()).isEqualByComparingTo("20000.00");
        assertThat(over.threshold().effectiveFrom()).isEqualTo(LocalDate.parse("2019-04-01"));
        assertThat(names(over)).containsExactly(ApprovalRegime.REGIME, ApprovalRegime.THRESHOLD);
        assertThat(decide("2019-04-01", false, "20000.00", "50000.00").required()).as("the contract does not count yet").isFalse();
    }

    @Test
    void on31August2023TheCumulativeRegimeStillAppliesAndExemptionsDoNot() {
        Decision d = decide("2023-08-31", true, "25000.00", "25000.00");
        assertThat(d.required()).isTrue();
        assertThat(d.regime()).isEqualTo(Regime.CUMULATIVE_PER_PARTY);
        assertThat(d.exempt()).isFalse();
    }

    @Test
    void fromSeptember2023TheContractMustExceed40000() {
        assertThat(decide("2023-09-01", false, "25000.00", "25000.00").required()).isFalse();
        assertThat(decide("2023-09-01", false, "90000.00", "40000.00").required()).as("the running total no longer counts").isFalse();
        Decision d = decide("2023-09-01", false, "10000.00", "40000.01");
        assertThat(d.required()).isTrue();
        assertThat(d.regime()).isEqualTo(Regime.PER_CONTRACT);
        assertThat(d.measured()).isEqualByComparingTo("40000.01");
        assertThat(d.threshold().money()).isEqualByComparingTo("40000.00");
        assertThat(d.threshold().effectiveFrom()).isEqualTo(LocalDate.parse("2023-09-01"));
        assertThat(d.threshold().source()).isEqualTo("ATH 2023");
    }

    @Test
    void fromSeptember2023ExemptPartiesNeedNoApproval() {
        Decision d = decide("2023-09-01", true, "90000.00", "90000.00");
        assertThat(d.required()).isFalse();
        assertThat(d.exempt()).isTrue();
        assertThat(names(d)).containsExactly(ApprovalRegime.REGIME, ApprovalRegime.EXEMPTIONS_APPLY);
    }

    @Test
    void decidesFromARelatedPartyTransaction() {
        Party party = new Party("O3", "Supplier", Enums.PartyKind.COMPANY, "123", null, true, "/parties/0");
        Transaction t = new Transaction("T-17", LocalDate.parse("2024-03-01"), "O3", m("45000.00"), Enums.Direction.PAYMENT,
                Enums.TransactionKind.SERVICES, null, null, null, null, false, null, null, "/transactions/0");
        RelatedPartyTransaction rpt = new RelatedPartyTransaction(t, party, List.of("flag"), 2024, m("45000.00"), m("45000.00"), m("45000.00"));
        Decision d = ApprovalRegime.decide(PARAMS, rpt);
        assertThat(d.required()).isTrue();
        assertThat(d.regime().label()).isEqualTo("contract");
    }

    @Test
    void aRegimeNeedingAThresholdWithoutOneIsAConfigurationError() {
        ParameterSet broken = new ParameterSet(Map.of(
                ApprovalRegime.REGIME, new Parameter(ApprovalRegime.REGIME, ParameterType.TEXT, "",
                        List.of(new DatedValue(null, "CUMULATIVE_PER_PARTY", "test", null))),
                ApprovalRegime.THRESHOLD, new Parameter(ApprovalRegime.THRESHOLD, ParameterType.MONEY, "",
                        List.of(new DatedValue(LocalDate.parse("2030-01-01"), m("1.00"), "test", null))),
                ApprovalRegime.EXEMPTIONS_APPLY, new Parameter(ApprovalRegime.EXEMPTIONS_APPLY, ParameterType.BOOLEAN, "",
                        List.of(new DatedValue(null, false, "test", null)))));
        assertThatThrownBy(() -> ApprovalRegime.decide(broken, LocalDate.parse("2024-01-01"), false, m("1"), m("1")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(ApprovalRegime.THRESHOLD);
    }
}
