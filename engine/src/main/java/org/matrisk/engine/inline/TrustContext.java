package org.matrisk.engine.inline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.matrisk.engine.facts.RelatedParties;
import org.matrisk.engine.facts.RelatedPartyTransaction;
import org.matrisk.engine.facts.Tri;
import org.matrisk.engine.facts.notices.TrustNotices;
import org.matrisk.engine.facts.relatedparty.ApprovalRegime;
import org.matrisk.engine.facts.relatedparty.InsiderAppointmentMatch;
import org.matrisk.engine.facts.relatedparty.RptApproval;
import org.matrisk.engine.facts.relatedparty.RptCandidate;
import org.matrisk.engine.facts.remuneration.RemunerationFacts;
import org.matrisk.engine.facts.remuneration.SpecialSeverance;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.model.Appointment;
import org.matrisk.model.Enums.Direction;
import org.matrisk.model.Enums.Exemption;
import org.matrisk.model.Enums.SpecialPaymentKind;
import org.matrisk.model.Enums.TransactionKind;
import org.matrisk.model.Interest;
import org.matrisk.model.Notice;
import org.matrisk.model.Party;
import org.matrisk.model.Period;
import org.matrisk.model.Person;
import org.matrisk.model.SpecialPayment;
import org.matrisk.model.Transaction;
import org.matrisk.model.TrustDocument;

/**
 * One trust's context for inline checks: who its insiders are and what they have declared, its
 * parties, notices and pay, and the payments recorded so far. Immutable and thread-safe; every
 * {@code with...} method returns a new context and leaves this one as it was.
 *
 * <h2>What a decision promises</h2>
 * Let {@code D} be {@link #document()}: the context document whose {@code transactions} are the
 * payments recorded here. For a proposed transaction {@code p}, {@link #check(Transaction)} returns
 * exactly what the full assessment of {@code D} with {@code p} added to its transactions reports for
 * {@code p}:
 * <ul>
 * <li>an unmet {@link Requirement} of RPT-01, RPT-02, RPT-03, RPT-04 or RPT-05 for each finding of that rule
 * on {@code p}, and none otherwise;</li>
 * <li>{@code related} exactly when {@code p} is an RPT there (a PAYMENT to a party related on its date);</li>
 * <li>an {@link Undecided} for each such rule that is UNKNOWN on {@code p} there because data is absent.</li>
 * </ul>
 * Likewise {@link #check(SpecialPayment)} for NTI-03 and PAY-05 and the document with the special payment added.
 * Recording payments in ledger order, the decision for payment {@code i} is therefore what the
 * assessment of the ledger {@code 0..i} reports for it. Rules that total a whole year (RPT-04's year
 * total; RPT-02 from 1 Sep 2023, whose contract total counts a contract's later instalments) can only
 * count what has been recorded: a later instalment can make an earlier payment need approval in the
 * assessment at year end, which no check before that instalment can know. A payment whose id is already
 * recorded is checked as a replacement of it.
 *
 * <p>Direction-absent transactions of a loaded document are not recorded: the assessment reports them
 * (and totals they might tip) as UNKNOWN, never as findings.
 */
public final class TrustContext {
    private static final Set<SpecialPaymentKind> NOTICE_WITHDRAWN =
            Set.of(SpecialPaymentKind.COMPENSATION, SpecialPaymentKind.EX_GRATIA, SpecialPaymentKind.WRITE_OFF);

    private final InlineChecker checker;
    /** The context document; its transactions are not read (the ledger holds the payments). */
    private final TrustDocument document;
    private final RelatedParties related;
    private final Map<String, Relation> relations;
    /** The trust notices, or null when the document has no notices list (NTI-03 and PAY-05 UNKNOWN). */
    private final List<Notice> trustNotices;
    private final Ledger ledger;

    /**
     * When payments to a party count as related-party payments: always (an insider's interest, declared
     * or not, or {@code relatedParty: true}), or on the days an insider's appointment at its company
     * number is current. The same reading as {@link RelatedParties#bases}, kept as a cheap test.
     */
    private record Relation(boolean always, Appointment[] windows) {
        boolean on(LocalDate day) {
            if (always) return true;
            for (Appointment a : windows) if (a.currentOn(day)) return true;
            return false;
        }
    }

    private TrustContext(InlineChecker checker, TrustDocument document, Ledger ledger) {
        this.checker = checker;
        this.document = document;
        this.related = new RelatedParties(document);
        this.relations = relations(document);
        this.trustNotices = document.notices() == null ? null : document.notices().stream().filter(Notice::isTrustNotice).toList();
        this.ledger = ledger;
    }

    private TrustContext(TrustContext base, Ledger ledger) {
        this.checker = base.checker;
        this.document = base.document;
        this.related = base.related;
        this.relations = base.relations;
        this.trustNotices = base.trustNotices;
        this.ledger = ledger;
    }

    static TrustContext load(InlineChecker checker, TrustDocument doc) {
        Objects.requireNonNull(doc, "document");
        return new TrustContext(checker, doc, Ledger.of(paymentsOf(doc)));
    }

    private static List<Transaction> paymentsOf(TrustDocument doc) {
        if (doc.transactions() == null) return List.of();
        List<Transaction> out = new ArrayList<>(doc.transactions().size());
        for (Transaction t : doc.transactions()) if (t.direction() == Direction.PAYMENT) out.add(t);
        return out;
    }

    private static Map<String, Relation> relations(TrustDocument doc) {
        Set<String> interests = new HashSet<>();
        Map<String, List<Appointment>> byCompany = new HashMap<>();
        for (Person p : doc.people()) {
            if (!doc.governance().isInsider(p.id())) continue;
            for (Interest i : p.interests()) interests.add(i.partyId());
            for (Appointment a : p.appointments()) byCompany.computeIfAbsent(a.companyNumber(), k -> new ArrayList<>()).add(a);
        }
        Map<String, Relation> out = new HashMap<>();
        if (doc.parties() != null)
            for (Party party : doc.parties()) {
                List<Appointment> w = party.companyNumber() == null ? List.of() : byCompany.getOrDefault(party.companyNumber(), List.of());
                out.put(party.id(), new Relation(party.relatedParty() || interests.contains(party.id()), w.toArray(Appointment[]::new)));
            }
        return out;
    }

    // ------------------------------------------------------------------------------------------ reading

    public String trustId() { return document.trust() == null ? null : document.trust().id(); }

    /** The context as a trust document whose transactions are the payments recorded, in ledger order. */
    public TrustDocument document() {
        TrustDocument d = document;
        return new TrustDocument(d.schemaVersion(), d.trust(), d.period(), d.asOfGiven(), d.finance(), d.governance(), d.people(),
                d.parties(), ledger.payments(), d.pay(), d.websitePayBands(), d.specialPayments(), d.academies(), d.growth(),
                d.notices(), d.info());
    }

    /** The payments recorded, in ledger order (date, then id). */
    public List<Transaction> payments() { return ledger.payments(); }

    public int paymentCount() { return ledger.size(); }

    public Optional<Transaction> payment(String id) { return Optional.ofNullable(ledger.get(id)); }

    public Optional<Party> party(String id) { return Optional.ofNullable(related.party(id)); }

    public Optional<Person> person(String id) { return Optional.ofNullable(related.person(id)); }

    /** The latest financial year (Y of 1 Sep Y-1 .. 31 Aug Y) of the payments recorded, if any. */
    public OptionalInt latestYear() {
        int y = ledger.latestYear();
        return y == Integer.MIN_VALUE ? OptionalInt.empty() : OptionalInt.of(y);
    }

    // ------------------------------------------------------------------------------------------ updates

    /**
     * This context with {@code payment} recorded (replacing a recorded payment with the same id).
     *
     * @throws IllegalArgumentException when it is not a PAYMENT, lacks an id, date or amount, or its party is unknown
     */
    public TrustContext withPayment(Transaction payment) {
        requireTransaction(payment);
        if (payment.direction() != Direction.PAYMENT)
            throw new IllegalArgumentException("only payments are recorded; transaction " + payment.id() + " has direction " + payment.direction());
        return new TrustContext(this, ledger.with(payment));
    }

    /** This context without the recorded payment {@code id} (itself when there is none). */
    public TrustContext withoutPayment(String id) {
        Ledger l = ledger.without(id);
        return l == ledger ? this : new TrustContext(this, l);
    }

    /** This context keeping only the payments of financial years ending in {@code firstYearEnd} or later. */
    public TrustContext retainYearsFrom(int firstYearEnd) {
        List<Transaction> kept = new ArrayList<>(ledger.size());
        for (Transaction t : ledger.payments()) if (Period.financialYearEnd(t.date()) >= firstYearEnd) kept.add(t);
        if (kept.size() == ledger.size()) return this;
        return new TrustContext(this, Ledger.of(kept));
    }

    /**
     * This context with {@code interest} added to person {@code personId}'s interests (a new
     * declaration). Relatedness through an interest holds on every date, so earlier payments to the party
     * count in its totals from now on, as they would in the assessment.
     */
    public TrustContext withInterest(String personId, Interest interest) {
        List<Person> people = new ArrayList<>(document.people());
        int at = indexOf(people, personId);
        if (at < 0) throw new IllegalArgumentException("no person " + personId + " in the context of trust " + trustId());
        if (related.party(interest.partyId()) == null)
            throw new IllegalArgumentException("no party " + interest.partyId() + " in the context of trust " + trustId());
        Person p = people.get(at);
        List<Interest> interests = new ArrayList<>(p.interests());
        interests.add(new Interest(interest.partyId(), interest.nature(), interest.declaredOn(),
                p.pointer() + "/interests/" + interests.size()));
        people.set(at, new Person(p.id(), p.name(), p.employee(), List.copyOf(interests), p.appointments(), p.pointer()));
        return with(replace(document, List.copyOf(people), document.parties(), document.notices()));
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
        return with(replace(document, document.people(), document.parties(), List.copyOf(notices)));
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
        return with(replace(document, document.people(), List.copyOf(parties), document.notices()));
    }

    /**
     * A new context document for the same trust. When it lists {@code transactions}, its payments replace
     * the payments recorded; when it has none (absent), the payments recorded are kept.
     */
    public TrustContext withDocument(TrustDocument doc) {
        return new TrustContext(checker, doc, doc.transactions() == null ? ledger : Ledger.of(paymentsOf(doc)));
    }

    private TrustContext with(TrustDocument doc) { return new TrustContext(checker, doc, ledger); }

    private static int indexOf(List<Person> people, String id) {
        for (int i = 0; i < people.size(); i++) if (people.get(i).id().equals(id)) return i;
        return -1;
    }

    private static TrustDocument replace(TrustDocument d, List<Person> people, List<Party> parties, List<Notice> notices) {
        return new TrustDocument(d.schemaVersion(), d.trust(), d.period(), d.asOfGiven(), d.finance(), d.governance(), people,
                parties, d.transactions(), d.pay(), d.websitePayBands(), d.specialPayments(), d.academies(), d.growth(), notices, d.info());
    }

    // ------------------------------------------------------------------------------------------ checks

    /**
     * What the handbook requires before {@code proposed} goes out (a PAYMENT), or of a RECEIPT (only
     * RPT-03 applies to receipts). See the class comment for the exact promise.
     *
     * @throws IllegalArgumentException when it lacks an id, date, amount or direction, or its party is unknown
     */
    public Decision check(Transaction proposed) {
        requireTransaction(proposed);
        Party party = related.party(proposed.partyId());
        if (proposed.direction() == Direction.PAYMENT && ledger.get(proposed.id()) != null)
            return withoutPayment(proposed.id()).check(proposed);
        InlineChecker c = checker;
        LocalDate day = proposed.date();
        List<Requirement> reqs = new ArrayList<>(4);
        Relation relation = relations.get(party.id());
        if (proposed.direction() != Direction.PAYMENT || !relation.on(day)) {
            novelOrContentious(proposed, reqs);
            Decision.Kind kind = proposed.direction() == Direction.PAYMENT ? Decision.Kind.PAYMENT : Decision.Kind.RECEIPT;
            return new Decision(proposed.id(), kind, day, proposed.amount(), false, List.of(), Optional.empty(), false,
                    !reqs.isEmpty(), Optional.empty(), false, false, List.of(), reqs, List.of());
        }

        RelatedPartyTransaction rpt = rpt(proposed, party, relation);
        RptCandidate candidate = new RptCandidate(rpt, Tri.TRUE, rpt.runningTotal(), rpt.partyYearTotal(), rpt.contractTotal(),
                List.of(), List.of(), List.of());
        List<Undecided> undecided = List.of();

        boolean declaration = false;
        if (c.rpt01 != null) {
            ParamValue required = c.params.at(InlineChecker.DECLARATION_REQUIRED, day);
            if (required.on()) {
                declaration = true;
                LocalDate declared = proposed.declaredOn();
                boolean met = declared != null && !declared.isAfter(day);
                reqs.add(c.requirement(c.rpt01, met, "related-party payments must be declared to the funding body before they are agreed ("
                        + required.source() + "); " + (declared == null ? "not declared"
                        : met ? "declared on " + declared : "declared only on " + declared + ", after the payment date"), List.of(required)));
            }
        }

        ApprovalRegime.Decision approval = null;
        boolean approvalRequired = false;
        if (c.rpt02 != null) {
            RptApproval a = RptApproval.of(c.params, candidate);
            approval = a.decision();
            if (a.required() == Tri.TRUE) {
                approvalRequired = true;
                ParamValue t = approval.threshold();
                reqs.add(c.requirement(c.rpt02, proposed.approvalRef() != null, "payment of " + Money.pounds(proposed.amount()) + " on " + day
                        + a.measure() + " exceeds the " + Money.pounds(t.money()) + " " + a.thresholdKind() + " approval threshold in force from "
                        + t.effectiveFrom() + " (" + t.source() + ")" + approvalNote(proposed), a.parameters()));
            }
        }

        approvalRequired |= novelOrContentious(proposed, reqs);

        boolean atCost = false;
        if (c.rpt04 != null) {
            ParamValue min = c.params.at(InlineChecker.AT_COST_DE_MINIMIS, day);
            TransactionKind kind = proposed.kind();
            boolean goodsOrServices = kind == TransactionKind.GOODS || kind == TransactionKind.SERVICES;
            if ((kind == null || goodsOrServices) && min.inForce() && min.money().compareTo(rpt.partyYearTotal()) < 0) {
                Exemption e = party.exemption();
                boolean educational = e == Exemption.SPONSOR_EDUCATIONAL_BODY || e == Exemption.STATE_FUNDED_EDUCATION;
                ParamValue presumed = educational && c.params.has(InlineChecker.AT_COST_PRESUMED)
                        ? c.params.at(InlineChecker.AT_COST_PRESUMED, day) : null;
                if (presumed == null || !presumed.on()) {
                    if (goodsOrServices) {
                        atCost = true;
                        boolean met = Boolean.TRUE.equals(proposed.atCost());
                        reqs.add(c.requirement(c.rpt04, met, "related-party payments to " + party.id() + " in " + candidate.financialYear()
                                + " total " + Money.pounds(rpt.partyYearTotal()) + ", over the " + Money.pounds(min.money()) + " de minimis ("
                                + min.source() + "): the supplier must confirm the " + kind + " are at no more than cost; "
                                + (met ? "at-cost assurance given" : "no at-cost assurance (atCost: " + (proposed.atCost() == null ? "absent" : "false") + ")"),
                                presumed == null ? List.of(min) : List.of(min, presumed)));
                    } else if (!Boolean.TRUE.equals(proposed.atCost())) {
                        undecided = new ArrayList<>(1);
                        undecided.add(new Undecided(c.rpt04.id(), List.of("kind")));
                    }
                }
            }
        }

        if (c.rpt05 != null && party.companyNumber() != null) undecided = insiderAppointments(candidate, reqs, undecided);

        return new Decision(proposed.id(), Decision.Kind.PAYMENT, day, proposed.amount(), true, rpt.bases(), Optional.of(rpt), declaration,
                approvalRequired, Optional.ofNullable(approval), atCost, false, List.of(), reqs, undecided);
    }

    /** The RPT with its totals: those the rules derive for {@code p} in the document with {@code p} added. */
    private RelatedPartyTransaction rpt(Transaction p, Party party, Relation relation) {
        int fy = Period.financialYearEnd(p.date());
        Ledger.Slice py = ledger.party(party.id(), fy);
        int before = py.countBefore(p);
        BigDecimal running, year;
        if (relation.always) {
            running = py.sumOfFirst(before);
            year = py.total();
        } else {
            running = BigDecimal.ZERO;
            year = BigDecimal.ZERO;
            for (int i = 0; i < py.size(); i++) {
                Transaction t = py.get(i);
                if (!relation.on(t.date())) continue;
                year = year.add(t.amount());
                if (i < before) running = running.add(t.amount());
            }
        }
        BigDecimal contract = BigDecimal.ZERO;
        if (p.contractId() != null) {
            Ledger.Slice cs = ledger.contract(p.contractId(), fy);
            for (int i = 0; i < cs.size(); i++) {
                Transaction t = cs.get(i);
                Relation r = relations.get(t.partyId());
                if (r != null && r.on(t.date())) contract = contract.add(t.amount());
            }
        }
        BigDecimal amount = p.amount();
        return new RelatedPartyTransaction(p, party, related.bases(party, p.date()), fy, running.add(amount), year.add(amount), contract.add(amount));
    }

    /** RPT-03: a transaction marked novel or contentious needs prior approval at any value. */
    private boolean novelOrContentious(Transaction t, List<Requirement> reqs) {
        if (checker.rpt03 == null || !t.novelOrContentious()) return false;
        reqs.add(checker.requirement(checker.rpt03, t.approvalRef() != null,
                "novel or contentious: prior approval is needed at any value" + approvalNote(t), List.of()));
        return true;
    }

    /** RPT-05: insiders holding an appointment at the payee's company number on the day, with no interest declared by then. */
    private List<Undecided> insiderAppointments(RptCandidate candidate, List<Requirement> reqs, List<Undecided> undecided) {
        List<Map.Entry<String, Appointment>> current = related.currentAppointments(candidate.party(), candidate.date());
        if (current.isEmpty()) return undecided;
        Set<String> seen = new LinkedHashSet<>(2);
        List<String> undeclared = new ArrayList<>(1);
        List<String> missing = null;
        for (Map.Entry<String, Appointment> a : current) {
            if (!seen.add(a.getKey())) continue;
            InsiderAppointmentMatch m = InsiderAppointmentMatch.of(candidate, related.person(a.getKey()), a.getValue());
            if (m.undeclared() == Tri.TRUE) undeclared.add(m.personId());
            else if (m.undeclared() == Tri.UNKNOWN) {
                if (missing == null) missing = new ArrayList<>(2);
                missing.addAll(m.missing());
            }
        }
        if (!undeclared.isEmpty())
            reqs.add(checker.requirement(checker.rpt05, false, "insider" + (undeclared.size() == 1 ? " " : "s ") + String.join(", ", undeclared)
                    + " hold" + (undeclared.size() == 1 ? "s" : "") + " an appointment at company " + candidate.party().companyNumber()
                    + " current on " + candidate.date() + " and had declared no interest in " + candidate.partyId()
                    + " by then: the interest must be declared in the register of interests", List.of()));
        else if (missing != null) {
            List<Undecided> out = new ArrayList<>(undecided);
            out.add(new Undecided(checker.rpt05.id(), missing));
            return out;
        }
        return undecided;
    }

    /**
     * What the handbook requires before a special payment is made: NTI-03 (compensation, ex gratia or
     * write-off while a trust notice is open: delegated authority withdrawn) and PAY-05 (special severance
     * triggers). See the class comment for the exact promise.
     */
    public Decision check(SpecialPayment proposed) {
        Objects.requireNonNull(proposed.id(), "special payment id");
        Objects.requireNonNull(proposed.date(), "special payment date");
        Objects.requireNonNull(proposed.kind(), "special payment kind");
        Objects.requireNonNull(proposed.amount(), "special payment amount");
        InlineChecker c = checker;
        LocalDate day = proposed.date();
        List<Notice> open = List.of();
        if (trustNotices != null) {
            List<Notice> o = new ArrayList<>(1);
            for (Notice n : trustNotices) if (n.openOn(day)) o.add(n);
            open = TrustNotices.ordered(o);
        }
        List<Requirement> reqs = new ArrayList<>(2);
        List<Undecided> undecided = new ArrayList<>(0);
        boolean blocked = false;
        boolean approved = proposed.approvalRef() != null;

        if (c.nti03 != null && NOTICE_WITHDRAWN.contains(proposed.kind())) {
            if (trustNotices == null) {
                if (!approved) undecided.add(new Undecided(c.nti03.id(), List.of("/notices")));
            } else if (!open.isEmpty()) {
                reqs.add(c.requirement(c.nti03, approved, TrustNotices.wereOpen(open) + " open on " + day
                        + ": a notice to improve withdraws the trust's delegated authority for " + proposed.kind() + " payments"
                        + approvalNote(proposed.approvalRef()), List.of()));
                blocked = !approved;
            }
        }

        if (c.pay05 != null && proposed.isSpecialSeverance()) {
            SpecialSeverance s = severance(proposed);
            Tri required = s.approvalRequired();
            if (required == Tri.TRUE) {
                List<ParamValue> used = new ArrayList<>(3);
                if (s.amountTrigger() == Tri.TRUE) used.add(s.amountParam());
                if (s.exitPackageTrigger() == Tri.TRUE) used.add(s.exitPackageParam());
                if (s.salaryTrigger() == Tri.TRUE) used.add(s.salaryParam());
                reqs.add(c.requirement(c.pay05, approved, "prior approval is required: " + s.reasons() + approvalNote(proposed.approvalRef()), used));
                blocked |= !approved && s.noticeTrigger() == Tri.TRUE;
            } else if (required == Tri.UNKNOWN && !approved) {
                undecided.add(new Undecided(c.pay05.id(), List.of(s.missing())));
            }
        }
        return new Decision(proposed.id(), Decision.Kind.SPECIAL_PAYMENT, day, proposed.amount(), false, List.of(), Optional.empty(), false,
                !reqs.isEmpty(), Optional.empty(), false, blocked, open, reqs, undecided);
    }

    /** PAY-05's triggers, derived by the rules' own derivation on the context with this one special payment. */
    private SpecialSeverance severance(SpecialPayment s) {
        TrustDocument d = document;
        TrustDocument one = new TrustDocument(d.schemaVersion(), d.trust(), d.period(), d.asOfGiven(), d.finance(), d.governance(),
                d.people(), d.parties(), List.of(), d.pay(), null, List.of(s), d.academies(), null, d.notices(), d.info());
        for (Object f : RemunerationFacts.derive(one, checker.params)) if (f instanceof SpecialSeverance ss) return ss;
        throw new IllegalStateException("no severance facts derived for " + s.id());
    }

    private static String approvalNote(Transaction t) { return approvalNote(t.approvalRef()); }

    private static String approvalNote(String ref) {
        return ref == null ? "; no approval reference" : "; approval " + ref;
    }

    private void requireTransaction(Transaction t) {
        Objects.requireNonNull(t, "transaction");
        if (t.id() == null || t.date() == null || t.amount() == null || t.partyId() == null || t.direction() == null)
            throw new IllegalArgumentException("transaction " + t.id() + " needs an id, date, partyId, amount and direction");
        if (related.party(t.partyId()) == null)
            throw new IllegalArgumentException("transaction " + t.id() + ": partyId " + t.partyId() + " is not a party of trust " + trustId());
    }
}
