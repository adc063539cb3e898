package org.matrisk.engine.inline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.matrisk.engine.RiskEngine;
import org.matrisk.model.Interest;
import org.matrisk.model.Notice;
import org.matrisk.model.Party;
import org.matrisk.model.Period;
import org.matrisk.model.Person;
import org.matrisk.model.SpecialPayment;
import org.matrisk.model.Transaction;
import org.matrisk.model.TrustDocument;

/**
 * One trust's context for inline checks: a trust document whose {@code transactions} are the ledger
 * recorded so far, in ledger order (date, then id: the order the related-party totals are taken in, and
 * one that does not depend on the order events arrived in). Immutable and thread-safe; every
 * {@code with...} method returns a new context.
 *
 * <h2>What a decision is</h2>
 * Let {@code D} be {@link #document()}. For a proposed transaction {@code p}, {@link #check(Transaction)}
 * evaluates the engine's rule pack on {@code D} with {@code p} added to its transactions (in the place of
 * a recorded transaction with the same id, else after the last one) and returns what that assessment reports for
 * {@code p}: each finding citing {@code p}'s pointer (or a field below it) as a {@link Requirement}, each
 * UNKNOWN outcome at it as undecided. Recording payments in ledger order, the decision for payment
 * {@code i} is therefore what the assessment of the ledger {@code 0..i} reports for it, under whatever
 * pack the engine was built with. Rules that total a whole year can only count what has been recorded:
 * a later instalment can make an earlier payment need approval in the assessment at year end, which no
 * check before that instalment can know. Likewise {@link #check(SpecialPayment)} with the special
 * payment added to {@code specialPayments}.
 */
public final class TrustContext {
    private final InlineChecker checker;
    /** The session shared by this context and every context derived from it (one evaluation at a time). */
    private final RiskEngine.Session session;
    /** The context document; {@code transactions} is never null here (the ledger), pointers match positions. */
    private final TrustDocument document;
    /** transaction id -> position in the ledger (shared with the contexts that append to this one: see {@link Positions}) */
    private final Positions positions;
    /** The latest financial year of the ledger, once known (null: not yet computed). */
    private volatile OptionalInt latestYear;
    /** The last transaction checked and its placed copy (so that recording it right after keeps the object the session holds). */
    private volatile Transaction[] lastPlaced;

    private TrustContext(InlineChecker checker, RiskEngine.Session session, TrustDocument document) {
        this(checker, session, document, Positions.of(document.transactions()), null);
    }

    private TrustContext(InlineChecker checker, RiskEngine.Session session, TrustDocument document, Positions positions, OptionalInt latestYear) {
        this.checker = checker;
        this.session = session;
        this.document = document;
        this.positions = positions;
        this.latestYear = latestYear;
    }

    /**
     * Where each transaction id is in a ledger. A map is shared by a context and the contexts that append payments to
     * it at the end (recording in ledger order), so recording a payment does not rebuild it: the map covers the first
     * {@code size} items of the longest ledger appended so far, and a context reads only the entries within its own
     * ledger that name the item it holds there. A context that appends to a map another context has already grown
     * (two contexts recorded from one) takes a copy of the entries of its own ledger first.
     */
    private static final class Positions {
        final java.util.concurrent.ConcurrentHashMap<String, Integer> map;
        final java.util.concurrent.atomic.AtomicInteger size;

        private Positions(java.util.concurrent.ConcurrentHashMap<String, Integer> map, int size) {
            this.map = map;
            this.size = new java.util.concurrent.atomic.AtomicInteger(size);
        }

        static Positions of(List<Transaction> ledger) {
            java.util.concurrent.ConcurrentHashMap<String, Integer> m = new java.util.concurrent.ConcurrentHashMap<>(Math.max(16, ledger.size() * 2));
            for (int i = 0; i < ledger.size(); i++) m.put(ledger.get(i).id(), i);
            return new Positions(m, ledger.size());
        }

        /** The position of {@code id} in {@code ledger} (a ledger this map covers the start of), or null. */
        Integer get(List<Transaction> ledger, String id) {
            Integer at = map.get(id);
            return at != null && at < ledger.size() && ledger.get(at).id().equals(id) ? at : null;
        }

        /** The positions of {@code ledger} followed by {@code t}: this map grown by one when {@code ledger} is all it covers, else a copy. */
        Positions appended(List<Transaction> ledger, Transaction t) {
            int n = ledger.size();
            if (size.compareAndSet(n, n + 1)) {
                map.put(t.id(), n);
                return this;
            }
            Positions copy = of(ledger);
            copy.map.put(t.id(), n);
            copy.size.set(n + 1);
            return copy;
        }
    }

    static TrustContext load(InlineChecker checker, TrustDocument doc) {
        Objects.requireNonNull(doc, "document");
        return new TrustContext(checker, checker.engine().session(), withTransactions(doc, doc.transactions() == null ? List.of() : sorted(doc.transactions())));
    }

    // ------------------------------------------------------------------------------------------ reading

    public String trustId() { return document.trust() == null ? null : document.trust().id(); }

    /** The context as a trust document whose transactions are the ledger recorded, in ledger order. */
    public TrustDocument document() { return document; }

    /** The transactions recorded, in ledger order (date, then id). */
    public List<Transaction> payments() { return document.transactions(); }

    public int paymentCount() { return document.transactions().size(); }

    public Optional<Transaction> payment(String id) {
        Integer at = positions.get(document.transactions(), id);
        return at == null ? Optional.empty() : Optional.of(document.transactions().get(at));
    }

    public Optional<Party> party(String id) {
        if (document.parties() != null) for (Party p : document.parties()) if (p.id().equals(id)) return Optional.of(p);
        return Optional.empty();
    }

    public Optional<Person> person(String id) {
        for (Person p : document.people()) if (p.id().equals(id)) return Optional.of(p);
        return Optional.empty();
    }

    /** The latest financial year (Y of 1 Sep Y-1 .. 31 Aug Y) of the transactions recorded, if any. */
    public OptionalInt latestYear() {
        OptionalInt y = latestYear;
        if (y == null) latestYear = y = document.transactions().stream().map(this::lastDay).filter(Objects::nonNull).mapToInt(Period::financialYearEnd).max();
        return y;
    }

    /** The last day {@code t} may be dated: its date, else the last day of the month it is dated by, else null. */
    private java.time.LocalDate lastDay(Transaction t) {
        if (t.date() != null) return t.date();
        org.matrisk.model.DateSpan span = document.coverage() == null ? null : document.coverage().date(t.pointer(), "date", null);
        return span == null ? null : span.last();
    }

    // ------------------------------------------------------------------------------------------ checks

    /**
     * The decision for {@code proposed}: what the assessment of the context with it added reports for it.
     *
     * @throws IllegalArgumentException when it lacks an id, date, partyId, amount or direction, or its party is unknown
     */
    public Decision check(Transaction proposed) {
        requireTransaction(proposed);
        // in the place of a recorded transaction with its id, else after the ledger: the recorded
        // transactions keep their pointers, so the kept session re-derives only what the payment touches
        // (the rules order payments by date and id, never by position)
        Integer replaced = positions.get(document.transactions(), proposed.id());
        int index = replaced == null ? document.transactions().size() : replaced;
        Transaction placed = at(proposed, index);
        lastPlaced = new Transaction[] {proposed, placed};
        // no copy of the ledger after it: the session moves by the payment alone
        if (replaced == null) return checker.decideAppended(session, document, placed);
        List<Transaction> copy = new ArrayList<>(document.transactions());
        copy.set(index, placed);
        // document.withTransactions, not the re-keying helper: no recorded transaction moves here, so the coverage's keys stand
        return checker.decide(session, document.withTransactions(Collections.unmodifiableList(copy)), Decision.Subject.TRANSACTION,
                placed.id(), placed.pointer(), placed.date(), placed.amount());
    }

    /**
     * The decision for a proposed special payment (compensation, severance, ex gratia, write-off): what
     * the assessment of the context with it added to {@code specialPayments} reports for it.
     */
    public Decision check(SpecialPayment proposed) {
        Objects.requireNonNull(proposed, "special payment");
        if (proposed.id() == null || proposed.date() == null || proposed.amount() == null || proposed.kind() == null)
            throw new IllegalArgumentException("special payment " + proposed.id() + " needs an id, date, kind and amount");
        List<SpecialPayment> list = document.specialPayments() == null ? new ArrayList<>() : new ArrayList<>(document.specialPayments());
        int index = list.size();
        for (int i = 0; i < list.size(); i++) if (list.get(i).id().equals(proposed.id())) index = i;
        SpecialPayment s = new SpecialPayment(proposed.id(), proposed.personId(), proposed.date(), proposed.kind(), proposed.amount(),
                proposed.contractual(), proposed.statutory(), proposed.totalExitPackage(), proposed.approvalRef(), proposed.authorisedBy(),
                proposed.disclosedIndividually(), "/specialPayments/" + index);
        if (index == list.size()) list.add(s);
        else list.set(index, s);
        TrustDocument d = document;
        return checker.decide(session, d.withSpecialPayments(List.copyOf(list)), Decision.Subject.SPECIAL_PAYMENT, s.id(), s.pointer(), s.date(), s.amount());
    }

    // ------------------------------------------------------------------------------------------ updates

    /**
     * This context with {@code payment} recorded in its ledger (replacing a recorded transaction with the
     * same id).
     *
     * @throws IllegalArgumentException when it lacks an id, date, partyId, amount or direction, or its party is unknown
     */
    public TrustContext withPayment(Transaction payment) {
        requireTransaction(payment);
        List<Transaction> ledger = document.transactions();
        if (positions.get(ledger, payment.id()) == null && (ledger.isEmpty() || LEDGER_ORDER.compare(ledger.get(ledger.size() - 1), payment) < 0)) {
            // after the last one (recording in ledger order): appended without copying the ledger or its positions; the
            // copy placed by the last check of it, if any, is the object the session already holds
            Transaction[] last = lastPlaced;
            Transaction placed = last != null && last[0] == payment && ledger.size() == positionOf(last[1]) ? last[1] : at(payment, ledger.size());
            OptionalInt y = latestYear;
            java.time.LocalDate day = lastDay(placed);
            OptionalInt next = y == null ? null : day == null ? y
                    : OptionalInt.of(y.isPresent() ? Math.max(y.getAsInt(), Period.financialYearEnd(day)) : Period.financialYearEnd(day));
            return new TrustContext(checker, session, document.withTransactions(appendedLedger(ledger, placed)), positions.appended(ledger, placed), next);
        }
        return new TrustContext(checker, session, withTransactions(document, placedIn(payment)));
    }

    /** The index a placed transaction's pointer gives it ({@code /transactions/N}), or -1. */
    private static int positionOf(Transaction t) {
        String p = t.pointer();
        return p != null && p.startsWith("/transactions/") ? Integer.parseInt(p.substring("/transactions/".length())) : -1;
    }

    private static List<Transaction> appendedLedger(List<Transaction> ledger, Transaction t) {
        if (org.matrisk.engine.Appended.depth(ledger) < org.matrisk.engine.Appended.MAX_DEPTH) return org.matrisk.engine.Appended.of(ledger, t);
        List<Transaction> flat = new ArrayList<>(ledger.size() + 1);
        flat.addAll(ledger);
        flat.add(t);
        return Collections.unmodifiableList(flat);
    }

    /** This context without the recorded transaction {@code id} (itself when there is none). */
    public TrustContext withoutPayment(String id) {
        Integer at = positions.get(document.transactions(), id);
        if (at == null) return this;
        List<Transaction> kept = new ArrayList<>(document.transactions());
        kept.remove((int) at);
        return new TrustContext(checker, session, withTransactions(document, repointed(kept)));
    }

    /** This context keeping only the transactions of financial years ending in {@code firstYearEnd} or later. */
    public TrustContext retainYearsFrom(int firstYearEnd) {
        List<Transaction> kept = new ArrayList<>(document.transactions().size());
        for (Transaction t : document.transactions()) {
            java.time.LocalDate last = lastDay(t);
            if (last == null || Period.financialYearEnd(last) >= firstYearEnd) kept.add(t); // undated: kept, never guessed away
        }
        if (kept.size() == document.transactions().size()) return this;
        return new TrustContext(checker, session, withTransactions(document, repointed(kept)));
    }

    /** This context with {@code interest} added to person {@code personId}'s interests (a new declaration). */
    public TrustContext withInterest(String personId, Interest interest) {
        List<Person> people = new ArrayList<>(document.people());
        int at = -1;
        for (int i = 0; i < people.size(); i++) if (people.get(i).id().equals(personId)) at = i;
        if (at < 0) throw new IllegalArgumentException("no person " + personId + " in the context of trust " + trustId());
        if (party(interest.partyId()).isEmpty())
            throw new IllegalArgumentException("no party " + interest.partyId() + " in the context of trust " + trustId());
        Person p = people.get(at);
        List<Interest> interests = new ArrayList<>(p.interests());
        interests.add(new Interest(interest.partyId(), interest.nature(), interest.declaredOn(), p.pointer() + "/interests/" + interests.size()));
        people.set(at, new Person(p.id(), p.name(), p.employee(), List.copyOf(interests), p.appointments(), p.pointer()));
        return new TrustContext(checker, session, replace(document, List.copyOf(people), document.parties(), document.notices()));
    }

    /** This context with {@code notice} added, or replacing the notice with the same id (e.g. to lift it). */
    public TrustContext withNotice(Notice notice) {
        List<Notice> notices = document.notices() == null ? new ArrayList<>() : new ArrayList<>(document.notices());
        int at = -1;
        for (int i = 0; i < notices.size(); i++) if (notices.get(i).id().equals(notice.id())) at = i;
        Notice n = new Notice(notice.id(), notice.kind(), notice.academyUrn(), notice.issuedOn(), notice.liftedOn(), notice.publishedOn(),
                "/notices/" + (at < 0 ? notices.size() : at));
        if (at < 0) notices.add(n);
        else notices.set(at, n);
        return new TrustContext(checker, session, replace(document, document.people(), document.parties(), List.copyOf(notices)));
    }

    /** This context with {@code party} added, or replacing the party with the same id. */
    public TrustContext withParty(Party party) {
        List<Party> parties = document.parties() == null ? new ArrayList<>() : new ArrayList<>(document.parties());
        int at = -1;
        for (int i = 0; i < parties.size(); i++) if (parties.get(i).id().equals(party.id())) at = i;
        Party p = new Party(party.id(), party.name(), party.kind(), party.companyNumber(), party.exemption(), party.relatedParty(),
                "/parties/" + (at < 0 ? parties.size() : at));
        if (at < 0) parties.add(p);
        else parties.set(at, p);
        return new TrustContext(checker, session, replace(document, document.people(), List.copyOf(parties), document.notices()));
    }

    /**
     * A new context document for the same trust. When it lists {@code transactions}, they replace the
     * ledger recorded; when it has none (absent), the ledger recorded is kept.
     */
    public TrustContext withDocument(TrustDocument doc) {
        return new TrustContext(checker, session, withTransactions(doc, doc.transactions() == null ? document.transactions() : sorted(doc.transactions())));
    }

    // ------------------------------------------------------------------------------------------ helpers

    private void requireTransaction(Transaction t) {
        Objects.requireNonNull(t, "transaction");
        if (t.id() == null || t.date() == null || t.amount() == null || t.partyId() == null || t.direction() == null)
            throw new IllegalArgumentException("transaction " + t.id() + " needs an id, date, partyId, amount and direction");
        if (party(t.partyId()).isEmpty())
            throw new IllegalArgumentException("transaction " + t.id() + ": partyId " + t.partyId() + " is not a party of trust " + trustId());
    }

    /**
     * Ledger order: by date, then id (string order), as the related-party totals are taken; a transaction of a
     * version 2 document dated only by month (date null) comes first (the rules read its month from the coverage,
     * never its position).
     */
    public static final Comparator<Transaction> LEDGER_ORDER = Comparator.comparing(Transaction::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Transaction::id);

    /** The ledger with {@code t} in ledger order (replacing the transaction with its id), pointers re-numbered from where it changed. */
    private List<Transaction> placedIn(Transaction t) {
        List<Transaction> old = document.transactions();
        Integer replaced = positions.get(old, t.id());
        List<Transaction> out = new ArrayList<>(old.size() + 1);
        out.addAll(old);
        if (replaced != null) out.remove((int) replaced);
        int at = Collections.binarySearch(out, t, LEDGER_ORDER);
        at = at < 0 ? -at - 1 : at;
        out.add(at, t);
        int from = replaced == null ? at : Math.min(at, replaced);
        for (int i = from; i < out.size(); i++) out.set(i, at(out.get(i), i));
        return Collections.unmodifiableList(out);
    }

    private static List<Transaction> sorted(List<Transaction> ledger) {
        List<Transaction> out = new ArrayList<>(ledger);
        out.sort(LEDGER_ORDER);
        return repointed(out);
    }

    private static List<Transaction> repointed(List<Transaction> ledger) {
        List<Transaction> out = new ArrayList<>(ledger.size());
        for (Transaction t : ledger) out.add(at(t, out.size()));
        return Collections.unmodifiableList(out);
    }

    /** The transaction as item {@code index} of the context document's transactions. */
    static Transaction at(Transaction t, int index) {
        // every member kept: the v1 constructor would drop a version 2 transaction's procurement, expense and propriety
        return t.withPointer("/transactions/" + index);
    }

    /**
     * {@code d} with {@code transactions} as its ledger. A version 2 document keys its documented nones, months and
     * bands by pointer ({@code /transactions/3/date} for a transaction dated by month): when the ledger re-points a
     * transaction of {@code d}, those keys move with it (matched by id), so a month-dated item keeps its month.
     */
    private static TrustDocument withTransactions(TrustDocument d, List<Transaction> transactions) {
        TrustDocument out = d.withTransactions(transactions);
        org.matrisk.model.Coverage c = d.coverage();
        if (c == null || !c.keysBelow("/transactions/") || d.transactions() == null) return out;
        Map<String, String> was = new HashMap<>();
        for (Transaction t : d.transactions()) if (t.pointer() != null) was.put(t.id(), t.pointer());
        Map<String, String> moves = new HashMap<>();
        for (Transaction t : transactions) {
            String old = was.get(t.id());
            if (old != null) moves.put(old, t.pointer());
        }
        return out.withCoverage(out.schemaVersion(), c.moved("/transactions", moves));
    }

    private static TrustDocument replace(TrustDocument d, List<Person> people, List<Party> parties, List<Notice> notices) {
        return d.withPeoplePartiesNotices(people, parties, notices);
    }
}
