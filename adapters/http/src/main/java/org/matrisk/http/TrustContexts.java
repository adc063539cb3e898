package org.matrisk.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.matrisk.engine.inline.Decision;
import org.matrisk.engine.inline.InlineChecker;
import org.matrisk.engine.inline.TrustContext;
import org.matrisk.json.read.Problem;
import org.matrisk.json.write.AssessmentGson;
import org.matrisk.json.write.DecisionJson;
import org.matrisk.model.Transaction;
import org.matrisk.model.TrustDocument;

/**
 * The trust contexts the service holds: each an engine {@link TrustContext} (the inline check of the
 * rule pack in use, one Drools session per trust) kept in memory, and its document and ledger in the
 * {@link ContextStore}. A context not in memory is rebuilt from the store on first use (after a
 * restart). Recording a payment, and replacing a context, are serialised per trust; checks run
 * concurrently on the immutable context.
 */
final class TrustContexts {

    /** A context in memory: the engine's context and the JSON of its document without transactions (without the final brace). */
    record Entry(TrustContext context, String skeletonPrefix) {
        int payments() { return context.paymentCount(); }
    }

    private final InlineChecker checker;
    private final ContextStore store;
    private final Inputs inputs;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    TrustContexts(InlineChecker checker, ContextStore store, Inputs inputs) {
        this.checker = checker;
        this.store = store;
        this.inputs = inputs;
    }

    String rulePackSha256() { return checker.engine().pack().sha256(); }

    private Object lock(String trustId) { return locks.computeIfAbsent(trustId, k -> new Object()); }

    /** The context of {@code trustId}, from memory or the store. */
    Optional<Entry> get(String trustId) {
        Entry e = cache.get(trustId);
        if (e != null) return Optional.of(e);
        synchronized (lock(trustId)) {
            e = cache.get(trustId);
            if (e != null) return Optional.of(e);
            Optional<ContextStore.Stored> s;
            try {
                s = store.load(trustId);
            } catch (SQLException x) {
                throw new IllegalStateException("the store could not be read (" + x.getClass().getSimpleName() + ")");
            }
            if (s.isEmpty()) return Optional.empty();
            e = rebuild(s.get());
            cache.put(trustId, e);
            return Optional.of(e);
        }
    }

    Entry require(String trustId) {
        return get(trustId).orElseThrow(() -> new ProblemException(404, "Unknown trust context",
                "no context for trust " + trustId + "; PUT /v1/trusts/" + trustId + "/context first",
                List.of(new Problem("", "no context for this trust"))));
    }

    /**
     * A context as stored: the skeleton alone, then each recorded transaction read as the only
     * transaction of the skeleton (as it was read when it was recorded) and added to the ledger.
     */
    private Entry rebuild(ContextStore.Stored s) {
        String skeleton = new String(s.skeleton(), StandardCharsets.UTF_8);
        String prefix = skeleton.substring(0, skeleton.lastIndexOf('}'));
        TrustDocument base = inputs.document(s.skeleton(), "store", 0, true);
        TrustContext ctx = checker.load(base);
        List<Transaction> ledger = new ArrayList<>(s.ledger().size());
        for (byte[] tx : s.ledger()) ledger.add(inputs.transaction(tx, prefix, true).transactions().get(0));
        if (!ledger.isEmpty()) ctx = ctx.withDocument(base.withTransactions(ledger));
        return new Entry(ctx, prefix);
    }

    /**
     * Replaces (or creates) the context of {@code doc}'s trust. When the document lists
     * {@code transactions}, they become the ledger; when it has none, the recorded ledger is kept.
     */
    Entry put(String trustId, TrustDocument doc, byte[] body) {
        JsonObject o = JsonParser.parseString(new String(Inputs.withoutBom(body), StandardCharsets.UTF_8)).getAsJsonObject();
        JsonElement txs = o.remove("transactions");
        String skeleton = AssessmentGson.COMPACT.toJson(o);
        List<String[]> ledger = null;
        if (txs != null && txs.isJsonArray()) {
            ledger = new ArrayList<>();
            JsonArray a = txs.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                ledger.add(new String[] {doc.transactions().get(i).id(), AssessmentGson.COMPACT.toJson(a.get(i))});
            }
        }
        synchronized (lock(trustId)) {
            Entry old = get(trustId).orElse(null);
            try {
                store.putContext(trustId, skeleton.getBytes(StandardCharsets.UTF_8), ledger);
            } catch (SQLException x) {
                throw new IllegalStateException("the store could not be written (" + x.getClass().getSimpleName() + ")");
            }
            // withDocument: the document's transactions replace the ledger; without any, the ledger is kept
            TrustContext ctx = old == null ? checker.load(doc) : old.context().withDocument(doc);
            Entry e = new Entry(ctx, skeleton.substring(0, skeleton.lastIndexOf('}')));
            cache.put(trustId, e);
            return e;
        }
    }

    /** The decision for a proposed transaction; records nothing. */
    Decision check(String trustId, byte[] body, boolean names) {
        Entry e = require(trustId);
        Transaction t = inputs.transaction(body, e.skeletonPrefix(), names).transactions().get(0);
        return decide(e.context(), t);
    }

    /** Records a payment: its decision at the time, then the ledger with it, durable before this returns. */
    Decision record(String trustId, byte[] body, boolean names) {
        synchronized (lock(trustId)) {
            Entry e = require(trustId);
            Transaction t = inputs.transaction(body, e.skeletonPrefix(), names).transactions().get(0);
            Decision d = decide(e.context(), t);
            TrustContext next = e.context().withPayment(t);
            try {
                store.recordPayment(trustId, t.id(), Inputs.withoutBom(body), DecisionJson.toJson(d));
            } catch (SQLException x) {
                throw new IllegalStateException("the store could not be written (" + x.getClass().getSimpleName() + ")");
            }
            cache.put(trustId, new Entry(next, e.skeletonPrefix()));
            return d;
        }
    }

    private static Decision decide(TrustContext ctx, Transaction t) {
        try {
            return ctx.check(t);
        } catch (IllegalArgumentException x) {
            // the engine's own precondition (an id, date, party, amount and direction): ids only, no names
            throw new ProblemException(422, "Invalid input", "the transaction cannot be checked: " + x.getMessage(),
                    List.of(new Problem("", x.getMessage())));
        }
    }
}
