package org.matrisk.bench.scan;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a scan's CPU time goes, from a JFR recording ({@code java -XX:StartFlightRecording=filename=x.jfr,settings=profile}).
 * <pre>java -cp benchmarks.jar org.matrisk.bench.scan.JfrTop x.jfr [--top N] [--callers Class.method]</pre>
 * Each {@code jdk.ExecutionSample} (a Java thread on CPU) is put in one stage of the scan pipeline:
 * <ul>
 * <li>by the pipeline call it is under: splitting the input ({@code DocumentSource}), parsing
 * ({@code DocumentParser.parse}), rule evaluation ({@code RiskEngine.evaluate}), assembling the assessment
 * ({@code RiskEngine.assemble}), writing ({@code org.matrisk.json.write}), the rule-pack compile
 * ({@code PackCompiler});</li>
 * <li>within parsing, by the innermost known frame: sha256, strict UTF-8 decoding, Parsson, or binding and
 * validation ({@code DocumentBinder});</li>
 * <li>within evaluation, by the engine step directly called: Java derivations, fact list, Drools
 * session creation, insert, fireAllRules, getObjects, dispose.</li>
 * </ul>
 * Also prints the top self-time methods and packages, and GC pauses ({@code jdk.GarbageCollection}; GC
 * threads' concurrent work is not sampled) and the JIT's total compile time ({@code jdk.CompilerStatistics};
 * the JIT's threads are not sampled either). Samples are CPU samples of Java threads only. With
 * {@code --callers StringLatin1.hashCode}, the five calling frames of the samples whose top frame ends so.
 */
public final class JfrTop {

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int top = 15;
        String callersOf = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--top")) top = Integer.parseInt(args[++i]);
            else if (args[i].equals("--callers")) callersOf = args[++i];
            else throw new IllegalArgumentException("unknown option " + args[i]);
        }
        Map<String, Long> callers = new HashMap<>();
        Map<String, Long> stages = new HashMap<>();
        Map<String, Long> selfMethods = new HashMap<>();
        Map<String, Long> selfPackages = new HashMap<>();
        long samples = 0, gcCount = 0, jitCount = 0;
        Duration jitTime = Duration.ZERO;
        Duration gcPause = Duration.ZERO, gcLongest = Duration.ZERO;
        try (RecordingFile rf = new RecordingFile(file)) {
            while (rf.hasMoreEvents()) {
                RecordedEvent e = rf.readEvent();
                String type = e.getEventType().getName();
                if (type.equals("jdk.GarbageCollection")) {
                    gcCount++;
                    Duration d = e.getDuration("sumOfPauses");
                    gcPause = gcPause.plus(d);
                    if (d.compareTo(gcLongest) > 0) gcLongest = d;
                    continue;
                }
                if (type.equals("jdk.CompilerStatistics")) { // cumulative: keep the last
                    jitCount = Math.max(jitCount, e.getLong("compileCount"));
                    Duration d = e.getDuration("totalTimeSpent");
                    if (d.compareTo(jitTime) > 0) jitTime = d;
                    continue;
                }
                if (!type.equals("jdk.ExecutionSample")) continue;
                RecordedStackTrace st = e.getStackTrace();
                if (st == null || st.getFrames().isEmpty()) continue;
                samples++;
                List<RecordedFrame> frames = st.getFrames(); // 0 = top (innermost)
                String thread = e.getThread("sampledThread") == null ? "" : String.valueOf(e.getThread("sampledThread").getJavaName());
                String stage = stage(frames);
                // Drools builds the KieBase partly on its own pool ("drools-worker-N"), outside PackCompiler's stack
                if (stage.startsWith("other") && thread.startsWith("drools-worker")) stage = "startup: rule-pack compile (Drools worker threads)";
                stages.merge(stage, 1L, Long::sum);
                RecordedMethod m = frames.get(0).getMethod();
                String cls = m.getType().getName();
                if (callersOf != null && (cls + "." + m.getName()).endsWith(callersOf)) {
                    StringBuilder chain = new StringBuilder();
                    for (int i = 1; i < Math.min(frames.size(), 6); i++) {
                        RecordedMethod c = frames.get(i).getMethod();
                        String cc = c.getType().getName();
                        chain.append(i > 1 ? " < " : "").append(cc.substring(cc.lastIndexOf('.') + 1)).append('.').append(c.getName());
                    }
                    callers.merge(chain.toString(), 1L, Long::sum);
                }
                selfMethods.merge(cls + "." + m.getName(), 1L, Long::sum);
                int dot = cls.lastIndexOf('.');
                selfPackages.merge(dot < 0 ? cls : cls.substring(0, dot), 1L, Long::sum);
            }
        }
        System.out.printf(Locale.ROOT, "jfr file=%s cpu-samples=%d gc-count=%d gc-pause-total-ms=%d gc-pause-longest-ms=%d jit-compilations=%d jit-time-ms=%d%n",
                file, samples, gcCount, gcPause.toMillis(), gcLongest.toMillis(), jitCount, jitTime.toMillis());
        print("stage", stages, samples, 100);
        print("self-method", selfMethods, samples, top);
        print("self-package", selfPackages, samples, top);
        if (callersOf != null) print("callers-of-" + callersOf, callers, samples, top);
    }

    private static void print(String what, Map<String, Long> counts, long total, int top) {
        List<Map.Entry<String, Long>> list = new ArrayList<>(counts.entrySet());
        list.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        for (int i = 0; i < Math.min(top, list.size()); i++) {
            Map.Entry<String, Long> e = list.get(i);
            System.out.printf(Locale.ROOT, "%s %5.1f%% %7d  %s%n", what, 100.0 * e.getValue() / total, e.getValue(), e.getKey());
        }
    }

    /** Pipeline markers, outermost first in the stack walk from the root. */
    private static final Map<String, String> PIPELINE = new LinkedHashMap<>();
    static {
        PIPELINE.put("org.matrisk.engine.pack.PackCompiler.compile", "startup: rule-pack compile");
        PIPELINE.put("org.matrisk.engine.pack.RulePack.builtin", "startup: read and verify pack");
        PIPELINE.put("org.matrisk.json.read.DocumentParser.parse", "parse");
        PIPELINE.put("org.matrisk.engine.RiskEngine.evaluate", "evaluate");
        PIPELINE.put("org.matrisk.engine.RiskEngine.assemble", "assemble assessment (findings, messages, rating)");
        PIPELINE.put("org.matrisk.engine.NameDisclosure.withNames", "assemble assessment (findings, messages, rating)");
    }

    static String stage(List<RecordedFrame> frames) {
        // walk from the root (last frame) towards the top; the first pipeline marker met decides the stage
        for (int i = frames.size() - 1; i >= 0; i--) {
            RecordedMethod m = frames.get(i).getMethod();
            String cls = m.getType().getName();
            String name = cls + "." + m.getName();
            String stage = PIPELINE.get(name);
            if (stage != null) {
                return switch (stage) {
                    case "parse" -> "parse: " + parseStep(frames, i);
                    case "evaluate" -> "evaluate: " + evaluateStep(frames, i);
                    default -> stage;
                };
            }
            if (cls.startsWith("org.matrisk.json.write.") || cls.startsWith("org.matrisk.cli.TableWriter")) return "write output (JSON)";
            if (cls.equals("org.matrisk.json.read.DocumentSource")) return "split input (DocumentSource)";
        }
        String topCls = frames.get(0).getMethod().getType().getName();
        if (topCls.startsWith("org.drools") || topCls.startsWith("org.kie") || topCls.startsWith("org.mvel")
                || topCls.startsWith("org.eclipse.jdt") || topCls.startsWith("org.antlr")) return "other: Drools/compiler outside a step";
        return "other: " + pkg(topCls);
    }

    /** Inside DocumentParser.parse: the innermost recognised frame. */
    private static String parseStep(List<RecordedFrame> frames, int marker) {
        for (int i = 0; i < marker; i++) {
            String cls = frames.get(i).getMethod().getType().getName();
            if (cls.startsWith("sun.security.provider.") || cls.startsWith("java.security.MessageDigest")) return "sha256";
            if (cls.startsWith("java.util.HexFormat")) return "sha256 (hex)";
            if (cls.equals("org.matrisk.json.read.StrictUtf8Reader")) return "strict UTF-8 decoding";
            if (cls.startsWith("org.eclipse.parsson.")) return "Parsson";
            if (cls.startsWith("org.matrisk.json.read.")) return "binding and validation";
            if (cls.startsWith("org.matrisk.model.")) return "binding and validation (model records)";
        }
        return "DocumentParser";
    }

    /** Inside RiskEngine.evaluate: the step it called. */
    private static String evaluateStep(List<RecordedFrame> frames, int marker) {
        if (marker == 0) return "RiskEngine.evaluate (self)";
        RecordedMethod callee = frames.get(marker - 1).getMethod();
        String cls = callee.getType().getName();
        String name = callee.getName();
        if (cls.equals("org.matrisk.engine.facts.Derivations")) {
            if (marker < 2) return "Java derivations (Derivations.derive self)";
            RecordedMethod d = frames.get(marker - 2).getMethod();
            String dc = d.getType().getName();
            return "Java derivations: " + dc.substring(dc.lastIndexOf('.') + 1) + "." + d.getName();
        }
        if (cls.equals("org.matrisk.engine.Facts")) return "fact list (Facts.of)";
        if (name.equals("newKieSession")) return "Drools newKieSession";
        if (name.equals("insert")) return "Drools insert";
        if (name.equals("fireAllRules")) return "Drools fireAllRules";
        if (name.equals("getObjects")) return "Drools getObjects";
        if (name.equals("dispose")) return "Drools dispose";
        if (cls.equals("org.matrisk.engine.facts.AssessmentContext")) return "context";
        return pkg(cls) + "." + name;
    }

    private static String pkg(String cls) {
        int dot = cls.lastIndexOf('.');
        return dot < 0 ? cls : cls.substring(0, dot);
    }
}
