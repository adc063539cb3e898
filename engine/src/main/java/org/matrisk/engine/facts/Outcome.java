package org.matrisk.engine.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;
import org.matrisk.assessment.Evidence;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.engine.params.ParameterType;

/**
 * What a rule consequence records, through {@code insertLogical}: a FAIL or UNKNOWN outcome of one
 * rule for one subject (the item's pointer, or {@code ""} for the trust). Being a logical fact,
 * it is retracted by truth maintenance if its premises stop holding, so rules about outcomes
 * (NTI-02, NTI-07, NTI-10) see a consistent picture.
 *
 * <pre>
 * insertLogical(Outcome.fail(kcontext).at($t.pointer(), "amount", $t.amount())
 *     .arg("tx", $t.id()).param($threshold).done());
 * </pre>
 */
public record Outcome(
        String ruleId,
        Status status,
        String subject,
        List<Evidence> evidence,
        List<ParamValue> params,
        Map<String, String> args,
        List<String> missing,
        Map<String, Live> live) {

    /** An outcome without live arguments (the form before {@link Live} existed). */
    public Outcome(String ruleId, Status status, String subject, List<Evidence> evidence, List<ParamValue> params,
                   Map<String, String> args, List<String> missing) {
        this(ruleId, status, subject, evidence, params, args, missing, Map.of());
    }

    /**
     * A message argument whose value later facts may still change without changing the outcome: its
     * {@link #display()} is read when the assessment (or a decision) is written, after the rules have
     * fired. For a figure that every new line of a group changes, such as a financial year's total
     * quoted by each line's finding: the finding stays the same fact, and its message quotes the total
     * of the ledger as it stands. Equality is identity (an outcome keeps its hash while it is a fact).
     */
    public interface Live {
        /** The argument as the message shows it. */
        String display();
    }

    /** This outcome with its live arguments read now, as plain ones: what an assessment written now would show. */
    public Outcome rendered() {
        if (live.isEmpty()) return this;
        return new Outcome(ruleId, status, subject, evidence, params, Map.copyOf(messageArgs()), missing, Map.of());
    }

    /** The message arguments, live ones read now. */
    public Map<String, String> messageArgs() {
        if (live.isEmpty()) return args;
        Map<String, String> all = new java.util.HashMap<>(args);
        live.forEach((k, v) -> all.put(k, v.display()));
        return all;
    }

    public static Builder fail(RuleContext kcontext) { return new Builder(ruleId(kcontext), Status.FAIL); }
    public static Builder unknown(RuleContext kcontext) { return new Builder(ruleId(kcontext), Status.UNKNOWN); }
    public static Builder fail(String ruleId) { return new Builder(ruleId, Status.FAIL); }
    public static Builder unknown(String ruleId) { return new Builder(ruleId, Status.UNKNOWN); }

    private static String ruleId(RuleContext kcontext) {
        Object id = kcontext.getRule().getMetaData().get("id");
        if (id == null) throw new IllegalStateException("rule \"" + kcontext.getRule().getName() + "\" records an outcome but has no @id");
        return id.toString();
    }

    public boolean failed() { return status == Status.FAIL; }

    public static final class Builder {
        private final String ruleId;
        private final Status status;
        private String subject;
        private final List<Evidence> evidence = new ArrayList<>(2);
        private final List<ParamValue> params = new ArrayList<>(2);
        private final Map<String, String> args = new LinkedHashMap<>();
        private final List<String> missing = new ArrayList<>(1);
        private Map<String, Live> live;

        private Builder(String ruleId, Status status) {
            this.ruleId = ruleId;
            this.status = status;
        }

        /** Evidence: the pointer, the field examined and its value. The first pointer is the subject. */
        public Builder at(String pointer, String field, Object value) {
            if (subject == null) subject = pointer;
            evidence.add(new Evidence(pointer, field, value == null ? null : text(value)));
            if (field != null && value != null && !args.containsKey(field)) args.put(field, display(value));
            return this;
        }

        public Builder at(String pointer) { return at(pointer, null, null); }

        /** The subject when it is not the first evidence pointer ({@code ""} for a trust-level rule). */
        public Builder subject(String pointer) {
            this.subject = pointer;
            return this;
        }

        /** A message argument; BigDecimal values are shown as pounds; a {@link Live} value is read when the assessment is written. */
        public Builder arg(String name, Object value) {
            if (value instanceof Live l) {
                if (live == null) live = new LinkedHashMap<>(2);
                live.put(name, l);
                args.remove(name);
                return this;
            }
            args.put(name, value == null ? "(absent)" : display(value));
            if (live != null) live.remove(name);
            return this;
        }

        /** A plain number argument (not money). */
        public Builder number(String name, Object value) {
            args.put(name, value instanceof BigDecimal b ? b.toPlainString() : String.valueOf(value));
            return this;
        }

        /** A dated parameter the outcome relied on; also available to the message as {name}. */
        public Builder param(ParamValue p) {
            if (p != null) {
                if (!params.contains(p)) params.add(p);
                args.put(p.name(), p.type() == ParameterType.MONEY && p.inForce() ? pounds(p.money()) : p.display());
                if (p.source() != null) args.put(p.name() + ".source", p.source());
            }
            return this;
        }

        /** Names of absent fields (relative to the subject, or absolute pointers). */
        public Builder missing(String... fields) {
            for (String f : fields) if (!missing.contains(f)) missing.add(f);
            return this;
        }

        public Outcome done() {
            return new Outcome(ruleId, status, subject == null ? "" : subject, List.copyOf(evidence), List.copyOf(params),
                    Map.copyOf(args), List.copyOf(missing), live == null ? Map.of() : Map.copyOf(live));
        }
    }

    /** Evidence text: money and other decimals with at most two places are written with two. */
    static String text(Object value) {
        if (value instanceof BigDecimal b) {
            BigDecimal s = b.stripTrailingZeros();
            return s.scale() <= 2 ? b.setScale(2, RoundingMode.UNNECESSARY).toPlainString() : b.toPlainString();
        }
        return String.valueOf(value);
    }

    static String display(Object value) {
        if (value instanceof BigDecimal b) return pounds(b);
        if (value instanceof LocalDate d) return d.toString();
        return String.valueOf(value);
    }

    private static final ThreadLocal<DecimalFormat> POUNDS = ThreadLocal.withInitial(
            () -> new DecimalFormat("£#,##0.00;-£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)));

    /**
     * Pounds as {@code £#,##0.00;-£#,##0.00} (UK symbols) writes them. An amount with at most two decimal places (every
     * amount of a document) is written directly, without the formatter; others (rounded half-even) go through it.
     */
    public static String pounds(BigDecimal b) {
        if (b.scale() < 0 || b.scale() > 2) return POUNDS.get().format(b);
        String digits = b.unscaledValue().abs().toString();
        int scale = b.scale();
        // the unscaled digits at scale 2, at least "0.00"
        StringBuilder cents = new StringBuilder(digits.length() + 3);
        cents.append(digits);
        for (int k = scale; k < 2; k++) cents.append('0');
        while (cents.length() < 3) cents.insert(0, '0');
        int intLen = cents.length() - 2;
        StringBuilder out = new StringBuilder(intLen + intLen / 3 + 5);
        if (b.signum() < 0) out.append('-');
        out.append('£');
        for (int k = 0; k < intLen; k++) {
            if (k > 0 && (intLen - k) % 3 == 0) out.append(',');
            out.append(cents.charAt(k));
        }
        return out.append('.').append(cents, intLen, intLen + 2).toString();
    }

    /** The formatter's pounds (kept for comparison in tests). */
    static String poundsFormatted(BigDecimal b) { return POUNDS.get().format(b); }
}
