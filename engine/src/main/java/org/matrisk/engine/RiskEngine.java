package org.matrisk.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.matrisk.assessment.Assessment;
import org.matrisk.assessment.Decided;
import org.matrisk.assessment.SectionCoverage;
import org.matrisk.assessment.Evidence;
import org.matrisk.assessment.Finding;
import org.matrisk.assessment.ParameterUse;
import org.matrisk.assessment.UnknownOutcome;
import org.matrisk.engine.facts.AssessmentContext;
import org.matrisk.engine.facts.Outcome;
import org.matrisk.engine.facts.RuleInfo;
import org.matrisk.engine.facts.Status;
import org.matrisk.engine.pack.PackCompiler;
import org.matrisk.engine.pack.RuleCatalog;
import org.matrisk.engine.pack.RuleMeta;
import org.matrisk.engine.pack.RulePack;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.engine.rating.AssessmentCoverage;
import org.matrisk.engine.rating.RatingPolicy;
import org.matrisk.model.TrustDocument;

/**
 * Assesses trust documents against a rule pack. Build it once and share it: {@link #assess} is
 * thread-safe, each call evaluating in its own session. The built-in pack is precompiled at build time
 * (Drools' executable model: building its rule base loads classes, a few seconds at most on a cold JVM);
 * a custom pack's DRL is compiled when the engine is built (several seconds to tens of seconds).
 *
 * <pre>
 * RiskEngine engine = RiskEngine.builtin();
 * Assessment a = engine.assess(document);
 * </pre>
 */
public final class RiskEngine {
    public static final String VERSION = "0.1.0";

    private final RulePack pack;
    private final KieBase kieBase;
    private final RuleCatalog catalog;
    private final RatingPolicy policy;
    private final List<RuleInfo> ruleInfos;
    private final DataNeeds needs;
    private final java.util.Collection<org.drools.base.base.ObjectType> matchedTypes;
    private final java.util.concurrent.ConcurrentHashMap<Class<?>, Boolean> inserted = new java.util.concurrent.ConcurrentHashMap<>();

    private RiskEngine(RulePack pack, RatingPolicy policy) {
        PackCompiler.Compiled compiled = PackCompiler.compile(pack);
        this.pack = pack;
        this.kieBase = compiled.kieBase();
        this.catalog = compiled.catalog();
        this.policy = Objects.requireNonNull(policy);
        this.ruleInfos = catalog.rules().stream().map(r -> new RuleInfo(r.id(), r.area(), r.severity())).toList();
        this.needs = new DataNeeds(catalog);
        this.matchedTypes = objectTypes(kieBase);
    }

    /** The object types the Rete has nodes for (drools-core, where the node type lives, is a runtime-only dependency). */
    private static List<org.drools.base.base.ObjectType> objectTypes(KieBase kieBase) {
        try {
            Object rete = kieBase.getClass().getMethod("getRete").invoke(kieBase);
            List<?> nodes = (List<?>) rete.getClass().getMethod("getObjectTypeNodes").invoke(rete);
            List<org.drools.base.base.ObjectType> types = new ArrayList<>();
            for (Object node : nodes) types.add((org.drools.base.base.ObjectType) node.getClass().getMethod("getObjectType").invoke(node));
            return List.copyOf(types);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read the object types of the compiled rule base", e);
        }
    }

    /**
     * Whether some pattern of the pack can match facts of this class. A fact no pattern matches
     * cannot change any outcome, so it is not inserted: a ledger of 100,000 lines costs nothing when no
     * rule matches {@code Transaction} directly (rules may still read them {@code from} the document).
     */
    private boolean matched(Class<?> type) {
        return inserted.computeIfAbsent(type, t -> matchedTypes.stream().anyMatch(ot -> ot.isAssignableFrom(t)));
    }

    private static volatile RiskEngine builtin;

    /** The engine for the built-in pack and default rating policy, built once per JVM from the precompiled pack. */
    public static RiskEngine builtin() {
        RiskEngine e = builtin;
        if (e == null) {
            synchronized (RiskEngine.class) {
                if (builtin == null) builtin = new RiskEngine(RulePack.builtin(), RatingPolicy.DEFAULT);
                e = builtin;
            }
        }
        return e;
    }

    public static RiskEngine of(RulePack pack) { return new RiskEngine(pack, RatingPolicy.DEFAULT); }
    public static RiskEngine of(RulePack pack, RatingPolicy policy) { return new RiskEngine(pack, policy); }

    public RulePack pack() { return pack; }
    public RuleCatalog catalog() { return catalog; }
    public RatingPolicy policy() { return policy; }

    /** Evaluates every rule against one document and rates it. */
    public Assessment assess(TrustDocument doc) {
        List<Outcome> outcomes = evaluate(doc);
        return assemble(doc, outcomes);
    }

    /** The raw rule outcomes (FAIL and UNKNOWN) for one document. */
    public List<Outcome> evaluate(TrustDocument doc) {
        KieSession session = kieBase.newKieSession();
        try {
            for (Object fact : facts(doc)) session.insert(fact);
            session.fireAllRules();
            return outcomes(session);
        } finally {
            session.dispose();
        }
    }

    /**
     * What a session is given for one document: its context, the input facts some pattern of the pack
     * matches, the rule infos and the UNKNOWN outcomes of absent required data. Every derived fact is
     * the pack's own (DRL derivation rules): nothing is derived in Java.
     */
    private List<Object> facts(TrustDocument doc) {
        List<Object> facts = new ArrayList<>();
        facts.add(new AssessmentContext(doc, pack.parameters()));
        for (Object fact : Facts.of(doc)) if (matched(fact.getClass())) facts.add(fact);
        if (matched(RuleInfo.class)) facts.addAll(ruleInfos);
        facts.addAll(needs.unknowns(doc)); // @requires: before firing, so rules on outcomes see them
        return facts;
    }

    /** The outcomes in a session after its rules have fired. */
    private static List<Outcome> outcomes(KieSession session) {
        List<Outcome> out = new ArrayList<>();
        for (Object o : session.getObjects(o -> o instanceof Outcome)) out.add((Outcome) o);
        return out;
    }

    private static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create();

    /** A session that follows one trust's document from version to version (see {@link Session}). */
    public Session session() { return new Session(); }

    /**
     * One Drools session kept across evaluations of successive versions of a trust's document, for inline
     * checks: {@link #evaluate} gives exactly the outcomes {@link RiskEngine#evaluate} gives for the same
     * document, but moves the session there from the version it last evaluated by retracting the facts
     * that went and inserting those that came (input records by identity, the context and derived facts
     * by value), and lets truth maintenance and the Rete redo only what depends on them. A ledger with one
     * more payment re-fires what that payment touches, not the whole pack. Thread-safe (one evaluation at
     * a time); the session is disposed by {@link #close} or when the object is no longer reachable.
     */
    public final class Session implements AutoCloseable {
        private final KieSession session;
        private final Map<Object, List<org.kie.api.runtime.rule.FactHandle>> handles = new HashMap<>();
        private final java.lang.ref.Cleaner.Cleanable cleanable;
        /** The sections of the version last evaluated: the document's lists as given, and the facts taken from each. */
        private List<Object> sources = List.of();
        private List<List<Object>> sections = List.of();
        /** For a section whose list was an {@link Appended}: the facts of its base list (else null). */
        private List<List<Object>> bases = List.of();
        /** The document whose UNKNOWN outcomes of absent data {@link #unknownsBase} holds (checks of one context in a row). */
        private TrustDocument unknownsOf;
        private List<Outcome> unknownsBase = List.of();
        /** The outcomes in the session, kept as they come and go, by fact handle, item and group. */
        private final OutcomeIndex index = new OutcomeIndex(RiskEngine.this);

        private Session() {
            KieSession s = kieBase.newKieSession();
            this.session = s;
            // the listener must not reach this Session: the cleaning action holds the KieSession, which holds its
            // listeners, and a Session reachable from its own cleaning action is never collected (nor its session disposed)
            s.addEventListener(index);
            this.cleanable = CLEANER.register(this, s::dispose);
        }

        public RiskEngine engine() { return RiskEngine.this; }

        /**
         * Moves the session to {@code doc} section by section (the context and root objects, each list of
         * the document, the rule infos, the UNKNOWN outcomes of absent data): a list that is the same object
         * as last time is skipped, and within a changed one only what lies between the unchanged ends is
         * compared as a multiset, so a ledger with one more payment costs what changed, not the ledger's size.
         */
        public synchronized List<Outcome> evaluate(TrustDocument doc) {
            move(doc, null);
            return new ArrayList<>(index.live.values());
        }

        /**
         * The projection at {@code added}'s pointer of the assessment of {@code base} with {@code added} appended to its
         * transactions ({@code added.pointer()} is its place there): what {@link #evaluateAt} gives for that document,
         * without walking {@code base}'s ledger again for the UNKNOWN outcomes of absent data (those of {@code base} are
         * kept while checks of the same {@code base} follow each other) or comparing it item by item.
         */
        public synchronized Projection evaluateWith(TrustDocument base, org.matrisk.model.Transaction added) {
            List<org.matrisk.model.Transaction> ledger = base.transactions();
            if (ledger == null) return evaluateAt(base.withTransactions(List.of(added)), added.pointer());
            TrustDocument doc = base.withTransactions(Appended.of(ledger, added));
            if (unknownsOf != base) {
                List<Outcome> chained = null;
                // a context that recorded payments after the one last checked: only those payments are walked
                if (unknownsOf != null && ledger instanceof Appended<org.matrisk.model.Transaction> grown
                        && sameList(unknownsOf.transactions(), grown.base()) && sameButTransactions(unknownsOf, base)) {
                    List<Outcome> extra = new ArrayList<>();
                    int n = grown.base().size();
                    for (org.matrisk.model.Transaction t : grown.tail()) extra.addAll(needs.unknownsOfTransaction(base, t, n++));
                    chained = extra.isEmpty() ? unknownsBase
                            : Appended.depth(unknownsBase) >= Appended.MAX_DEPTH ? concat(unknownsBase, extra) : Appended.withTail(unknownsBase, extra);
                }
                unknownsBase = chained != null ? chained : List.copyOf(needs.unknowns(base));
                unknownsOf = base;
            }
            move(doc, Appended.withTail(unknownsBase, needs.unknownsOfTransaction(doc, added, ledger.size())));
            return projectionAt(doc, added.pointer());
        }

        /**
         * Retracts what went, inserts what came and fires. A root object of the document (the document itself, its
         * trust, finance, governance, coverage) replaced by another of its class is updated in place rather than
         * retracted and inserted: the rules that match it are re-evaluated either way, but what they derived again
         * equal to before is kept by truth maintenance instead of being retracted with everything that follows from
         * it (the document object changes with every inline check).
         */
        private void move(TrustDocument doc, Appended<Outcome> unknowns) {
            List<Object> nextSources = new ArrayList<>(16);
            List<List<Object>> nextSections = new ArrayList<>(16);
            List<Object> deletes = new ArrayList<>(), inserts = new ArrayList<>();
            List<Object> head = new ArrayList<>(5);
            head.add(new AssessmentContext(doc, pack.parameters()));
            nextSources.add(null);
            nextSections.add(head);
            for (java.util.Collection<?> c : Facts.sections(doc)) {
                nextSources.add(c);
                nextSections.add(null);
            }
            nextSources.add(null);
            nextSections.add(matched(RuleInfo.class) ? new ArrayList<>(ruleInfos) : List.of());
            nextSources.add(unknowns);
            nextSections.add(unknowns == null ? new ArrayList<>(needs.unknowns(doc)) : null);
            List<List<Object>> nextBases = new ArrayList<>(java.util.Collections.nCopies(nextSections.size(), null));
            for (int i = 0; i < nextSections.size(); i++) {
                Object src = nextSources.get(i);
                List<Object> old = i < sections.size() ? sections.get(i) : List.of();
                if (src != null && i < sources.size() && sources.get(i) == src) {
                    nextSections.set(i, old); // the same list: the same facts
                    nextBases.set(i, bases.get(i));
                    continue;
                }
                if (src instanceof Appended<?> a && i < sources.size()) {
                    // the list last evaluated, or it with another last element: only the last element moves
                    Object prev = sources.get(i);
                    boolean atBase = sameList(prev, a.base());
                    List<Object> baseFacts = atBase ? old
                            : prev instanceof Appended<?> p && sameList(p.base(), a.base()) ? bases.get(i) : null;
                    if (baseFacts != null) {
                        boolean filter = src != unknowns;
                        if (Appended.depth(baseFacts) >= Appended.MAX_DEPTH) baseFacts = new ArrayList<>(baseFacts); // reading item i walks the stack
                        List<Object> tail = taken(a.tail(), filter);
                        diff(atBase ? List.of() : taken(((Appended<?>) prev).tail(), filter), tail, deletes, inserts);
                        nextSections.set(i, tail.isEmpty() ? baseFacts : Appended.withTail(baseFacts, tail));
                        nextBases.set(i, baseFacts);
                        continue;
                    }
                }
                List<Object> now = nextSections.get(i);
                if (now == null) {
                    now = new ArrayList<>(((java.util.Collection<?>) src).size());
                    Class<?> last = null;
                    boolean take = false;
                    boolean filter = src != unknowns; // the UNKNOWN outcomes of absent data go in whether or not a pattern matches them
                    for (Object f : (java.util.Collection<?>) src) {
                        if (f == null) continue;
                        if (f.getClass() != last) { last = f.getClass(); take = !filter || matched(last); }
                        if (take) now.add(f);
                    }
                    nextSections.set(i, now);
                    if (src instanceof Appended<?> a) // the base's facts, for the next version that appends to the same base
                        nextBases.set(i, now.subList(0, now.size() - taken(a.tail(), filter).size()));
                }
                diff(old, now, deletes, inserts);
            }
            for (Object f : deletes) {
                Object replacement = ROOTS.contains(f.getClass()) ? replacement(f.getClass(), deletes, inserts) : null;
                Object k = key(f);
                List<org.kie.api.runtime.rule.FactHandle> have = handles.get(k);
                org.kie.api.runtime.rule.FactHandle h = have.remove(have.size() - 1);
                if (have.isEmpty()) handles.remove(k);
                if (replacement == null) session.delete(h);
                else {
                    // only the patterns that read a changed member are evaluated again (property reactivity): an
                    // inline check changes the document's transactions alone
                    String[] changed = RecordChanges.changed(f, replacement);
                    if (changed == null) session.update(h, replacement);
                    else session.update(h, replacement, changed);
                    handles.computeIfAbsent(key(replacement), x -> new ArrayList<>(1)).add(h);
                }
            }
            for (Object f : inserts) if (f != null) handles.computeIfAbsent(key(f), k -> new ArrayList<>(1)).add(session.insert(f));
            sources = nextSources;
            sections = nextSections;
            bases = nextBases;
            session.fireAllRules();
        }

        /**
         * Whether two lists hold the same facts: the same list, or two {@link Appended} lists of the same base whose
         * tails hold the same objects (input records by identity, anything else by value), as when a context records
         * the payment it has just checked.
         */
        private static boolean sameList(Object x, Object y) {
            if (x == y) return true;
            if (!(x instanceof Appended<?> a) || !(y instanceof Appended<?> b) || a.base() != b.base() || a.tail().size() != b.tail().size()) return false;
            for (int i = 0; i < a.tail().size(); i++) {
                Object p = a.tail().get(i), q = b.tail().get(i);
                if (p == null || q == null ? p != q : !same(p, q)) return false;
            }
            return true;
        }

        /** The elements of {@code list} that go in the session: not null and, with {@code filter}, of a class some pattern matches. */
        private List<Object> taken(List<?> list, boolean filter) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object f : list) if (f != null && (!filter || matched(f.getClass()))) out.add(f);
            return out;
        }

        private static <T> List<T> concat(List<T> a, List<T> b) {
            List<T> out = new ArrayList<>(a.size() + b.size());
            out.addAll(a);
            out.addAll(b);
            return out;
        }

        /** Whether two documents differ in their transactions at most (every other member the same object). */
        private static boolean sameButTransactions(TrustDocument a, TrustDocument b) {
            return java.util.Objects.equals(a.schemaVersion(), b.schemaVersion()) && a.trust() == b.trust() && a.period() == b.period()
                    && a.asOfGiven() == b.asOfGiven() && a.finance() == b.finance() && a.governance() == b.governance()
                    && a.people() == b.people() && a.parties() == b.parties() && a.pay() == b.pay() && a.websitePayBands() == b.websitePayBands()
                    && a.specialPayments() == b.specialPayments() && a.academies() == b.academies() && a.growth() == b.growth()
                    && a.notices() == b.notices() && a.info() == b.info() && a.coverage() == b.coverage() && a.policies() == b.policies()
                    && a.transfers() == b.transfers() && a.centralServicesCharges() == b.centralServicesCharges()
                    && a.payBenchmark() == b.payBenchmark();
        }

        /**
         * The one object of class {@code c} inserted in place of the one object of that class retracted (taken out
         * of {@code inserts}: set to null there), or null when either is not alone of its class.
         */
        private static Object replacement(Class<?> c, List<Object> deletes, List<Object> inserts) {
            int gone = 0, came = 0, at = -1;
            for (Object f : deletes) if (f.getClass() == c) gone++;
            for (int i = 0; i < inserts.size(); i++) if (inserts.get(i) != null && inserts.get(i).getClass() == c) { came++; at = i; }
            if (gone != 1 || came != 1) return null;
            return inserts.set(at, null);
        }


        /**
         * Moves the session to {@code doc} as {@link #evaluate} does and returns the projection of its outcomes at
         * {@code pointer} ({@link RiskEngine#project}), reading only the outcomes indexed at that item and their groups.
         */
        public synchronized Projection evaluateAt(TrustDocument doc, String pointer) {
            move(doc, null);
            return projectionAt(doc, pointer);
        }

        private Projection projectionAt(TrustDocument doc, String pointer) {
            String item = item(pointer);
            if (item == null) return project(new ArrayList<>(index.live.values()), pointer, doc.catalogue());
            Set<org.kie.api.runtime.rule.FactHandle> here = index.byItem.getOrDefault(item, Set.of());
            Set<List<String>> groups = new java.util.HashSet<>();
            for (org.kie.api.runtime.rule.FactHandle h : here) groups.add(group(index.live.get(h)));
            List<Outcome> mine = new ArrayList<>();
            for (List<String> g : groups) for (org.kie.api.runtime.rule.FactHandle h : index.byGroup.getOrDefault(g, Set.of())) mine.add(index.live.get(h));
            return project(mine, pointer, doc.catalogue());
        }

        /** What went from {@code old} and came in {@code now}: the unchanged ends skipped, the middle compared as a multiset. */
        private static void diff(List<Object> old, List<Object> now, List<Object> deletes, List<Object> inserts) {
            int from = 0, toOld = old.size(), toNow = now.size();
            while (from < toOld && from < toNow && same(old.get(from), now.get(from))) from++;
            while (toOld > from && toNow > from && same(old.get(toOld - 1), now.get(toNow - 1))) { toOld--; toNow--; }
            if (from == toOld) { inserts.addAll(now.subList(from, toNow)); return; }
            if (from == toNow) { deletes.addAll(old.subList(from, toOld)); return; }
            Map<Object, int[]> gone = new HashMap<>();
            for (Object f : old.subList(from, toOld)) gone.computeIfAbsent(key(f), k -> new int[1])[0]++;
            for (Object f : now.subList(from, toNow)) {
                int[] n = gone.get(key(f));
                if (n != null && n[0] > 0) n[0]--;
                else inserts.add(f);
            }
            for (Object f : old.subList(from, toOld)) {
                int[] n = gone.get(key(f));
                if (n[0] > 0) { n[0]--; deletes.add(f); }
            }
        }

        private static boolean same(Object a, Object b) {
            return a == b || (!a.getClass().getPackageName().equals("org.matrisk.model") && a.equals(b));
        }

        @Override
        public void close() { cleanable.clean(); }
    }

    /**
     * The outcomes in a {@link Session}'s Drools session, kept as they come and go (rather than searched for among every
     * fact), by fact handle, by the item they concern (the first two segments of their subject and of each evidence
     * pointer: {@code /transactions/12}) and by their group in {@link #results} (rule, and subject unless the rule is
     * trust-wide), so that a projection reads the outcomes at one item, not every outcome. A static class: as the Drools
     * session's listener it must not hold the {@link Session} (see its constructor).
     */
    private static final class OutcomeIndex implements org.kie.api.event.rule.RuleRuntimeEventListener {
        private final RiskEngine engine;
        final Map<org.kie.api.runtime.rule.FactHandle, Outcome> live = new HashMap<>();
        final Map<String, Set<org.kie.api.runtime.rule.FactHandle>> byItem = new HashMap<>();
        final Map<List<String>, Set<org.kie.api.runtime.rule.FactHandle>> byGroup = new HashMap<>();

        OutcomeIndex(RiskEngine engine) { this.engine = engine; }

        @Override public void objectInserted(org.kie.api.event.rule.ObjectInsertedEvent e) {
            if (e.getObject() instanceof Outcome o) add(e.getFactHandle(), o);
        }

        @Override public void objectUpdated(org.kie.api.event.rule.ObjectUpdatedEvent e) {
            remove(e.getFactHandle());
            if (e.getObject() instanceof Outcome o) add(e.getFactHandle(), o);
        }

        @Override public void objectDeleted(org.kie.api.event.rule.ObjectDeletedEvent e) {
            remove(e.getFactHandle());
        }

        private void add(org.kie.api.runtime.rule.FactHandle h, Outcome o) {
            live.put(h, o);
            for (String item : items(o)) byItem.computeIfAbsent(item, k -> new java.util.HashSet<>(4)).add(h);
            byGroup.computeIfAbsent(engine.group(o), k -> new java.util.HashSet<>(4)).add(h);
        }

        private void remove(org.kie.api.runtime.rule.FactHandle h) {
            Outcome o = live.remove(h);
            if (o == null) return;
            for (String item : items(o)) drop(byItem, item, h);
            drop(byGroup, engine.group(o), h);
        }

        private static <K> void drop(Map<K, Set<org.kie.api.runtime.rule.FactHandle>> index, K key, org.kie.api.runtime.rule.FactHandle h) {
            Set<org.kie.api.runtime.rule.FactHandle> set = index.get(key);
            if (set != null && set.remove(h) && set.isEmpty()) index.remove(key);
        }
    }

    /** The root objects of a document: one of each class in a session, updated in place when a new version replaces them. */
    private static final Set<Class<?>> ROOTS = Set.of(TrustDocument.class, org.matrisk.model.Trust.class, org.matrisk.model.Finance.class,
            org.matrisk.model.Governance.class, org.matrisk.model.Coverage.class);

    /** The item a pointer lies in: its first two segments ({@code /transactions/12} of {@code /transactions/12/amount}), null above that. */
    static String item(String pointer) {
        if (pointer == null || pointer.isEmpty() || pointer.charAt(0) != '/') return null;
        int first = pointer.indexOf('/', 1);
        if (first < 0) return null;
        int second = pointer.indexOf('/', first + 1);
        return second < 0 ? pointer : pointer.substring(0, second);
    }

    /** The items an outcome concerns: of its subject and of each evidence pointer. */
    private static Set<String> items(Outcome o) {
        Set<String> out = new java.util.HashSet<>(4);
        String s = item(o.subject());
        if (s != null) out.add(s);
        for (Evidence e : o.evidence()) {
            String i = item(e.pointer());
            if (i != null) out.add(i);
        }
        return out;
    }

    /** Input records are the same object from one version of a document to the next; everything else compares by value. */
    private static Object key(Object fact) {
        return fact.getClass().getPackageName().equals("org.matrisk.model") ? new Identity(fact) : fact;
    }

    private record Identity(Object fact) {
        @Override public boolean equals(Object o) { return o instanceof Identity i && i.fact == fact; }
        @Override public int hashCode() { return System.identityHashCode(fact); }
    }

    /** The findings and UNKNOWN outcomes of an assessment that concern one item, in the assessment's order. */
    public record Projection(List<Finding> findings, List<UnknownOutcome> unknown) {}

    /**
     * The findings and UNKNOWN outcomes that the assessment built from {@code outcomes} reports with
     * evidence at {@code pointer} or below it (for an UNKNOWN outcome: cited there), exactly as
     * {@link #assess} would write them for a document assessed with catalogue {@code catalogue}, without
     * building the rest of the assessment.
     */
    public Projection project(List<Outcome> outcomes, String pointer, int catalogue) {
        String below = pointer + "/";
        java.util.function.Predicate<String> at = p -> p.equals(pointer) || p.startsWith(below);
        // the results of the groups (rule and subject, as results() forms them) with an outcome there: the
        // other groups' results are reported elsewhere, and each group's result depends on its outcomes alone
        Set<List<String>> groups = new java.util.HashSet<>();
        for (Outcome o : outcomes) {
            boolean here = at.test(o.subject());
            if (!here) for (Evidence e : o.evidence()) if (at.test(e.pointer())) { here = true; break; }
            if (here) groups.add(group(o));
        }
        List<Outcome> mine = new ArrayList<>();
        if (!groups.isEmpty()) for (Outcome o : outcomes) if (groups.contains(group(o))) mine.add(o);
        Results r = results(mine, catalogue);
        List<Finding> findings = new ArrayList<>();
        for (Finding f : r.findings()) for (Evidence e : f.evidence()) if (at.test(e.pointer())) { findings.add(f); break; }
        List<UnknownOutcome> unknown = new ArrayList<>();
        for (UnknownOutcome u : r.unknown()) if (at.test(u.pointer())) unknown.add(u);
        return new Projection(findings, unknown);
    }

    /** The group of an outcome in {@link #results}: its rule, and its subject unless the rule is trust-wide. */
    private List<String> group(Outcome o) {
        RuleMeta meta = catalog.find(o.ruleId()).orElseThrow(() -> new IllegalStateException("outcome for unknown rule " + o.ruleId()));
        return List.of(o.ruleId(), meta.scope() == RuleMeta.Scope.TRUST ? "" : o.subject());
    }

    /** Outcomes of one subject in evidence order: pointer by pointer (numeric segments as numbers), then the rest. */
    private static final Comparator<Outcome> OUTCOME_ORDER = RiskEngine::compareEvidence;

    private static int compareEvidence(Outcome a, Outcome b) {
        List<Evidence> x = a.evidence(), y = b.evidence();
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = PointerOrder.INSTANCE.compare(x.get(i).pointer(), y.get(i).pointer());
            if (c != 0) return c;
        }
        int c = Integer.compare(x.size(), y.size());
        if (c != 0) return c;
        // a total order that does not depend on session or hash iteration order (Map.copyOf's
        // order changes from one JVM to the next): output must be byte-identical across runs
        c = x.toString().compareTo(y.toString());
        if (c == 0) c = a.missing().toString().compareTo(b.missing().toString());
        if (c == 0) c = new TreeMap<>(a.messageArgs()).toString().compareTo(new TreeMap<>(b.messageArgs()).toString());
        if (c == 0) c = a.params().toString().compareTo(b.params().toString());
        return c;
    }

    private record Results(List<Finding> findings, List<UnknownOutcome> unknown) {}

    /** Findings and UNKNOWN outcomes from raw outcomes, in assessment order. */
    private Results results(List<Outcome> outcomes, int catalogue) {
        // one result per rule and subject; a definite FAIL beats UNKNOWN (Kleene "or")
        Map<String, Map<String, List<Outcome>>> grouped = new TreeMap<>();
        for (Outcome o : outcomes) {
            RuleMeta meta = catalog.find(o.ruleId()).orElseThrow(() -> new IllegalStateException("outcome for unknown rule " + o.ruleId()));
            if (!meta.appliesTo(catalogue)) continue; // a rule of a later catalogue than the document's (@catalogue)
            String subject = meta.scope() == RuleMeta.Scope.TRUST ? "" : o.subject();
            grouped.computeIfAbsent(o.ruleId(), k -> new TreeMap<>(PointerOrder.INSTANCE)).computeIfAbsent(subject, k -> new ArrayList<>()).add(o);
        }
        List<Finding> findings = new ArrayList<>();
        List<UnknownOutcome> unknown = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Outcome>>> byRule : grouped.entrySet()) {
            RuleMeta meta = catalog.get(byRule.getKey());
            for (Map.Entry<String, List<Outcome>> bySubject : byRule.getValue().entrySet()) {
                List<Outcome> group = bySubject.getValue();
                List<Outcome> fails = new ArrayList<>(1);
                for (Outcome o : group) if (o.failed()) fails.add(o);
                if (!fails.isEmpty()) {
                    if (fails.size() > 1) fails.sort(OUTCOME_ORDER);
                    findings.add(finding(meta, fails));
                } else if (group.size() == 1) {
                    // one UNKNOWN outcome (the common case: one per item): its missing list is already free of repeats
                    Outcome o = group.get(0);
                    String pointer = meta.scope() == RuleMeta.Scope.TRUST && !o.evidence().isEmpty()
                            ? o.evidence().get(0).pointer() : bySubject.getKey();
                    unknown.add(new UnknownOutcome(meta.id(), pointer, o.missing()));
                } else {
                    List<Outcome> unk = new ArrayList<>(group);
                    unk.sort(OUTCOME_ORDER);
                    Set<String> missing = new LinkedHashSet<>();
                    unk.forEach(o -> missing.addAll(o.missing()));
                    String pointer = meta.scope() == RuleMeta.Scope.TRUST && !unk.get(0).evidence().isEmpty()
                            ? unk.get(0).evidence().get(0).pointer() : bySubject.getKey();
                    unknown.add(new UnknownOutcome(meta.id(), pointer, List.copyOf(missing)));
                }
            }
        }
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::ruleId)
                .thenComparing(Finding::firstPointer, PointerOrder.INSTANCE));
        unknown.sort(Comparator.comparing(UnknownOutcome::ruleId).thenComparing(UnknownOutcome::pointer, PointerOrder.INSTANCE));
        return new Results(findings, unknown);
    }

    private Assessment assemble(TrustDocument doc, List<Outcome> outcomes) {
        int catalogue = doc.catalogue();
        Results results = results(outcomes, catalogue);
        List<Finding> findings = results.findings();
        List<UnknownOutcome> unknown = results.unknown();
        Set<String> notPassed = new LinkedHashSet<>();
        findings.forEach(f -> notPassed.add(f.ruleId()));
        unknown.forEach(u -> notPassed.add(u.ruleId()));
        int passed = (int) catalog.rules().stream().filter(r -> r.appliesTo(catalogue) && !notPassed.contains(r.id())).count();
        RatingPolicy.Result rated = policy.rate(findings, catalogue);
        Map<String, SectionCoverage> coverage = null;
        Decided decided = null;
        if (catalogue >= 2) {
            coverage = AssessmentCoverage.of(doc.coverage());
            int undecided = (int) unknown.stream().map(UnknownOutcome::ruleId).distinct().count();
            int applicable = (int) catalog.rules().stream().filter(r -> r.appliesTo(catalogue)).count();
            decided = new Decided(applicable - undecided, undecided);
        }
        return new Assessment(Assessment.formatVersion(catalogue),
                new Assessment.TrustRef(doc.trust().id(), doc.trust().name()),
                new Assessment.PeriodRef(doc.period().start(), doc.period().end()),
                doc.asOf(),
                new Assessment.EngineInfo(VERSION),
                new Assessment.RulePackInfo(pack.id(), pack.version(), pack.sha256()),
                doc.info() == null ? null : doc.info().sha256(),
                rated.rating(), rated.score(), rated.areas(), findings, unknown, passed,
                rated.points(), coverage, decided);
    }

    private static Finding finding(RuleMeta meta, List<Outcome> fails) {
        List<Evidence> evidence = new ArrayList<>();
        Map<String, ParamValue> params = new TreeMap<>();
        Set<String> messages = new LinkedHashSet<>();
        for (Outcome o : fails) {
            for (Evidence e : o.evidence()) if (!evidence.contains(e)) evidence.add(e);
            o.params().forEach(p -> params.putIfAbsent(p.name() + "@" + p.effectiveFrom(), p));
            messages.add(render(meta.message(), o.messageArgs()));
        }
        List<ParameterUse> uses = params.values().stream()
                .map(p -> new ParameterUse(p.name(), p.display(), p.effectiveFrom(), p.source())).toList();
        return new Finding(meta.id(), meta.area(), meta.severity(), meta.title(), String.join("; ", messages),
                meta.reference(), evidence, uses, null);
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    static String render(String template, Map<String, String> args) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = args.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? "{" + m.group(1) + "}" : v));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
