package org.matrisk.bench.rules;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.matrisk.engine.RiskEngine;
import org.matrisk.engine.params.ParameterSet;
import org.matrisk.fixtures.generate.GeneratorOptions;
import org.matrisk.model.TrustDocument;

/**
 * The same comparison as {@link FiveRulesBenchmark}, measured in <b>process CPU time</b> as well as wall
 * time, for a machine shared with other work (where JMH's wall-clock scores swing with the others'
 * load). The variants run interleaved, round after round, in one JVM, single-threaded; process CPU time
 * includes the JIT and GC threads' work caused by the variant (after warm-up the JIT is mostly idle).
 * <pre>java -cp benchmarks.jar org.matrisk.bench.rules.RulesCpuTime [--trusts 200] [--transactions 2000] [--warmup 3] [--rounds 8] [--repeat 10] [--only VARIANT]</pre>
 * A round runs a variant over the documents {@code repeat} times (process CPU time is read at a coarse
 * granularity, about 10 ms: a round must last far longer).
 * Prints, per variant, the median and min CPU µs per trust, the median wall µs per trust, and the ratio of
 * median CPU to the hand-coded variant's.
 */
public final class RulesCpuTime {

    public static void main(String[] args) {
        int trusts = FiveRulesBenchmark.TRUSTS, transactions = 2000, warmup = 3, rounds = 8, repeat = 10;
        String only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--trusts" -> trusts = Integer.parseInt(args[++i]);
                case "--transactions" -> transactions = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--only" -> only = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<TrustDocument> docs = BenchData.documents(new GeneratorOptions(trusts, transactions, 20240831L, GeneratorOptions.DEFAULT_PROBLEM_RATE));
        RiskEngine five = RiskEngine.of(SubsetPack.load(SubsetPack.FIVE));
        RiskEngine full = RiskEngine.builtin();
        ParameterSet params = five.pack().parameters();

        Map<String, Consumer<TrustDocument>> variants = new LinkedHashMap<>();
        Object[] sink = new Object[1];
        variants.put("handCoded", d -> sink[0] = FiveRules.evaluate(d, params));
        variants.put("droolsFiveRules", d -> sink[0] = five.evaluate(d));
        variants.put("droolsFiveRulesAssess", d -> sink[0] = five.assess(d));
        variants.put("droolsFullPack", d -> sink[0] = full.evaluate(d));
        variants.put("droolsFullPackAssess", d -> sink[0] = full.assess(d));

        if (only != null) {
            String keep = only;
            if (!variants.containsKey(keep)) throw new IllegalArgumentException("no variant " + keep + "; variants: " + variants.keySet());
            variants.keySet().removeIf(k -> !k.equals(keep) && !k.equals("handCoded"));
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<String, List<double[]>> samples = new LinkedHashMap<>();
        variants.keySet().forEach(k -> samples.put(k, new ArrayList<>()));
        for (int r = 0; r < warmup + rounds; r++) {
            for (Map.Entry<String, Consumer<TrustDocument>> v : variants.entrySet()) {
                System.gc();
                long cpu0 = os.getProcessCpuTime(), wall0 = System.nanoTime();
                for (int k = 0; k < repeat; k++) for (TrustDocument d : docs) v.getValue().accept(d);
                long cpu = os.getProcessCpuTime() - cpu0, wall = System.nanoTime() - wall0;
                double n = (double) docs.size() * repeat;
                if (r >= warmup) samples.get(v.getKey()).add(new double[] {cpu / 1e3 / n, wall / 1e3 / n});
            }
            System.err.printf(Locale.ROOT, "round %d/%d done%s%n", r + 1, warmup + rounds, r < warmup ? " (warm-up)" : "");
        }
        double handCpu = median(samples.get("handCoded"), 0);
        System.out.printf(Locale.ROOT, "rules-cpu trusts=%d transactions=%d repeat=%d rounds=%d (after %d warm-up)%n", trusts, transactions, repeat, rounds, warmup);
        for (Map.Entry<String, List<double[]>> e : samples.entrySet()) {
            double cpu = median(e.getValue(), 0);
            System.out.printf(Locale.ROOT, "rules-cpu variant=%s cpu_us_per_trust_median=%.1f cpu_us_per_trust_min=%.1f wall_us_per_trust_median=%.1f ratio_cpu_vs_handCoded=%.2f%n",
                    e.getKey(), cpu, min(e.getValue(), 0), median(e.getValue(), 1), cpu / handCpu);
        }
        if (sink[0] == null) System.out.println();
    }

    private static double median(List<double[]> xs, int i) {
        double[] v = xs.stream().mapToDouble(x -> x[i]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double min(List<double[]> xs, int i) {
        return Arrays.stream(xs.stream().mapToDouble(x -> x[i]).toArray()).min().orElse(Double.NaN);
    }
}
