import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.matrisk.assessment.Assessment;
import org.matrisk.engine.RiskEngine;
import org.matrisk.json.read.DocumentParser;
import org.matrisk.json.read.Parsed;
import org.matrisk.json.read.RawDocument;
import org.matrisk.json.write.NdjsonWriter;

/**
 * The CPU time one thread spends on a scan's work for every document of an NDJSON file, in one JVM, after a warm-up
 * round: read (DocumentParser), assess (RiskEngine.builtin(), as `matrisk scan` does), write (NDJSON to memory). Thread
 * CPU time does not count what other processes take, so it is comparable on a loaded machine; it leaves out GC and JIT
 * threads. Run with the CLI jar on the class path:
 *   java -Xmx3g -cp matrisk.jar bench/ScanCpu.java FILE ROUNDS
 * Prints one line per round and a summary line: "FILE min assess+read+write CPU-s ..., unknown N, output B bytes".
 */
public class ScanCpu {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ThreadMXBean tm = ManagementFactory.getThreadMXBean();
        List<byte[]> docs = new ArrayList<>();
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) if (!l.isBlank()) docs.add(l.getBytes(StandardCharsets.UTF_8));
        RiskEngine engine = RiskEngine.builtin();
        DocumentParser parser = new DocumentParser();
        double[] total = new double[rounds];
        long unknown = 0, bytes = 0;
        for (int r = 0; r <= rounds; r++) {
            long read = 0, assess = 0, write = 0;
            ByteArrayOutputStream sink = new ByteArrayOutputStream(1 << 20);
            NdjsonWriter w = new NdjsonWriter(sink);
            long u = 0;
            for (int i = 0; i < docs.size(); i++) {
                long t0 = tm.getCurrentThreadCpuTime();
                Parsed p = (Parsed) parser.parse(RawDocument.of(file.toString(), i, i + 1, docs.get(i)));
                long t1 = tm.getCurrentThreadCpuTime();
                Assessment a = engine.assess(p.document());
                long t2 = tm.getCurrentThreadCpuTime();
                w.accept(a);
                if (sink.size() > (64 << 20)) { bytes += sink.size(); sink.reset(); }
                long t3 = tm.getCurrentThreadCpuTime();
                read += t1 - t0; assess += t2 - t1; write += t3 - t2;
                u += a.unknown().size();
            }
            w.close();
            System.out.printf("%s round %d: read %.2f, assess %.2f, write %.2f CPU-s%n", r == 0 ? "warm-up" : "measured", r,
                    read / 1e9, assess / 1e9, write / 1e9);
            if (r > 0) total[r - 1] = (read + assess + write) / 1e9;
            if (r == 0) { unknown = u; bytes += sink.size(); }
        }
        double[] sorted = total.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: %d documents, min %.2f, median %.2f CPU-s (read+assess+write, one thread), unknown entries %d, output %d bytes%n",
                file.getFileName(), docs.size(), sorted[0], sorted[sorted.length / 2], unknown, bytes);
    }
}
