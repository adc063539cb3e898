package org.matrisk.kafka;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.matrisk.engine.inline.Decision;
import org.matrisk.engine.inline.InlineChecker;
import org.matrisk.engine.inline.TrustContext;
import org.matrisk.json.read.DocumentParser;
import org.matrisk.json.read.Parsed;
import org.matrisk.json.read.Problem;
import org.matrisk.json.read.RawDocument;
import org.matrisk.json.read.ReadResult;
import org.matrisk.json.read.Rejected;
import org.matrisk.model.Enums.Direction;
import org.matrisk.model.Period;
import org.matrisk.model.Transaction;
import org.matrisk.model.TrustDocument;

/**
 * The ledger flow: per trust, its context and payments in the state stores ({@link LedgerStores}); each
 * ledger event in, exactly one record out, to the decisions topic ({@link EventJson}) or to the
 * dead-letter topic ({@link DeadLetter}). Decisions come from the engine's {@link TrustContext}, so they
 * are what a full assessment of the trust's recorded ledger would report.
 *
 * <p>Deterministic: the output depends only on the stores and the record. Trust contexts are cached in
 * memory (least recently used first out) only as a copy of what the stores hold, and the cache is
 * dropped whenever the task is (re)initialised or closed, e.g. after an aborted transaction, so the
 * stores stay the only truth. Only pure work (reading, checking) is guarded against exceptions;
 * store and forward failures propagate so that exactly-once processing can abort and retry.
 */
final class LedgerProcessor implements Processor<String, byte[], String, byte[]> {
    static final String DECISIONS_SINK = "decisions-sink";
    static final String DEAD_LETTER_SINK = "ledger-dead-letter-sink";
    /** A declaration, notice or party event is kept whole in the trust's context: at most this many bytes. */
    static final int MAX_CHANGE_BYTES = 65_536;

    private final InlineChecker checker;
    private final LedgerEventReader reader;
    private final DocumentParser parser;
    private final LedgerOptions options;

    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, byte[]> contexts;
    private KeyValueStore<String, byte[]> payments;
    private ContextCache cache;

    private final FlowCounters counters;

    LedgerProcessor(InlineChecker checker, DocumentParser parser, LedgerOptions options, FlowCounters counters) {
        this.counters = counters;
        this.checker = checker;
        this.parser = parser;
        this.reader = new LedgerEventReader(parser);
        this.options = options;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.contexts = context.getStateStore(LedgerStores.CONTEXTS);
        this.payments = context.getStateStore(LedgerStores.PAYMENTS);
        this.cache = new ContextCache(options.cachedTrusts(), options.cachedPayments());
    }

    @Override
    public void close() {
        if (cache != null) cache.clear();
    }

    @Override
    public void process(Record<String, byte[]> record) {
        counters.read.increment();
        RecordMetadata source = context.recordMetadata().orElse(null);
        String trust = record.key();
        if (trust == null || trust.isEmpty()) {
            dead(record, source, "NO_KEY", "", "the record has no key; the key must be the trust id");
            return;
        }
        String badKey = Keys.problem(trust);
        if (badKey != null) {
            dead(record, source, "INVALID_KEY", "", badKey);
            return;
        }
        LedgerEventReader.Result read = reader.read(record.value(), source == null ? "ledger" : source.topic(), source == null ? 0 : source.offset());
        if (read instanceof LedgerEventReader.Bad bad) {
            dead(record, source, bad.kind(), bad.pointer(), bad.reason(), bad.describe());
            return;
        }
        LedgerEvent event = ((LedgerEventReader.Ok) read).event();
        if (event instanceof LedgerEvent.Context c) {
            loadContext(record, source, trust, c);
            return;
        }
        if (isChange(event) && record.value().length > MAX_CHANGE_BYTES) {
            dead(record, source, "INVALID_EVENT", "", "a " + event.type() + " event is kept in the trust's context and may be at most "
                    + MAX_CHANGE_BYTES + " bytes; this one is " + record.value().length);
            return;
        }
        TrustContext current = context(trust);
        if (current == null) {
            dead(record, source, "NO_CONTEXT", "", "no CONTEXT event has been read for trust " + trust + "; load its context before its ledger");
            return;
        }
        Problem missing = unresolved(current, event);
        if (missing != null) {
            dead(record, source, "UNKNOWN_REFERENCE", missing.pointer(), missing.reason());
        } else if (event instanceof LedgerEvent.Payment p) {
            payment(record, source, trust, current, p);
        } else if (event instanceof LedgerEvent.Special s) {
            Decision d;
            try {
                d = current.check(s.payment());
            } catch (RuntimeException e) {
                dead(record, source, "PROCESSING_FAILED", "", "the special payment could not be checked: " + e);
                return;
            }
            emit(record, trust, EventJson.decision(trust, event, d));
        } else if (event instanceof LedgerEvent.Declaration d) {
            change(record, source, trust, event, () -> current.withInterest(d.personId(), d.interest()));
        } else if (event instanceof LedgerEvent.NoticeIssued n) {
            change(record, source, trust, event, () -> current.withNotice(n.notice()));
        } else if (event instanceof LedgerEvent.PartyAdded p) {
            change(record, source, trust, event, () -> current.withParty(p.party()));
        }
    }

    private void payment(Record<String, byte[]> record, RecordMetadata source, String trust, TrustContext current, LedgerEvent.Payment p) {
        Transaction tx = p.transaction();
        boolean recorded = tx.direction() == Direction.PAYMENT;
        int fy = Period.financialYearEnd(tx.date());
        if (recorded && futureDated(fy, record.timestamp())) {
            dead(record, source, "FUTURE_DATED", "/date", "payment " + DeadLetter.quote(tx.id(), 64) + " is dated " + tx.date()
                    + ", in financial year " + yearLabel(fy) + ", after the financial year following the record's timestamp ("
                    + Instant.ofEpochMilli(record.timestamp()) + "): it is not recorded, so it cannot move trust " + trust
                    + "'s retained years");
            return;
        }
        OptionalInt latest = current.latestYear();
        if (recorded && latest.isPresent() && fy < firstRetained(latest.getAsInt())) {
            dead(record, source, "OUT_OF_WINDOW", "/date", "payment " + tx.id() + " is dated " + tx.date() + ", in financial year "
                    + yearLabel(fy) + ", before the " + options.retainedYears() + " financial years kept for trust " + trust
                    + " (from " + yearLabel(firstRetained(latest.getAsInt())) + "): its running totals are no longer kept");
            return;
        }
        Decision d;
        TrustContext next;
        try {
            d = current.check(tx);
            next = recorded ? current.withPayment(tx) : current;
        } catch (RuntimeException e) {
            dead(record, source, "PROCESSING_FAILED", "", "the payment could not be checked: " + e);
            return;
        }
        if (recorded) {
            current.payment(tx.id()).ifPresent(old -> payments.delete(LedgerStores.paymentKey(trust, old)));
            payments.put(LedgerStores.paymentKey(trust, tx), LedgerStores.encodePayment(tx));
            next = retain(trust, next, latest);
            cache.put(trust, next);
        }
        emit(record, trust, EventJson.decision(trust, p, d));
    }

    /** A declaration, notice or party: applied to the context and kept, as it came, in the trust's stored context. */
    private void change(Record<String, byte[]> record, RecordMetadata source, String trust, LedgerEvent event,
                        Supplier<TrustContext> apply) {
        TrustContext next;
        try {
            next = apply.get();
        } catch (RuntimeException e) {
            dead(record, source, "INVALID_EVENT", "", String.valueOf(e.getMessage()));
            return;
        }
        int seq = LedgerStores.decodeInt(contexts.get(LedgerStores.nextChangeKey(trust)));
        contexts.put(LedgerStores.changeKey(trust, seq), record.value());
        contexts.put(LedgerStores.nextChangeKey(trust), LedgerStores.encodeInt(seq + 1));
        cache.put(trust, next);
        emit(record, trust, EventJson.contextUpdated(trust, event, next));
    }

    private void loadContext(Record<String, byte[]> record, RecordMetadata source, String trust, LedgerEvent.Context c) {
        TrustDocument doc = c.document();
        if (!trust.equals(doc.trust().id())) {
            dead(record, source, "KEY_MISMATCH", "/document/trust/id", "the document is trust " + doc.trust().id()
                    + " but the record's key is " + trust + "; the key must be the trust id");
            return;
        }
        if (doc.transactions() != null)
            for (int i = 0; i < doc.transactions().size(); i++) {
                Transaction t = doc.transactions().get(i);
                if (t.direction() == Direction.PAYMENT && futureDated(Period.financialYearEnd(t.date()), record.timestamp())) {
                    dead(record, source, "FUTURE_DATED", "/document/transactions/" + i + "/date", "transaction " + DeadLetter.quote(t.id(), 64)
                            + " is dated " + t.date() + ", after the financial year following the record's timestamp ("
                            + Instant.ofEpochMilli(record.timestamp()) + "); the context is not loaded");
                    return;
                }
            }
        TrustContext current = context(trust);
        TrustContext next;
        try {
            next = current == null ? checker.load(doc) : current.withDocument(doc);
        } catch (RuntimeException e) {
            dead(record, source, "PROCESSING_FAILED", "/document", "the context could not be loaded: " + e);
            return;
        }
        if (doc.transactions() != null) {
            deleteAll(payments, LedgerStores.trustPrefix(trust), null);
            OptionalInt latest = next.latestYear();
            if (latest.isPresent()) next = next.retainYearsFrom(firstRetained(latest.getAsInt()));
            for (Transaction t : next.payments()) payments.put(LedgerStores.paymentKey(trust, t), LedgerStores.encodePayment(t));
        }
        deleteAll(contexts, LedgerStores.trustPrefix(trust), null);   // the changes applied to the context replaced
        contexts.delete(LedgerStores.nextChangeKey(trust));
        contexts.put(trust, new LedgerStores.StoredContext(c.documentWithoutTransactions()).encode());
        cache.put(trust, next);
        emit(record, trust, EventJson.contextUpdated(trust, c, next));
    }

    /** Keeps the retained years once a payment has moved the latest financial year on; drops the older ones from the store too. */
    private TrustContext retain(String trust, TrustContext next, OptionalInt before) {
        OptionalInt after = next.latestYear();
        if (after.isEmpty() || (before.isPresent() && before.getAsInt() == after.getAsInt())) return next;
        int first = firstRetained(after.getAsInt());
        deleteAll(payments, LedgerStores.trustPrefix(trust), LedgerStores.yearStart(trust, first));
        return next.retainYearsFrom(first);
    }

    /** A financial year as written in messages: {@code 2023/24} for Y = 2024. */
    static String yearLabel(int yearEnd) {
        return (yearEnd - 1) + "/" + String.format("%02d", yearEnd % 100);
    }

    private int firstRetained(int latestYear) { return latestYear - options.retainedYears() + 1; }

    /** Deletes the keys of {@code store} from {@code from} (a prefix) up to, not including, {@code to} (null: the whole prefix). */
    private static void deleteAll(KeyValueStore<String, byte[]> store, String from, String to) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = to == null ? store.prefixScan(from, new StringSerializer()) : store.range(from, to)) {
            while (it.hasNext()) {
                String k = it.next().key;
                if (to == null || k.compareTo(to) < 0) keys.add(k);
            }
        }
        for (String k : keys) store.delete(k);
    }

    private static boolean isChange(LedgerEvent e) {
        return e instanceof LedgerEvent.Declaration || e instanceof LedgerEvent.NoticeIssued || e instanceof LedgerEvent.PartyAdded;
    }

    /**
     * A payment is future-dated when its financial year ends after the one following the financial year of
     * the record's timestamp (the producer's or the broker's clock, kept with the record, so a replay decides
     * the same). A record without a timestamp is never future-dated.
     */
    static boolean futureDated(int financialYearEnd, long timestamp) {
        if (timestamp <= 0) return false;
        LocalDate stamped = Instant.ofEpochMilli(timestamp).atZone(ZoneOffset.UTC).toLocalDate();
        return financialYearEnd > Period.financialYearEnd(stamped) + 1;
    }

    /** The trust's context: from the cache, or rebuilt from the stores (null when no CONTEXT has been read). */
    private TrustContext context(String trust) {
        TrustContext cached = cache.get(trust);
        if (cached != null) return cached;
        byte[] value = contexts.get(trust);
        if (value == null) return null;
        LedgerStores.StoredContext stored = LedgerStores.StoredContext.decode(value);
        ReadResult r = parser.parse(RawDocument.of(LedgerStores.CONTEXTS, 0, 1, stored.document()));
        if (r instanceof Rejected rej) throw new IllegalStateException("the stored context of trust " + trust + " no longer reads: " + rej.describe());
        TrustDocument doc = ((Parsed) r).document();
        List<Transaction> ledger = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = payments.prefixScan(LedgerStores.trustPrefix(trust), new StringSerializer())) {
            while (it.hasNext()) {
                KeyValue<String, byte[]> kv = it.next();
                ledger.add(LedgerStores.decodePayment(kv.key, kv.value));
            }
        }
        TrustContext ctx = checker.load(withTransactions(doc, ledger));
        for (byte[] change : stored.changes()) ctx = apply(trust, ctx, change);
        try (KeyValueIterator<String, byte[]> it = contexts.prefixScan(LedgerStores.trustPrefix(trust), new StringSerializer())) {
            while (it.hasNext()) ctx = apply(trust, ctx, it.next().value);
        }
        cache.put(trust, ctx);
        return ctx;
    }

    private TrustContext apply(String trust, TrustContext ctx, byte[] change) {
        LedgerEvent e = ((LedgerEventReader.Ok) reader.read(change, LedgerStores.CONTEXTS, 0)).event();
        if (e instanceof LedgerEvent.Declaration d) return ctx.withInterest(d.personId(), d.interest());
        if (e instanceof LedgerEvent.NoticeIssued n) return ctx.withNotice(n.notice());
        if (e instanceof LedgerEvent.PartyAdded p) return ctx.withParty(p.party());
        throw new IllegalStateException("a stored context change of trust " + trust + " is a " + e.type());
    }

    private static TrustDocument withTransactions(TrustDocument d, List<Transaction> ts) {
        return d.withTransactions(ts);
    }

    /** The first reference of {@code e} that does not resolve in the trust's context, or null. */
    private static Problem unresolved(TrustContext ctx, LedgerEvent e) {
        if (e instanceof LedgerEvent.Payment p && ctx.party(p.transaction().partyId()).isEmpty())
            return new Problem("/partyId", "partyId " + p.transaction().partyId() + " is not a party of trust " + ctx.trustId()
                    + "; add it with a PARTY event first");
        if (e instanceof LedgerEvent.Special s && s.payment().personId() != null && ctx.person(s.payment().personId()).isEmpty())
            return new Problem("/personId", "personId " + s.payment().personId() + " is not a person of trust " + ctx.trustId());
        if (e instanceof LedgerEvent.Declaration d) {
            if (ctx.person(d.personId()).isEmpty())
                return new Problem("/personId", "personId " + d.personId() + " is not a person of trust " + ctx.trustId());
            if (ctx.party(d.interest().partyId()).isEmpty())
                return new Problem("/partyId", "partyId " + d.interest().partyId() + " is not a party of trust " + ctx.trustId()
                        + "; add it with a PARTY event first");
        }
        return null;
    }

    private void emit(Record<String, byte[]> in, String trust, byte[] json) {
        if (json.length > Keys.MAX_OUTPUT_BYTES) {
            RecordMetadata source = context.recordMetadata().orElse(null);
            dead(in, source, "OUTPUT_TOO_LARGE", "", "the decision or update for this event would be " + json.length
                    + " bytes, more than the " + Keys.MAX_OUTPUT_BYTES + " an output record may have (its ids or texts are too long)");
            return;
        }
        context.forward(new Record<>(trust, json, in.timestamp(), new RecordHeaders()), DECISIONS_SINK);
        counters.written.increment();
    }

    private void dead(Record<String, byte[]> in, RecordMetadata source, String kind, String pointer, String reason) {
        dead(in, source, kind, pointer, reason, null);
    }

    private void dead(Record<String, byte[]> in, RecordMetadata source, String kind, String pointer, String reason, String problems) {
        context.forward(DeadLetter.of(in, source, kind, reason, pointer, problems), DEAD_LETTER_SINK);
        counters.dead.increment();
    }

    /**
     * The trust contexts kept in memory, least recently used first out, bounded by their number and by the payments they
     * hold together (a context's heap grows with its ledger); the context just put is always kept.
     */
    static final class ContextCache {
        private final LinkedHashMap<String, TrustContext> map = new LinkedHashMap<>(16, 0.75f, true);
        private final int maxTrusts;
        private final long maxPayments;
        private long payments;

        ContextCache(int maxTrusts, long maxPayments) {
            this.maxTrusts = maxTrusts;
            this.maxPayments = maxPayments;
        }

        TrustContext get(String trust) { return map.get(trust); }

        void put(String trust, TrustContext ctx) {
            TrustContext old = map.put(trust, ctx);
            if (old != null) payments -= old.paymentCount();
            payments += ctx.paymentCount();
            var it = map.entrySet().iterator();
            while ((map.size() > maxTrusts || payments > maxPayments) && map.size() > 1) {
                Map.Entry<String, TrustContext> eldest = it.next();
                if (eldest.getKey().equals(trust)) continue;
                payments -= eldest.getValue().paymentCount();
                it.remove();
            }
        }

        void clear() {
            map.clear();
            payments = 0;
        }

        int size() { return map.size(); }

        long payments() { return payments; }
    }
}
