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
    record Entry(TrustContext context, String skeletonPrefix, PartySkeletons parties) {
        Entry(TrustContext context, String skeletonPrefix) {
            this(context, skeletonPrefix, PartySkeletons.of(skeletonPrefix));
        }

        int payments() { return context.paymentCount(); }
    }

    /**
     * A transaction is read as the only transaction of its context's document, so that the reader checks it as part of
     * that document (its party, people and academies resolve, a version 2 document's coverage applies). Most of a
     * document is its parties, and a transaction names one: it is read against the document with that party alone
     * (the envelope), which reads the same transaction; whatever that read refuses is read again against the whole
     * document, so every problem reported is the whole document's.
     */
    static final class PartySkeletons {
        private final String envelopePrefix;          // the skeleton without its parties, ending before the final brace
        private final Map<String, String> parties;    // party id -> the party's JSON as in the skeleton
        private final String referenced;              // the JSON of the parties the rest of the document refers to, comma-separated
        private final java.util.Set<String> referencedIds;

        private PartySkeletons(String envelopePrefix, Map<String, String> parties, String referenced, java.util.Set<String> referencedIds) {
            this.envelopePrefix = envelopePrefix;
            this.parties = parties;
            this.referenced = referenced;
            this.referencedIds = referencedIds;
        }

        static PartySkeletons of(String skeletonPrefix) {
            try {
                JsonObject o = JsonParser.parseString(skeletonPrefix + "}").getAsJsonObject();
                JsonElement list = o.remove("parties");
                if (list == null || !list.isJsonArray()) return null;
                Map<String, String> byId = new java.util.LinkedHashMap<>();
                Map<String, JsonElement> objects = new java.util.HashMap<>();
                for (JsonElement p : list.getAsJsonArray()) {
                    if (!p.isJsonObject()) return null;
                    JsonElement id = p.getAsJsonObject().get("id");
                    if (id == null || !id.isJsonPrimitive() || byId.put(id.getAsString(), AssessmentGson.COMPACT.toJson(p)) != null) return null;
                    objects.put(id.getAsString(), p);
                }
                // the parties the rest of the document names (interests, transfers, ...), and those they name in turn
                java.util.Set<String> keep = new java.util.LinkedHashSet<>();
                java.util.Deque<String> todo = new java.util.ArrayDeque<>();
                partyRefs(o, null, todo);
                while (!todo.isEmpty()) {
                    String id = todo.pop();
                    if (objects.containsKey(id) && keep.add(id)) partyRefs(objects.get(id), null, todo);
                }
                StringBuilder referenced = new StringBuilder();
                for (String id : byId.keySet()) if (keep.contains(id)) referenced.append(referenced.length() == 0 ? "" : ",").append(byId.get(id));
                String envelope = AssessmentGson.COMPACT.toJson(o);
                return new PartySkeletons(envelope.substring(0, envelope.lastIndexOf('}')), byId, referenced.toString(), keep);
            } catch (RuntimeException e) {
                return null; // read against the whole document
            }
        }

        /** The string values of members named like a party reference ({@code partyId}, {@code toPartyId}, {@code partyIds}, ...) under {@code e}. */
        private static void partyRefs(JsonElement e, String name, java.util.Deque<String> out) {
            boolean ref = name != null && (name.endsWith("artyId") || name.endsWith("artyIds"));
            if (e.isJsonObject()) for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) partyRefs(m.getValue(), m.getKey(), out);
            else if (e.isJsonArray()) for (JsonElement x : e.getAsJsonArray()) partyRefs(x, name, out);
            else if (ref && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) out.push(e.getAsString());
        }

        /**
         * The skeleton prefix with only the party {@code body} names and the parties the rest of the document names, or
         * null when {@code body} names none of the context's parties (or is not a JSON object).
         */
        String prefixFor(byte[] body) {
            String id;
            try {
                JsonElement e = JsonParser.parseString(new String(Inputs.withoutBom(body), StandardCharsets.UTF_8));
                JsonElement p = e.isJsonObject() ? e.getAsJsonObject().get("partyId") : null;
                id = p != null && p.isJsonPrimitive() && p.getAsJsonPrimitive().isString() ? p.getAsString() : null;
            } catch (RuntimeException x) {
                return null;
            }
            String party = id == null ? null : parties.get(id);
            if (party == null) return null;
            String named = referencedIds.contains(id) ? referenced : referenced.isEmpty() ? party : referenced + "," + party;
            return envelopePrefix + (envelopePrefix.endsWith("{") ? "" : ",") + "\"parties\":[" + named + "]";
        }
    }

    /** {@code body} read as the only transaction of the context's document (see {@link PartySkeletons}). */
    private Transaction transaction(Entry e, byte[] body, boolean names) {
        String quick = e.parties() == null ? null : e.parties().prefixFor(body);
        if (quick != null) {
            try {
                return inputs.transaction(body, quick, names).transactions().get(0);
            } catch (ProblemException refused) {
                // read against the whole document below: its problems are the ones reported
            }
        }
        return inputs.transaction(body, e.skeletonPrefix(), names).transactions().get(0);
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
        Entry e = new Entry(ctx, prefix);
        List<Transaction> ledger = new ArrayList<>(s.ledger().size());
        for (byte[] tx : s.ledger()) ledger.add(transaction(e, tx, true));
        if (!ledger.isEmpty()) ctx = ctx.withDocument(base.withTransactions(ledger));
        return new Entry(ctx, prefix, e.parties());
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
        Transaction t = transaction(e, body, names);
        return decide(e.context(), t);
    }

    /** Records a payment: its decision at the time, then the ledger with it, durable before this returns. */
    Decision record(String trustId, byte[] body, boolean names) {
        synchronized (lock(trustId)) {
            Entry e = require(trustId);
            Transaction t = transaction(e, body, names);
            Decision d = decide(e.context(), t);
            TrustContext next = e.context().withPayment(t);
            try {
                store.recordPayment(trustId, t.id(), Inputs.withoutBom(body), DecisionJson.toJson(d));
            } catch (SQLException x) {
                throw new IllegalStateException("the store could not be written (" + x.getClass().getSimpleName() + ")");
            }
            cache.put(trustId, new Entry(next, e.skeletonPrefix(), e.parties()));
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
