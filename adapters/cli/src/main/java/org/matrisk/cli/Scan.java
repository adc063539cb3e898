package org.matrisk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.matrisk.assessment.Assessment;
import org.matrisk.engine.RiskEngine;
import org.matrisk.json.read.DocumentParser;
import org.matrisk.json.read.DocumentSources;
import org.matrisk.json.read.Parsed;
import org.matrisk.json.read.RawDocument;
import org.matrisk.json.read.ReadResult;
import org.matrisk.json.read.ReaderLimits;
import org.matrisk.json.read.Rejected;
import org.matrisk.model.TrustDocument;

/**
 * Read, validate, assess, write in input order: every document is assessed or rejected.
 *
 * <p>With more than one thread, one thread splits the input into documents, a pool parses and
 * assesses them, and the caller's thread writes results in input order. Memory is bounded by the
 * documents in flight: at most {@code 4 x threads} documents and {@link #BYTES_IN_FLIGHT} bytes of
 * input (a single larger document still goes through, alone).
 */
final class Scan {
    static final long BYTES_IN_FLIGHT = 256L << 20;

    private final RiskEngine engine;
    private final ReaderLimits limits;
    private DocumentParser parser;
    private final LocalDate asOf;
    private final int threads;
    private boolean includeNames;
    private boolean strict;
    private boolean nameCompanies;
    private WarningSink warningSink = (info, warnings) -> {};

    /** Where the warnings of assessed documents go (members the contract does not know). */
    interface WarningSink {
        void warn(org.matrisk.model.DocumentInfo info, List<org.matrisk.json.read.Problem> warnings);
    }

    /** Reject a document with warnings instead of assessing it ({@code --strict}). */
    Scan strict(boolean on) {
        this.strict = on;
        return this;
    }

    /** Report the warnings of assessed documents here. */
    Scan warnings(WarningSink sink) {
        this.warningSink = sink;
        return this;
    }

    /**
     * Name the companies and other organisations a finding's message cites by id ({@code O48} becomes
     * {@code O48 (Acme Supplies Ltd)}), for the formats people read (table, CSV, HTML, XLSX); never people,
     * who stay cited by id, and never in the JSON formats, whose assessments stay as the rule pack wrote them.
     */
    Scan nameCompanies(boolean on) {
        this.nameCompanies = on;
        return this;
    }

    /** Add the names of people cited as evidence (personal data: only when the caller opts in). */
    Scan includeNames(boolean on) {
        this.includeNames = on;
        return this;
    }

    /** Read version 1 documents as version 2, assessed with catalogue v2 (contract trust-data-v2.md section 1). */
    Scan upgradeV1(boolean on) {
        this.parser = parser.withUpgradeV1(on);
        return this;
    }

    record Result(long read, long assessed, long rejected) {}

    interface AssessmentSink {
        void accept(Assessment a) throws IOException;
    }

    /** Called after each document with the running counts and bytes consumed (for progress). */
    interface Progress {
        void update(long documents, long bytes);
    }

    Scan(RiskEngine engine, ReaderLimits limits, LocalDate asOf, int threads) {
        this.engine = engine;
        this.limits = limits;
        this.parser = new DocumentParser(limits);
        this.asOf = asOf;
        this.threads = Math.max(1, threads);
    }

    /** An assessed document and the warnings of its read. */
    private record Warned(Assessment assessment, org.matrisk.model.DocumentInfo info, List<org.matrisk.json.read.Problem> warnings) {}

    private Object process(RawDocument raw) {
        ReadResult r = parser.parse(raw);
        if (r instanceof Parsed p) {
            if (strict && !p.warnings().isEmpty()) return new Rejected(p.info(), p.warnings());
            TrustDocument doc = asOf == null ? p.document() : p.document().withAsOf(asOf);
            LocalDate start = doc.period() == null ? null : doc.period().start();
            if (start != null && doc.asOf() != null && doc.asOf().isBefore(start)) {
                return new Rejected(doc.info(), List.of(new org.matrisk.json.read.Problem(asOf == null ? "/asOf" : "",
                        (asOf == null ? "asOf " : "asOf (--as-of) ") + doc.asOf() + " is before period.start " + start
                                + "; expected an asOf on or after the first day of the financial year assessed")));
            }
            try {
                Assessment a = engine.assess(doc);
                if (includeNames) a = org.matrisk.engine.NameDisclosure.withNames(a, doc);
                if (nameCompanies) a = CompanyNames.named(a, doc);
                return p.warnings().isEmpty() ? a : new Warned(a, p.info(), p.warnings());
            } catch (RuntimeException e) {
                // one document the engine cannot assess never stops the batch: it is rejected, counted, and named
                // (the exception's class only: a message could echo input data)
                return new Rejected(doc.info(), List.of(new org.matrisk.json.read.Problem("",
                        "the engine failed on this document (" + e.getClass().getSimpleName() + "); please report it with the document")));
            }
        }
        return r;
    }

    Result run(List<String> inputs, AssessmentSink assessed, Consumer<Rejected> rejected) throws IOException {
        return run(inputs, assessed, rejected, (d, b) -> {});
    }

    Result run(List<String> inputs, AssessmentSink assessed, Consumer<Rejected> rejected, Progress progress) throws IOException {
        Counter c = new Counter();
        try (DocumentSources docs = DocumentSources.of(inputs, limits)) {
            if (threads == 1) {
                while (docs.hasNext()) {
                    RawDocument raw = docs.next();
                    c.take(unwarn(process(raw)), raw.bytes().length, assessed, rejected, progress);
                }
            } else {
                parallel(docs, c, assessed, rejected, progress);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Result(c.read, c.ok, c.bad);
    }

    private record InFlight(CompletableFuture<Object> result, int bytes, int permits) {}

    private static final InFlight END = new InFlight(null, 0, 0);

    private void parallel(DocumentSources docs, Counter c, AssessmentSink assessed, Consumer<Rejected> rejected, Progress progress) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "matrisk-assess");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<InFlight> queue = new ArrayBlockingQueue<>(4 * threads);
        int budget = (int) Math.min(Integer.MAX_VALUE, BYTES_IN_FLIGHT);
        Semaphore bytes = new Semaphore(budget);
        CompletableFuture<Void> reader = new CompletableFuture<>();
        Thread readerThread = new Thread(() -> {
            try {
                while (docs.hasNext()) {
                    RawDocument raw = docs.next();
                    int permits = Math.min(raw.bytes().length, budget);
                    bytes.acquire(permits);
                    queue.put(new InFlight(CompletableFuture.supplyAsync(() -> process(raw), pool), raw.bytes().length, permits));
                }
                queue.put(END);
                reader.complete(null);
            } catch (InterruptedException e) {
                reader.completeExceptionally(e);
            } catch (RuntimeException e) {
                reader.completeExceptionally(e);
            }
        }, "matrisk-read");
        readerThread.setDaemon(true);
        readerThread.start();
        try {
            while (true) {
                InFlight next = queue.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (next == null) {
                    if (reader.isDone()) {
                        reader.join(); // rethrows a reader failure
                        if (queue.isEmpty()) break;
                    }
                    continue;
                }
                if (next == END) break;
                Object result = next.result().get();
                bytes.release(next.permits());
                c.take(unwarn(result), next.bytes(), assessed, rejected, progress);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("scan interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IOException(e.getCause());
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw e;
        } finally {
            readerThread.interrupt();
            pool.shutdownNow();
        }
    }

    /** Reports the warnings of an assessed document (on the writing thread, in input order) and returns its assessment. */
    private Object unwarn(Object result) {
        if (result instanceof Warned w) {
            warningSink.warn(w.info(), w.warnings());
            return w.assessment();
        }
        return result;
    }

    private static final class Counter {
        long read, ok, bad, bytes;

        void take(Object result, long size, AssessmentSink assessed, Consumer<Rejected> rejected, Progress progress) throws IOException {
            read++;
            bytes += size;
            if (result instanceof Assessment a) {
                assessed.accept(a);
                ok++;
            } else {
                rejected.accept((Rejected) result);
                bad++;
            }
            progress.update(read, bytes);
        }
    }
}
