package org.matrisk.bench.scan;

import java.io.OutputStream;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.matrisk.assessment.Assessment;
import org.matrisk.engine.RiskEngine;
import org.matrisk.engine.pack.RulePack;
import org.matrisk.json.read.DocumentParser;
import org.matrisk.json.read.Parsed;
import org.matrisk.json.read.RawDocument;
import org.matrisk.json.read.ReadResult;
import org.matrisk.output.AssessmentWriter;
import org.matrisk.output.AssessmentWriters;
import org.matrisk.output.WriterOptions;

/**
 * Where a one-trust scan's start-up goes, in one fresh JVM, step by step as {@code matrisk scan} does it:
 * JVM start to {@code main}, reading and verifying the built-in pack, compiling it (Drools), parsing the
 * document, the first assessment, writing it as NDJSON, and a second assessment of the same document.
 * <pre>java -cp benchmarks.jar org.matrisk.bench.scan.StartupBreakdown examples/riverside-clean.json</pre>
 * Prints {@code startup step=<name> ms=<ms> classes=<loaded so far>} per step and a total.
 */
public final class StartupBreakdown {

    public static void main(String[] args) throws Exception {
        RuntimeMXBean rt = ManagementFactory.getRuntimeMXBean();
        ClassLoadingMXBean cl = ManagementFactory.getClassLoadingMXBean();
        long toMain = rt.getUptime();
        report("jvm-start-to-main", toMain, cl);
        Path file = Path.of(args.length > 0 ? args[0] : "examples/riverside-clean.json");

        long t = System.nanoTime();
        RulePack pack = RulePack.builtin();
        report("read-and-verify-pack", ms(t), cl);

        t = System.nanoTime();
        RiskEngine engine = RiskEngine.builtin();
        report("compile-pack-drools", ms(t), cl);

        t = System.nanoTime();
        ReadResult r = new DocumentParser().parse(RawDocument.of(file.toString(), 0, 1, Files.readAllBytes(file)));
        if (!(r instanceof Parsed p)) throw new IllegalStateException("rejected: " + r);
        report("parse-document", ms(t), cl);

        t = System.nanoTime();
        Assessment a = engine.assess(p.document());
        report("first-assessment", ms(t), cl);

        t = System.nanoTime();
        try (AssessmentWriter w = AssessmentWriters.open("ndjson", OutputStream.nullOutputStream(), WriterOptions.defaults())) {
            w.start();
            w.accept(a);
        }
        report("write-ndjson", ms(t), cl);

        t = System.nanoTime();
        engine.assess(p.document());
        report("second-assessment", ms(t), cl);

        System.out.printf(Locale.ROOT, "startup step=total-since-jvm-start ms=%d classes=%d pack=%s findings=%d%n",
                rt.getUptime(), cl.getTotalLoadedClassCount(), pack.sha256().substring(0, 12), a.findings().size());
    }

    private static long ms(long t0) { return (System.nanoTime() - t0) / 1_000_000; }

    private static void report(String step, long ms, ClassLoadingMXBean cl) {
        System.out.printf(Locale.ROOT, "startup step=%s ms=%d classes=%d%n", step, ms, cl.getTotalLoadedClassCount());
    }
}
