package org.matrisk.bench.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.engine.params.ParameterSet;

/**
 * The hand-coded baseline's own copy of the approval regime (the product decides it in related_party.drl):
 * the regime in force on the payment's date, from the dated parameters.
 */
final class ApprovalRegime {
    private ApprovalRegime() {}

    public static final String REGIME = "rpt.approvalRegime";
    public static final String THRESHOLD = "rpt.approvalThreshold";
    public static final String EXEMPTIONS_APPLY = "rpt.exemptionsApply";

    public enum Regime {
        NONE, CUMULATIVE_PER_PARTY, PER_CONTRACT;

        /** How the threshold is named in messages. */
        public String label() {
            return switch (this) {
                case NONE -> "no";
                case CUMULATIVE_PER_PARTY -> "cumulative";
                case PER_CONTRACT -> "contract";
            };
        }
    }

    /**
     * @param required   approval is required
     * @param regime     the regime in force on the payment's date
     * @param measured   the total compared with the threshold (running total or contract total; null
     *                   when nothing was compared)
     * @param threshold  the threshold in force (null when nothing was compared)
     * @param exempt     the party's exemption removed the need for approval
     * @param parameters the dated parameters the decision relied on
     */
    public record Decision(boolean required, Regime regime, BigDecimal measured, ParamValue threshold, boolean exempt,
                           List<ParamValue> parameters) {}

    /** True when {@code params} holds every parameter the regime needs. */
    public static boolean configured(ParameterSet params) {
        return params.has(REGIME) && params.has(THRESHOLD) && params.has(EXEMPTIONS_APPLY);
    }


    /**
     * The decision for a payment dated {@code day} to a party with or without an exemption, given the
     * running total of RPT payments to the party in the financial year up to and including it, and the
     * total of its contract in that year (the payment alone when it has no contractId).
     */
    public static Decision decide(ParameterSet params, LocalDate day, boolean exemptParty, BigDecimal runningTotal, BigDecimal contractTotal) {
        ParamValue regimeParam = params.at(REGIME, day);
        Regime regime = regimeParam.inForce() ? regime(regimeParam) : Regime.NONE;
        return switch (regime) {
            case NONE -> new Decision(false, regime, null, null, false, regimeParam.inForce() ? List.of(regimeParam) : List.of());
            case CUMULATIVE_PER_PARTY -> {
                ParamValue threshold = threshold(params, day);
                yield new Decision(runningTotal.compareTo(threshold.money()) > 0, regime, runningTotal, threshold, false,
                        List.of(regimeParam, threshold));
            }
            case PER_CONTRACT -> {
                ParamValue exemptions = params.at(EXEMPTIONS_APPLY, day);
                if (exemptParty && exemptions.on())
                    yield new Decision(false, regime, null, null, true, List.of(regimeParam, exemptions));
                ParamValue threshold = threshold(params, day);
                yield new Decision(contractTotal.compareTo(threshold.money()) > 0, regime, contractTotal, threshold, false,
                        List.of(regimeParam, threshold));
            }
        };
    }

    private static Regime regime(ParamValue p) {
        try {
            return Regime.valueOf(p.text().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("parameter " + REGIME + " in force from " + p.effectiveFrom() + " has unknown value \""
                    + p.text() + "\" (expected NONE, CUMULATIVE_PER_PARTY or PER_CONTRACT)");
        }
    }

    private static ParamValue threshold(ParameterSet params, LocalDate day) {
        ParamValue t = params.at(THRESHOLD, day);
        if (!t.inForce()) throw new IllegalStateException("parameter " + THRESHOLD + " has no value in force on " + day
                + " although " + REGIME + " requires one");
        return t;
    }
}
