package org.matrisk.bench.rules;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.matrisk.engine.RiskEngine;
import org.matrisk.engine.params.ParameterSet;
import org.matrisk.fixtures.generate.GeneratorOptions;
import org.matrisk.model.TrustDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Rule evaluation: the Drools engine against hand-coded Java for RPT-02, PAY-05, GRW-05, AUT-03 and
 * NTI-05, on the same pre-parsed generated documents (200 trusts of {@link #transactions} transactions).
 * One operation is one trust (scores are time per trust).
 * <ul>
 * <li>{@code handCoded}: {@link FiveRules#evaluate} (the baseline);</li>
 * <li>{@code droolsFiveRules}: {@link RiskEngine#evaluate} with a pack of only those rules, their UNKNOWN
 * companions and every {@code @derives} rule ({@link SubsetPack}): the engine's cost for the same outcomes;</li>
 * <li>{@code droolsFiveRulesAssess}: the same through {@link RiskEngine#assess} (grouping, messages, rating);</li>
 * <li>{@code droolsFullPack} / {@code droolsFullPackAssess}: the whole built-in pack, for reference.</li>
 * (Every derived fact is the pack's own, derived in DRL: there is no Java derivation step to time apart.)
 * </ul>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar FiveRulesBenchmark} (see BENCHMARKS.md).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class FiveRulesBenchmark {
    public static final int TRUSTS = 200;

    @Param({"2000"})
    public int transactions;

    @Param({"20240831"})
    public long seed;

    List<TrustDocument> docs;
    RiskEngine five;
    RiskEngine full;
    ParameterSet params;

    @Setup(Level.Trial)
    public void setUp() {
        docs = BenchData.documents(new GeneratorOptions(TRUSTS, transactions, seed, GeneratorOptions.DEFAULT_PROBLEM_RATE));
        five = RiskEngine.of(SubsetPack.load(SubsetPack.FIVE));
        full = RiskEngine.builtin();
        params = five.pack().parameters();
        // the figures are only comparable while both sides agree (FiveRulesEquivalenceTest checks it in depth)
        int fails = 0;
        for (TrustDocument d : docs) fails += (int) FiveRules.evaluate(d, params).stream().filter(o -> o.failed()).count();
        int droolsFails = 0;
        for (TrustDocument d : docs) droolsFails += (int) five.evaluate(d).stream().filter(o -> o.failed()).count();
        if (fails != droolsFails) throw new IllegalStateException("hand-coded FAILs " + fails + " != Drools FAILs " + droolsFails);
    }

    @Benchmark
    @OperationsPerInvocation(TRUSTS)
    public void handCoded(Blackhole bh) {
        for (TrustDocument d : docs) bh.consume(FiveRules.evaluate(d, params));
    }

    @Benchmark
    @OperationsPerInvocation(TRUSTS)
    public void droolsFiveRules(Blackhole bh) {
        for (TrustDocument d : docs) bh.consume(five.evaluate(d));
    }

    @Benchmark
    @OperationsPerInvocation(TRUSTS)
    public void droolsFiveRulesAssess(Blackhole bh) {
        for (TrustDocument d : docs) bh.consume(five.assess(d));
    }

    @Benchmark
    @OperationsPerInvocation(TRUSTS)
    public void droolsFullPack(Blackhole bh) {
        for (TrustDocument d : docs) bh.consume(full.evaluate(d));
    }

    @Benchmark
    @OperationsPerInvocation(TRUSTS)
    public void droolsFullPackAssess(Blackhole bh) {
        for (TrustDocument d : docs) bh.consume(full.assess(d));
    }
}
