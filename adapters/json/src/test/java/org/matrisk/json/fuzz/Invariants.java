package org.matrisk.json.fuzz;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Finding;
import org.matrisk.engine.PointerOrder;
import org.matrisk.json.read.Parsed;
import org.matrisk.json.read.Problem;
import org.matrisk.json.read.ReadResult;
import org.matrisk.json.read.ReaderLimits;
import org.matrisk.json.read.Rejected;
import org.matrisk.model.Transaction;
import org.matrisk.model.TrustDocument;

/**
 * What must hold for every input, whatever its bytes, beyond "nothing is thrown". A broken
 * invariant throws {@link AssertionError}, which Jazzer reports as a finding (and JUnit as a failure).
 */
final class Invariants {
    private Invariants() {}

    /** A reason may quote an input value, clipped; beyond this it echoes too much of the input. */
    static final int MAX_REASON = 400;

    /** Reads counted and results seen must reconcile. */
    static void counts(long read, long parsed, long rejected) {
        check(read == parsed + rejected, "read %d != parsed %d + rejected %d", read, parsed, rejected);
    }

    static void result(ReadResult r, ReaderLimits limits) {
        check(r != null, "null result");
        check(r.info() != null, "result without info");
        if (r instanceof Rejected rej) {
            List<Problem> problems = rej.problems();
            check(!problems.isEmpty(), "a rejection without a problem");
            check(problems.size() <= limits.maxProblems(), "%d problems, more than the limit %d", problems.size(), limits.maxProblems());
            for (Problem p : problems) {
                check(p.pointer() != null, "problem without a pointer: %s", p);
                check(p.pointer().isEmpty() || p.pointer().startsWith("/"), "not a JSON Pointer: %s", p.pointer());
                check(p.reason() != null && !p.reason().isBlank(), "problem without a reason at %s", p.pointer());
                // the reason may name pointers (e.g. "first at /people/0"), each at most as long as the problem's own
                int allowance = MAX_REASON + 2 * p.pointer().length();
                check(p.reason().length() <= allowance, "reason of %d characters echoes the input: %.200s", p.reason().length(), p.reason());
            }
            String line = rej.describe();
            check(line.indexOf('\n') < 0 && line.indexOf('\r') < 0, "describe() is not one line: %.200s", line);
        } else {
            document(((Parsed) r).document());
        }
    }

    /** A parsed document met the contract: spot checks that validation was not bypassed. */
    static void document(TrustDocument d) {
        check(d != null, "parsed without a document");
        check("1".equals(d.schemaVersion()), "schemaVersion %s", d.schemaVersion());
        check(d.trust() != null && d.trust().id() != null && !d.trust().id().isEmpty(), "parsed without trust.id");
        check(d.trust().type() != null, "parsed without trust.type");
        check(d.period() != null && d.period().start() != null && d.period().end() != null, "parsed without a period");
        check(!d.period().start().isAfter(d.period().end()), "period start after end");
        check(d.finance() != null && d.finance().totalIncome() != null, "parsed without finance.totalIncome");
        money(d.finance().totalIncome(), false);
        check(d.governance() != null, "parsed without governance");
        check(d.people() != null, "parsed without people");
        check(d.academies() != null && !d.academies().isEmpty(), "parsed without academies");
        unique(d.people(), p -> p.id(), "people");
        unique(d.academies(), a -> a.urn(), "academies");
        if (d.transactions() != null) {
            unique(d.transactions(), Transaction::id, "transactions");
            for (Transaction t : d.transactions()) {
                check(t.date() != null && t.partyId() != null, "transaction without date or party");
                money(t.amount(), false);
            }
        }
    }

    private static void money(BigDecimal n, boolean signed) {
        check(n != null, "missing amount");
        check(signed || n.signum() >= 0, "negative amount %s", n);
        check(n.stripTrailingZeros().scale() <= 2, "amount with more than two decimals: %s", n);
        check(n.precision() - n.scale() <= 15, "amount with more than 15 digits: %s", n);
        // a parsed number must print in bounded space (evidence values are printed plainly)
        check(n.scale() <= 64 && n.scale() >= -64, "amount with scale %d", n.scale());
    }

    private static <T> void unique(List<T> items, Function<T, String> id, String list) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String k = id.apply(item);
            check(k != null && !k.isEmpty(), "%s item without an id", list);
            check(seen.add(k), "duplicate id %s in %s", k, list);
        }
    }

    /** The assessment contract: six areas (seven in format version 2) in order, findings by severity, then rule id, then first pointer. */
    static void assessment(Assessment a) {
        check(a != null, "null assessment");
        List<Area> order = Area.of(a.catalogue());
        check(a.areas().size() == order.size(), "%d areas", a.areas().size());
        for (int i = 0; i < order.size(); i++) {
            check(a.areas().get(i).area() == order.get(i), "area %d is %s", i, a.areas().get(i).area());
            check(a.areas().get(i).rating() != null, "area %s without a rating", order.get(i));
        }
        check(a.rating() != null, "no overall rating");
        List<Finding> f = a.findings();
        for (int i = 1; i < f.size(); i++) {
            Finding x = f.get(i - 1), y = f.get(i);
            int c = x.severity().compareTo(y.severity());
            if (c == 0) c = x.ruleId().compareTo(y.ruleId());
            if (c == 0) c = PointerOrder.INSTANCE.compare(x.firstPointer(), y.firstPointer());
            check(c <= 0, "findings out of order: %s %s %s before %s %s %s", x.severity(), x.ruleId(), x.firstPointer(),
                    y.severity(), y.ruleId(), y.firstPointer());
        }
        for (Finding x : f) {
            check(x.message() != null && !x.message().isBlank(), "finding %s without a message", x.ruleId());
            check(x.message().length() < 100_000, "finding %s with a message of %d characters", x.ruleId(), x.message().length());
        }
        check(a.passed() >= 0, "passed %d", a.passed());
    }

    static void check(boolean ok, String format, Object... args) {
        if (!ok) throw new AssertionError(String.format(format, args));
    }
}
