package org.matrisk.engine.facts.relatedparty;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.matrisk.engine.PointerOrder;
import org.matrisk.engine.facts.AssessmentContext;
import org.matrisk.engine.facts.Intervals;
import org.matrisk.engine.facts.Roles;
import org.matrisk.engine.facts.Tri;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.model.Appointment;
import org.matrisk.model.Coverage;
import org.matrisk.model.DateSpan;
import org.matrisk.model.Enums.LinkKind;
import org.matrisk.model.Enums.PartyKind;
import org.matrisk.model.Enums.PayRole;
import org.matrisk.model.Enums.RoleKind;
import org.matrisk.model.FamilyLink;
import org.matrisk.model.Governance;
import org.matrisk.model.Interest;
import org.matrisk.model.Party;
import org.matrisk.model.PartyLink;
import org.matrisk.model.PayRecord;
import org.matrisk.model.Period;
import org.matrisk.model.Person;
import org.matrisk.model.Section;

/**
 * Catalogue v2 Terms 2.2-2.5 as Kleene functions over one document's people and parties (graph walking and
 * three-valued arithmetic, no verdict): which person sets a person belongs to on a day (dated roles, the 12-month
 * former window, the dated parameters of 2.2 read on each day of a month date), family (one step), the three
 * direct connection routes and link paths (breadth first, {@code COMMON_DIRECTOR} never carries). The rules of
 * {@code related_party.drl} (and PAY-08, AUT-07) decide from the values returned here.
 *
 * <p>Built once per document version (a derived fact); results are memoised per (set, party, day), so a ledger of
 * n payments costs O(n) look-ups plus one evaluation per distinct (party, date). Thread-safe.
 */
public final class RptNetwork {

    /** The person sets of Terms 2.2 read by the related-party rules. */
    public enum PersonSet { RPT, ACCOUNTS, REGISTER, EXECUTIVES, CONFLICT }


    private static final EnumSet<RoleKind> RPT_KINDS = EnumSet.of(RoleKind.MEMBER, RoleKind.TRUSTEE, RoleKind.CHAIR,
            RoleKind.ACCOUNTING_OFFICER, RoleKind.CFO, RoleKind.CEO, RoleKind.FOUNDER, RoleKind.SPONSOR_CONTROLLER);
    private static final EnumSet<RoleKind> REGISTER_KINDS = EnumSet.of(RoleKind.MEMBER, RoleKind.TRUSTEE, RoleKind.CHAIR,
            RoleKind.ACCOUNTING_OFFICER, RoleKind.CFO, RoleKind.CEO);
    private static final EnumSet<RoleKind> REGISTER_WIDER = EnumSet.of(RoleKind.LOCAL_GOVERNOR, RoleKind.KEY_MANAGEMENT, RoleKind.SENIOR_STAFF);
    private static final EnumSet<RoleKind> EXECUTIVE_KINDS = EnumSet.of(RoleKind.CEO, RoleKind.ACCOUNTING_OFFICER, RoleKind.CFO,
            RoleKind.KEY_MANAGEMENT);
    /** Conflict anchors (2.2): RPT anchors plus local governors, key management, senior staff, the company secretary. */
    private static final EnumSet<RoleKind> CONFLICT_KINDS = EnumSet.of(RoleKind.LOCAL_GOVERNOR, RoleKind.KEY_MANAGEMENT,
            RoleKind.SENIOR_STAFF, RoleKind.COMPANY_SECRETARY);
    private static final EnumSet<PayRole> EXECUTIVE_PAY = EnumSet.of(PayRole.CEO, PayRole.ACCOUNTING_OFFICER, PayRole.CFO,
            PayRole.EXECUTIVE_HEADTEACHER);

    private final List<Person> people;                       // pointer order
    private final Map<String, Person> personById = new HashMap<>();
    private final Map<String, Party> partyById = new HashMap<>();
    private final Map<String, List<Person>> interestHolders = new HashMap<>();   // partyId -> people with an interest in it
    private final Map<String, List<Person>> appointees = new HashMap<>();        // companyNumber -> people appointed there
    private final Map<String, Set<String>> family = new HashMap<>();             // personId -> family (both directions)
    private final Map<String, List<Edge>> edges = new HashMap<>();               // partyId -> moves of 2.4
    private final Set<String> executivePay = new java.util.HashSet<>();          // persons with an executive pay record
    private final Governance governance;
    private final Period period;
    private final AssessmentContext context;
    private final Coverage coverage;
    private final Coverage completeCoverage; // the reading of relatedParty: false (contract 2.5)
    private final Map<Key, RptConnection> memo = new ConcurrentHashMap<>();
    private final Map<Key, Tri> anchorMemo = new ConcurrentHashMap<>();
    private final Map<Key, Boolean> anyoneMemo = new ConcurrentHashMap<>();

    /** A memo key: what is asked (kind), of whom (id), on which days, under which reading. */
    private record Key(int kind, String id, LocalDate first, LocalDate last, boolean asIs) {}
    private static final int UNDECLARED = 100, DIRECT = 200, ANCHOR = 300, ANYONE = 400;

    /** A move from a party to another on the days its link holds. */
    private record Edge(String to, PartyLink link, String via) {}

    public RptNetwork(Collection<Person> people, Collection<Party> parties, Collection<PayRecord> pay, Governance governance,
                      AssessmentContext context, Coverage coverage) {
        List<Person> ps = new ArrayList<>(people);
        ps.sort((a, b) -> PointerOrder.INSTANCE.compare(a.pointer(), b.pointer()));
        this.people = List.copyOf(ps);
        this.governance = governance;
        this.period = context.getPeriod();
        this.context = context;
        this.coverage = coverage;
        Map<Section, Coverage.Entry> all = new EnumMap<>(Section.class);
        for (Section s : Section.values()) all.put(s, new Coverage.Entry(true, "relatedParty: false", null));
        this.completeCoverage = new Coverage(coverage.catalogue(), all, coverage.nulls(), coverage.months(), coverage.bands());
        for (Person p : this.people) {
            personById.put(p.id(), p);
            for (Interest i : p.interests())
                if (i.partyId() != null) addOnce(interestHolders.computeIfAbsent(i.partyId(), k -> new ArrayList<>(2)), p);
            for (Appointment a : p.appointments())
                if (a.companyNumber() != null) addOnce(appointees.computeIfAbsent(a.companyNumber(), k -> new ArrayList<>(2)), p);
            for (FamilyLink f : p.familyOf()) {
                if (f.personId() == null) continue;
                family.computeIfAbsent(p.id(), k -> new LinkedHashSet<>()).add(f.personId());
                family.computeIfAbsent(f.personId(), k -> new LinkedHashSet<>()).add(p.id());
            }
        }
        List<Party> qs = new ArrayList<>(parties);
        qs.sort((a, b) -> PointerOrder.INSTANCE.compare(a.pointer(), b.pointer()));
        for (Party q : qs) partyById.put(q.id(), q);
        for (Party x : qs)
            for (PartyLink l : x.links()) {
                if (l.partyId() == null || l.kind() == null) continue;
                switch (l.kind()) {
                    case SUBCONTRACTOR, PARENT -> edge(x.id(), l.partyId(), l);   // money passes down; the parent owns x
                    case SUBSIDIARY -> edge(l.partyId(), x.id(), l);              // x owns its subsidiary: move from it to x
                    case SAME_OWNER -> { edge(x.id(), l.partyId(), l); edge(l.partyId(), x.id(), l); }
                    case COMMON_DIRECTOR -> { } // never carries a connection (2.4)
                }
            }
        for (PayRecord r : pay) if (r.personId() != null && r.role() != null && EXECUTIVE_PAY.contains(r.role())) executivePay.add(r.personId());
    }

    private static void addOnce(List<Person> list, Person p) { if (!list.contains(p)) list.add(p); }

    private void edge(String from, String to, PartyLink l) {
        edges.computeIfAbsent(from, k -> new ArrayList<>(2)).add(new Edge(to, l, from));
    }

    // ------------------------------------------------------------------------------------------ public questions

    /** Related party (RPT sense) on D: relatedParty: true, or connected to the RPT anchors with family (2.5). */
    public RptConnection related(Party q, DateSpan d) { return relation(PersonSet.RPT, q, d, true, true, true); }

    /** Accounts-related on D: relatedParty: true, or connected to the accounts anchors with family (RPT-06). */
    public RptConnection accountsRelated(Party q, DateSpan d) { return relation(PersonSet.ACCOUNTS, q, d, true, true, true); }

    /** Connected on D to the executives by routes 1 to 3 or a link path, no family (PAY-08, 3.3). */
    public RptConnection executiveConnected(Party q, DateSpan d) { return relation(PersonSet.EXECUTIVES, q, d, false, true, false); }

    /** Conflicted on D: relatedParty: true, or connected to the conflict anchors with family (2.5; PRC-02). */
    public RptConnection conflicted(Party q, DateSpan d) { return relation(PersonSet.CONFLICT, q, d, true, true, true); }

    /**
     * RPT-05 on D: some register holder H holds an appointment at q's companyNumber current on D (H's own) and has no
     * interests[] entry for q with declaredOn on or before D. TRUE names the first such holder and appointment.
     */
    public RptConnection undeclaredAppointment(Party q, DateSpan d) {
        if (q == null || d == null) return RptConnection.of(Tri.UNKNOWN, null, null, null);
        Key key = new Key(UNDECLARED, q.id(), d.first(), d.last(), true);
        RptConnection r = memo.get(key);
        if (r == null) { r = computeUndeclared(q, d); memo.put(key, r); }
        return r;
    }

    // ------------------------------------------------------------------------------------------ relatedness

    private RptConnection relation(PersonSet set, Party q, DateSpan d, boolean withFamily, boolean paths, boolean flag) {
        if (q == null || d == null) return RptConnection.of(Tri.UNKNOWN, null, null, null);
        if (flag && q.relatedParty()) return RptConnection.of(Tri.TRUE, "relatedParty: true", null, q.pointer());
        Key key = new Key(set.ordinal(), q.id(), d.first(), d.last(), true);
        RptConnection r = memo.get(key);
        if (r == null) {
            Coverage cov = q.assertedUnrelated() ? completeCoverage : coverage;
            r = connected(set, q, d, withFamily, paths, cov);
            memo.put(key, r);
        }
        return r;
    }

    /** Directly connected, else linked by a breadth-first walk (each party once; paths by length, then party id). */
    private RptConnection connected(PersonSet set, Party q, DateSpan d, boolean withFamily, boolean paths, Coverage cov) {
        RptConnection direct = direct(set, q, d, withFamily, cov);
        if (direct.isTrue() || !paths) return direct;
        if (edges.isEmpty()) {
            if (direct.value() == Tri.FALSE && cov.partial(Section.PARTIES))
                return new RptConnection(Tri.UNKNOWN, null, null, null, partialSections(set, withFamily, cov));
            return direct.value() == Tri.UNKNOWN ? new RptConnection(Tri.UNKNOWN, direct.text(), direct.personId(), direct.pointer(), partialSections(set, withFamily, cov)) : direct;
        }
        Tri acc = direct.value();
        String text = direct.text(), person = direct.personId(), pointer = direct.pointer();
        // two walks: over links that surely hold on D, then over those that may (none when no link leaves q)
        for (int pass = edges.containsKey(q.id()) ? 0 : 2; pass < 2 && acc != Tri.TRUE; pass++) {
            boolean sure = pass == 0;
            Set<String> seen = new java.util.HashSet<>();
            seen.add(q.id());
            ArrayDeque<String> frontier = new ArrayDeque<>();
            frontier.add(q.id());
            Map<String, String> via = new HashMap<>();
            while (!frontier.isEmpty() && acc != Tri.TRUE) {
                // one level at a time, in party-id order
                TreeMap<String, String> next = new TreeMap<>();
                for (String x : frontier)
                    for (Edge e : edges.getOrDefault(x, List.of())) {
                        if (seen.contains(e.to()) || next.containsKey(e.to())) continue;
                        Tri holds = linkHolds(e.link(), d, cov);
                        if (holds == Tri.FALSE || (sure && holds != Tri.TRUE)) continue;
                        next.put(e.to(), x);
                    }
                frontier.clear();
                for (Map.Entry<String, String> n : next.entrySet()) {
                    seen.add(n.getKey());
                    via.put(n.getKey(), n.getValue());
                    frontier.add(n.getKey());
                    Party y = partyById.get(n.getKey());
                    if (y == null) continue;
                    RptConnection ry = direct(set, y, d, withFamily, cov);
                    if (ry.value() == Tri.FALSE) continue;
                    Tri v = sure ? ry.value() : Tri.UNKNOWN;
                    if (v == Tri.TRUE || (acc == Tri.FALSE && v == Tri.UNKNOWN)) {
                        text = "through " + path(q.id(), y.id(), via) + ": " + ry.text();
                        person = ry.personId();
                        pointer = ry.pointer();
                    }
                    acc = acc.or(v);
                    if (acc == Tri.TRUE) break;
                }
            }
        }
        // unlisted links may exist while parties is partial (2.5: only a complete parties section excludes paths)
        if (acc == Tri.FALSE && cov.partial(Section.PARTIES)) acc = Tri.UNKNOWN;
        return new RptConnection(acc, text, person, pointer, acc == Tri.UNKNOWN ? partialSections(set, withFamily, cov) : List.of());
    }

    private static String path(String from, String to, Map<String, String> via) {
        List<String> ids = new ArrayList<>();
        for (String x = to; x != null && !x.equals(from); x = via.get(x)) ids.add(0, x);
        return "a link path " + from + " -> " + String.join(" -> ", ids);
    }

    /** The sections whose partial state may leave a relation UNKNOWN, as "coverage.<section>". */
    private List<String> partialSections(PersonSet set, boolean withFamily, Coverage cov) {
        List<String> out = new ArrayList<>();
        List<Section> read = new ArrayList<>(List.of(Section.GOVERNANCE, Section.PEOPLE, Section.INTERESTS, Section.APPOINTMENTS));
        if (withFamily) read.add(Section.FAMILY);
        read.add(Section.PARTIES);
        if (set == PersonSet.EXECUTIVES) read.add(Section.PAY);
        for (Section s : read) if (cov.partial(s)) out.add("coverage." + s.key());
        return out;
    }

    /** Directly connected on D to the set (with family when asked): routes 1 to 3 of 2.4 (Readings 7.7 order). */
    private RptConnection direct(PersonSet set, Party q, DateSpan d, boolean withFamily, Coverage cov) {
        Key key = new Key(DIRECT + set.ordinal() * 2 + (withFamily ? 1 : 0), q.id(), d.first(), d.last(), cov == coverage);
        RptConnection memoised = memo.get(key);
        if (memoised != null) return memoised;
        Tri acc = Tri.FALSE;
        String text = null, person = null, pointer = null;
        // route 1: an interest in q (any nature, declared or not, every date)
        for (Person p : interestHolders.getOrDefault(q.id(), List.of())) {
            Member m = member(set, p, d, withFamily, cov);
            if (m.value == Tri.FALSE) continue;
            Interest i = null;
            for (Interest x : p.interests()) if (q.id().equals(x.partyId())) { i = x; break; }
            if (better(acc, m.value)) { text = "an interest of " + p.id() + m.how; person = p.id(); pointer = i.pointer(); }
            acc = acc.or(m.value);
            if (acc == Tri.TRUE) break;
        }
        // route 2: an appointment current on D at q's companyNumber (none: no match, A-04)
        if (acc != Tri.TRUE && q.companyNumber() != null)
            for (Person p : appointees.getOrDefault(q.companyNumber(), List.of())) {
                Member m = member(set, p, d, withFamily, cov);
                if (m.value == Tri.FALSE) continue;
                for (Appointment a : p.appointments()) {
                    if (!q.companyNumber().equals(a.companyNumber())) continue;
                    Tri v = m.value.and(currentOn(a, d, cov));
                    if (better(acc, v)) { text = "an appointment of " + p.id() + " at company " + q.companyNumber() + m.how; person = p.id(); pointer = a.pointer(); }
                    acc = acc.or(v);
                    if (acc == Tri.TRUE) break;
                }
                if (acc == Tri.TRUE) break;
            }
        // route 3: q is the person's INDIVIDUAL party
        if (acc != Tri.TRUE && q.kind() == PartyKind.INDIVIDUAL && q.personId() != null) {
            Person p = personById.get(q.personId());
            if (p != null) {
                Member m = member(set, p, d, withFamily, cov);
                if (better(acc, m.value)) { text = p.id() + "'s own party" + m.how; person = p.id(); pointer = q.pointer(); }
                acc = acc.or(m.value);
            }
        }
        // listed people without a listed route, and unlisted people, while sections are partial (2.5)
        if (acc != Tri.TRUE && routePossibleUnlisted(q, cov) && anyoneMayBelong(set, d, withFamily, cov)) acc = acc.or(Tri.UNKNOWN);
        RptConnection r = new RptConnection(acc, text, person, pointer, List.of());
        memo.put(key, r);
        return r;
    }

    private static boolean better(Tri acc, Tri v) { return v == Tri.TRUE ? acc != Tri.TRUE : v == Tri.UNKNOWN && acc == Tri.FALSE; }

    /** Some route of 2.4 may join q to a person without a listed entry: a partial section the route reads. */
    private static boolean routePossibleUnlisted(Party q, Coverage cov) {
        if (cov.partial(Section.INTERESTS)) return true;
        if (q.companyNumber() != null && cov.partial(Section.APPOINTMENTS)) return true;
        return q.kind() == PartyKind.INDIVIDUAL && q.personId() == null && cov.partial(Section.PARTIES);
    }

    /** Some person (listed, or unlisted while a covering section is partial) may be in the set, with family, on D. */
    private boolean anyoneMayBelong(PersonSet set, DateSpan d, boolean withFamily, Coverage cov) {
        if (unlistedMayHold(set, cov)) return true;
        Key key = new Key(ANYONE + set.ordinal(), null, d.first(), d.last(), cov == coverage);
        Boolean b = anyoneMemo.get(key);
        if (b == null) {
            b = Boolean.FALSE;
            for (Person p : people) if (anchor(set, p, d, cov) != Tri.FALSE) { b = Boolean.TRUE; break; }
            anyoneMemo.put(key, b);
        }
        return b;
    }

    private static boolean unlistedMayHold(PersonSet set, Coverage cov) {
        if (cov.partial(Section.GOVERNANCE) && set != PersonSet.EXECUTIVES) return true;
        if (cov.partial(Section.GOVERNANCE) && set == PersonSet.EXECUTIVES) return true; // accounting officer, CFO
        if (cov.partial(Section.PEOPLE)) return true;
        return set == PersonSet.EXECUTIVES && cov.partial(Section.PAY);
    }

    /** Membership of p in the set, or (with family) through a family member's membership (one step, 2.3). */
    private record Member(Tri value, String how) {}

    private Member member(PersonSet set, Person p, DateSpan d, boolean withFamily, Coverage cov) {
        Tri own = anchor(set, p, d, cov);
        if (own == Tri.TRUE || !withFamily) return new Member(own, "");
        Tri acc = own;
        String how = "";
        for (String f : family.getOrDefault(p.id(), Set.of())) {
            Person fp = personById.get(f);
            if (fp == null) continue;
            Tri v = anchor(set, fp, d, cov);
            if (better(acc, v)) how = " (family of " + f + ")";
            acc = acc.or(v);
            if (acc == Tri.TRUE) return new Member(acc, how);
        }
        // a pair without an entry is "not family" only while family is complete (2.3)
        if (cov.partial(Section.FAMILY)) {
            // (p itself counts here too: p may be in the set without being family of anyone, a harmless over-reach
            // only when p's own membership is already UNKNOWN)
            boolean some = unlistedMayHold(set, cov);
            if (!some) for (Person o : people) if (o != p && anchor(set, o, d, cov) != Tri.FALSE) { some = true; break; }
            if (some) acc = acc.or(Tri.UNKNOWN);
        }
        return new Member(acc, how);
    }

    /** p belongs to the set on D (Terms 2.2; dated parameters read on every day of D, Readings 7.4). */
    public Tri anchor(PersonSet set, Person p, DateSpan d, Coverage cov) {
        Key key = new Key(ANCHOR + set.ordinal(), p.id(), d.first(), d.last(), cov == coverage);
        Tri t = anchorMemo.get(key);
        if (t == null && d.first().equals(d.last())) {
            // one day: one reading of the parameters
            t = anchorWith(set, settings(set, d.first()), p, d, cov);
            anchorMemo.put(key, t);
        } else if (t == null) {
            // the parameters of the set on each day of D; one evaluation per distinct combination
            Map<Settings, Tri> byParams = new HashMap<>(2);
            for (LocalDate x = d.first(); !x.isAfter(d.last()); x = x.plusDays(1)) {
                Settings s = settings(set, x);
                byParams.computeIfAbsent(s, k -> anchorWith(set, s, p, d, cov));
            }
            Tri acc = null;
            for (Tri v : byParams.values()) acc = acc == null ? v : (acc == v ? acc : Tri.UNKNOWN);
            t = acc == null ? Tri.UNKNOWN : acc;
            anchorMemo.put(key, t);
        }
        return t;
    }

    /**
     * p belongs to the set on some day of [from, to] (each day read as {@link #anchor} reads it): the Kleene OR over
     * the days, stopping at the first TRUE; memoised per person and range.
     */
    public Tri anchorSomeDay(PersonSet set, Person p, LocalDate from, LocalDate to, Coverage cov) {
        Key key = new Key(ANCHOR_SOME_DAY + set.ordinal(), p.id(), from, to, cov == coverage);
        Tri t = anchorMemo.get(key);
        if (t == null) {
            t = Tri.FALSE;
            for (LocalDate x = from; !x.isAfter(to); x = x.plusDays(1)) {
                t = t.or(anchor(set, p, DateSpan.of(x), cov));
                if (t == Tri.TRUE) break;
            }
            anchorMemo.put(key, t);
        }
        return t;
    }

    private static final int ANCHOR_SOME_DAY = 700;

    /** The dated parameters a set reads on a day. */
    private record Settings(int months, boolean keyManagement, boolean wider) {}

    private Settings settings(PersonSet set, LocalDate day) {
        return switch (set) {
            case RPT -> new Settings(intParam("people.formerWindowMonths", day), boolParam("rpt.keyManagementInRegime", day), false);
            case ACCOUNTS, EXECUTIVES, CONFLICT -> new Settings(intParam("people.formerWindowMonths", day), true, false);
            case REGISTER -> new Settings(intParam("register.formerWindowMonths", day), false, boolParam("register.widerHoldersFrom", day));
        };
    }

    private int intParam(String name, LocalDate day) {
        ParamValue v = context.paramOn(name, day);
        return v.inForce() ? v.intValue() : 0;
    }

    private boolean boolParam(String name, LocalDate day) { return context.paramOn(name, day).bool(); }

    /** The role kinds of a set under its dated parameters, by set, keyManagement and wider (built once). */
    private static final RoleKind[][][][] KINDS = new RoleKind[PersonSet.values().length][2][2][];
    static {
        for (PersonSet set : PersonSet.values())
            for (int km = 0; km < 2; km++)
                for (int w = 0; w < 2; w++) {
                    EnumSet<RoleKind> kinds = switch (set) {
                        case RPT -> EnumSet.copyOf(RPT_KINDS);
                        case ACCOUNTS -> EnumSet.copyOf(RPT_KINDS);
                        case REGISTER -> EnumSet.copyOf(REGISTER_KINDS);
                        case EXECUTIVES -> EnumSet.copyOf(EXECUTIVE_KINDS);
                        case CONFLICT -> { EnumSet<RoleKind> k = EnumSet.copyOf(RPT_KINDS); k.addAll(CONFLICT_KINDS); yield k; }
                    };
                    if (km == 1) kinds.add(RoleKind.KEY_MANAGEMENT);
                    if (w == 1) kinds.addAll(REGISTER_WIDER);
                    KINDS[set.ordinal()][km][w] = kinds.toArray(new RoleKind[0]); // EnumSet order: declaration order
                }
    }

    private Tri anchorWith(PersonSet set, Settings s, Person p, DateSpan d, Coverage cov) {
        RoleKind[] kinds = KINDS[set.ordinal()][s.keyManagement() ? 1 : 0][s.wider() ? 1 : 0];
        Tri acc = Tri.FALSE;
        if (set == PersonSet.EXECUTIVES) {
            if (executivePay.contains(p.id())) return Tri.TRUE;
            if (cov.partial(Section.PAY)) acc = Tri.UNKNOWN; // an unlisted executive pay record may exist
        }
        for (RoleKind r : kinds) {
            acc = acc.or(Roles.holdsWithin(p, r, d, s.months(), governance, period, cov));
            if (acc == Tri.TRUE) return acc;
        }
        return acc;
    }

    // ------------------------------------------------------------------------------------------ dated links and appointments

    /** A link holds on D: from and to absent = open (contract 5.4). */
    private static Tri linkHolds(PartyLink l, DateSpan d, Coverage cov) {
        DateSpan from = cov.date(l.pointer(), "from", l.from());
        DateSpan to = cov.date(l.pointer(), "to", l.to());
        Tri a = from == null ? Tri.TRUE : Intervals.onOrBefore(from, d);
        Tri b = to == null ? Tri.TRUE : Intervals.onOrBefore(d, to);
        return a.and(b);
    }

    /**
     * An appointment current on D (contract 5.3): from &le; D &le; to; {@code from} absent: UNKNOWN unless to &lt; D;
     * {@code to} absent: no end while appointments is complete, else known through knownUntil (its first day without one).
     */
    public static Tri currentOn(Appointment a, DateSpan d, Coverage cov) {
        DateSpan from = cov.date(a.pointer(), "from", a.from());
        DateSpan to = cov.date(a.pointer(), "to", a.to());
        if (to != null && Intervals.before(to, d) == Tri.TRUE) return Tri.FALSE;
        Tri starts = from == null ? Tri.UNKNOWN : Intervals.onOrBefore(from, d);
        Tri lasts;
        if (to != null) lasts = Intervals.onOrBefore(d, to);
        else if (cov.complete(Section.APPOINTMENTS)) lasts = Tri.TRUE;
        else {
            DateSpan known = cov.date(a.pointer(), "knownUntil", a.knownUntil());
            if (known == null) known = from;
            lasts = known != null && Intervals.onOrBefore(d, known) == Tri.TRUE ? Tri.TRUE : Tri.UNKNOWN;
        }
        return starts.and(lasts);
    }

    // ------------------------------------------------------------------------------------------ RPT-05

    private RptConnection computeUndeclared(Party q, DateSpan d) {
        Coverage cov = q.assertedUnrelated() ? completeCoverage : coverage;
        if (q.companyNumber() == null) return RptConnection.of(Tri.FALSE, null, null, null);
        Tri acc = Tri.FALSE;
        String text = null, person = null, pointer = null;
        for (Person h : appointees.getOrDefault(q.companyNumber(), List.of())) {
            Tri holder = anchor(PersonSet.REGISTER, h, d, cov);
            if (holder == Tri.FALSE) continue;
            Tri undeclared = undeclared(h, q, d, cov);
            if (undeclared == Tri.FALSE) continue;
            for (Appointment a : h.appointments()) {
                if (!q.companyNumber().equals(a.companyNumber())) continue;
                Tri v = holder.and(currentOn(a, d, cov)).and(undeclared);
                if (better(acc, v)) { text = "an appointment of " + h.id() + " at company " + q.companyNumber(); person = h.id(); pointer = a.pointer(); }
                acc = acc.or(v);
                if (acc == Tri.TRUE) break;
            }
            if (acc == Tri.TRUE) break;
        }
        // an unlisted appointment of a listed or unlisted register holder, while appointments is partial
        if (acc != Tri.TRUE && cov.partial(Section.APPOINTMENTS)) {
            boolean some = unlistedMayHold(PersonSet.REGISTER, cov);
            if (!some) for (Person h : people)
                if (anchor(PersonSet.REGISTER, h, d, cov) != Tri.FALSE && undeclared(h, q, d, cov) != Tri.FALSE) { some = true; break; }
            if (some) acc = acc.or(Tri.UNKNOWN);
        }
        List<String> missing = new ArrayList<>();
        if (acc == Tri.UNKNOWN)
            for (Section s : List.of(Section.GOVERNANCE, Section.PEOPLE, Section.INTERESTS, Section.APPOINTMENTS))
                if (cov.partial(s)) missing.add("coverage." + s.key());
        return new RptConnection(acc, text, person, pointer, missing);
    }

    /**
     * "h has no interests[] entry for q with declaredOn on or before D": FALSE when a listed entry is declared by D;
     * an entry without declaredOn is not a declaration when interests is complete or the field is documented null;
     * while interests is partial an unlisted declared entry may exist (catalogue v2 3.1, RPT-05).
     */
    private static Tri undeclared(Person h, Party q, DateSpan d, Coverage cov) {
        Tri acc = Tri.TRUE;
        for (Interest i : h.interests()) {
            if (!q.id().equals(i.partyId())) continue;
            DateSpan on = cov.date(i.pointer(), "declaredOn", i.declaredOn());
            Tri declared = on != null ? Intervals.onOrBefore(on, d) : cov.none(Section.INTERESTS, i.pointer(), "declaredOn", null).not();
            acc = acc.and(declared.not());
            if (acc == Tri.FALSE) return acc;
        }
        if (cov.partial(Section.INTERESTS)) acc = acc.and(Tri.UNKNOWN);
        return acc;
    }

    // ------------------------------------------------------------------------------------------ RPT-08, RPT-09 (catalogue 2, added)

    /**
     * RPT-08 on D: q is related only through a link path (relatedParty not true, not directly connected to the RPT
     * anchors with family) and some person of the anchors with family who directly connects the end of a path (an
     * "anchor behind" q) has no interests[] entry for q with declaredOn on or before D. TRUE names the first path
     * found (Readings 7.7 order) and that person. Kleene: a direct connection UNKNOWN, a link holding UNKNOWN, an
     * undeclared status UNKNOWN, or unlisted links while parties is partial, leave it UNKNOWN.
     */
    public RptConnection passThrough(Party q, DateSpan d) {
        if (q == null || d == null) return RptConnection.of(Tri.UNKNOWN, null, null, null);
        if (q.relatedParty()) return RptConnection.of(Tri.FALSE, null, null, null);
        Key key = new Key(PASS_THROUGH, q.id(), d.first(), d.last(), true);
        RptConnection r = memo.get(key);
        if (r == null) { r = computePassThrough(q, d); memo.put(key, r); }
        return r;
    }

    private static final int PASS_THROUGH = 500, FAMILY_INTEREST = 600;

    private RptConnection computePassThrough(Party q, DateSpan d) {
        Coverage cov = q.assertedUnrelated() ? completeCoverage : coverage;
        RptConnection dir = direct(PersonSet.RPT, q, d, true, cov);
        if (dir.isTrue()) return RptConnection.of(Tri.FALSE, null, null, null);
        Tri notDirect = dir.value().not();
        Tri acc = Tri.FALSE;
        String text = null, person = null, pointer = null;
        for (int pass = edges.containsKey(q.id()) ? 0 : 2; pass < 2 && acc != Tri.TRUE; pass++) {
            boolean sure = pass == 0;
            Set<String> seen = new java.util.HashSet<>();
            seen.add(q.id());
            ArrayDeque<String> frontier = new ArrayDeque<>();
            frontier.add(q.id());
            Map<String, String> via = new HashMap<>();
            while (!frontier.isEmpty() && acc != Tri.TRUE) {
                TreeMap<String, String> next = new TreeMap<>();
                for (String x : frontier)
                    for (Edge e : edges.getOrDefault(x, List.of())) {
                        if (seen.contains(e.to()) || next.containsKey(e.to())) continue;
                        Tri holds = linkHolds(e.link(), d, cov);
                        if (holds == Tri.FALSE || (sure && holds != Tri.TRUE)) continue;
                        next.put(e.to(), x);
                    }
                frontier.clear();
                for (Map.Entry<String, String> n : next.entrySet()) {
                    seen.add(n.getKey());
                    via.put(n.getKey(), n.getValue());
                    frontier.add(n.getKey());
                    Party y = partyById.get(n.getKey());
                    if (y == null) continue;
                    for (Behind b : behind(PersonSet.RPT, y, d, true, cov)) {
                        Tri und = b.person() == null ? Tri.UNKNOWN : undeclared(b.person(), q, d, cov);
                        Tri v = (sure ? Tri.TRUE : Tri.UNKNOWN).and(b.value()).and(und);
                        if (better(acc, v)) {
                            text = "through " + path(q.id(), y.id(), via) + ": " + b.text();
                            person = b.person() == null ? null : b.person().id();
                            pointer = b.pointer();
                        }
                        acc = acc.or(v);
                        if (acc == Tri.TRUE) break;
                    }
                    if (acc == Tri.TRUE) break;
                }
            }
        }
        if (acc != Tri.TRUE && cov.partial(Section.PARTIES)) acc = acc.or(Tri.UNKNOWN);
        Tri value = notDirect.and(acc);
        List<String> missing = new ArrayList<>();
        if (value == Tri.UNKNOWN) {
            missing.addAll(partialSections(PersonSet.RPT, true, cov));
            if (cov.partial(Section.INTERESTS) && !missing.contains("coverage.interests")) missing.add("coverage.interests");
        }
        return new RptConnection(value, text, person, pointer, missing);
    }

    /** A person (null: an unlisted one) who may directly connect y on D, with the Kleene value of that connection. */
    private record Behind(Person person, Tri value, String text, String pointer) {}

    /** Every person of the set (with family) who may directly connect y on D: routes 1 to 3, in Readings 7.7 order. */
    private List<Behind> behind(PersonSet set, Party y, DateSpan d, boolean withFamily, Coverage cov) {
        List<Behind> out = new ArrayList<>();
        for (Person p : interestHolders.getOrDefault(y.id(), List.of())) {
            Member m = member(set, p, d, withFamily, cov);
            if (m.value == Tri.FALSE) continue;
            Interest i = null;
            for (Interest x : p.interests()) if (y.id().equals(x.partyId())) { i = x; break; }
            out.add(new Behind(p, m.value, "an interest of " + p.id() + " in " + y.id() + m.how, i.pointer()));
        }
        if (y.companyNumber() != null)
            for (Person p : appointees.getOrDefault(y.companyNumber(), List.of())) {
                Member m = member(set, p, d, withFamily, cov);
                if (m.value == Tri.FALSE) continue;
                for (Appointment a : p.appointments()) {
                    if (!y.companyNumber().equals(a.companyNumber())) continue;
                    Tri v = m.value.and(currentOn(a, d, cov));
                    if (v != Tri.FALSE) out.add(new Behind(p, v, "an appointment of " + p.id() + " at company " + y.companyNumber() + m.how, a.pointer()));
                }
            }
        if (y.kind() == PartyKind.INDIVIDUAL && y.personId() != null) {
            Person p = personById.get(y.personId());
            if (p != null) {
                Member m = member(set, p, d, withFamily, cov);
                if (m.value != Tri.FALSE) out.add(new Behind(p, m.value, p.id() + "'s own party " + y.id() + m.how, y.pointer()));
            }
        }
        if (routePossibleUnlisted(y, cov) && anyoneMayBelong(set, d, withFamily, cov)) out.add(new Behind(null, Tri.UNKNOWN, "an unlisted route", null));
        return out;
    }

    /**
     * RPT-09 on D: for some register holder H on D and some family member F of H, q is connected to F (F's routes 1
     * to 3 and link paths), q is not connected to H by H's own routes (routes 1 to 3 and link paths of H alone), and H
     * has no interests[] entry for q with declaredOn on or before D. TRUE names the first H and F (people[] order).
     * A partial family section adds an unlisted family member of any register holder (UNKNOWN).
     */
    public RptConnection familyInterest(Party q, DateSpan d) {
        if (q == null || d == null) return RptConnection.of(Tri.UNKNOWN, null, null, null);
        Key key = new Key(FAMILY_INTEREST, q.id(), d.first(), d.last(), true);
        RptConnection r = memo.get(key);
        if (r == null) { r = computeFamilyInterest(q, d); memo.put(key, r); }
        return r;
    }

    private RptConnection computeFamilyInterest(Party q, DateSpan d) {
        Coverage cov = q.assertedUnrelated() ? completeCoverage : coverage;
        Tri acc = Tri.FALSE;
        String text = null, person = null, pointer = null;
        boolean someHolder = unlistedMayHold(PersonSet.REGISTER, cov);
        boolean familyPartial = cov.partial(Section.FAMILY);
        for (Person h : people) {
            // a holder with no listed family member adds nothing below: whether h is a holder then only matters
            // for someHolder (read when family is partial), and only until some holder is found
            boolean listedFamily = hasListedFamily(h);
            if (!listedFamily && (someHolder || !familyPartial)) continue;
            Tri holder = anchor(PersonSet.REGISTER, h, d, cov);
            if (holder == Tri.FALSE) continue;
            someHolder = true;
            if (!listedFamily) continue;
            Tri und = undeclared(h, q, d, cov);
            if (und == Tri.FALSE) continue;
            Tri notOwn = personConnected(h, q, d, cov).value().not();
            if (notOwn == Tri.FALSE) continue;
            for (String fid : family.getOrDefault(h.id(), Set.of())) {
                Person f = personById.get(fid);
                if (f == null) continue;
                RptConnection cf = personConnected(f, q, d, cov);
                Tri v = holder.and(cf.value()).and(notOwn).and(und);
                if (better(acc, v)) {
                    text = "family member " + f.id() + " of register holder " + h.id() + ": " + cf.text();
                    person = h.id();
                    pointer = cf.pointer() != null ? cf.pointer() : f.pointer();
                }
                acc = acc.or(v);
                if (acc == Tri.TRUE) break;
            }
            if (acc == Tri.TRUE) break;
        }
        // an unlisted family member (family partial) may be connected to q
        if (acc != Tri.TRUE && cov.partial(Section.FAMILY) && someHolder) acc = acc.or(Tri.UNKNOWN);
        List<String> missing = new ArrayList<>();
        if (acc == Tri.UNKNOWN)
            for (Section s : List.of(Section.GOVERNANCE, Section.PEOPLE, Section.INTERESTS, Section.APPOINTMENTS, Section.FAMILY, Section.PARTIES))
                if (cov.partial(s)) missing.add("coverage." + s.key());
        return new RptConnection(acc, text, person, pointer, missing);
    }

    /** Whether some family member of h is listed in people[] (the only ones RPT-09 reads). */
    private boolean hasListedFamily(Person h) {
        for (String fid : family.getOrDefault(h.id(), Set.of())) if (personById.containsKey(fid)) return true;
        return false;
    }

    /** q is connected on D to the one person p (routes 1 to 3 of p, and link paths to a party p directly connects). */
    private RptConnection personConnected(Person p, Party q, DateSpan d, Coverage cov) {
        RptConnection own = ownRoute(p, q, d, cov);
        if (own.isTrue()) return own;
        Tri acc = own.value();
        String text = own.text(), pointer = own.pointer();
        // no link leaves q: the walk below would visit nothing
        for (int pass = edges.containsKey(q.id()) ? 0 : 2; pass < 2 && acc != Tri.TRUE; pass++) {
            boolean sure = pass == 0;
            Set<String> seen = new java.util.HashSet<>();
            seen.add(q.id());
            ArrayDeque<String> frontier = new ArrayDeque<>();
            frontier.add(q.id());
            Map<String, String> via = new HashMap<>();
            while (!frontier.isEmpty() && acc != Tri.TRUE) {
                TreeMap<String, String> next = new TreeMap<>();
                for (String x : frontier)
                    for (Edge e : edges.getOrDefault(x, List.of())) {
                        if (seen.contains(e.to()) || next.containsKey(e.to())) continue;
                        Tri holds = linkHolds(e.link(), d, cov);
                        if (holds == Tri.FALSE || (sure && holds != Tri.TRUE)) continue;
                        next.put(e.to(), x);
                    }
                frontier.clear();
                for (Map.Entry<String, String> n : next.entrySet()) {
                    seen.add(n.getKey());
                    via.put(n.getKey(), n.getValue());
                    frontier.add(n.getKey());
                    Party y = partyById.get(n.getKey());
                    if (y == null) continue;
                    RptConnection ry = ownRoute(p, y, d, cov);
                    Tri v = (sure ? Tri.TRUE : Tri.UNKNOWN).and(ry.value());
                    if (better(acc, v)) { text = "through " + path(q.id(), y.id(), via) + ": " + ry.text(); pointer = ry.pointer(); }
                    acc = acc.or(v);
                    if (acc == Tri.TRUE) break;
                }
            }
        }
        if (acc != Tri.TRUE && cov.partial(Section.PARTIES)) acc = acc.or(Tri.UNKNOWN);
        return new RptConnection(acc, text, p.id(), pointer, List.of());
    }

    /** Routes 1 to 3 of one person to q on D; a partial section a route reads may hide an entry of p (UNKNOWN). */
    private RptConnection ownRoute(Person p, Party q, DateSpan d, Coverage cov) {
        for (Interest i : p.interests())
            if (q.id().equals(i.partyId())) return RptConnection.of(Tri.TRUE, "an interest of " + p.id() + " in " + q.id(), p.id(), i.pointer());
        Tri acc = Tri.FALSE;
        String text = null, pointer = null;
        if (q.companyNumber() != null)
            for (Appointment a : p.appointments()) {
                if (!q.companyNumber().equals(a.companyNumber())) continue;
                Tri v = currentOn(a, d, cov);
                if (better(acc, v)) { text = "an appointment of " + p.id() + " at company " + q.companyNumber(); pointer = a.pointer(); }
                acc = acc.or(v);
                if (acc == Tri.TRUE) return new RptConnection(acc, text, p.id(), pointer, List.of());
            }
        if (q.kind() == PartyKind.INDIVIDUAL && p.id().equals(q.personId()))
            return RptConnection.of(Tri.TRUE, p.id() + "'s own party " + q.id(), p.id(), q.pointer());
        if (acc != Tri.TRUE && (cov.partial(Section.INTERESTS) || (q.companyNumber() != null && cov.partial(Section.APPOINTMENTS))
                || (q.kind() == PartyKind.INDIVIDUAL && q.personId() == null && cov.partial(Section.PARTIES)))) acc = acc.or(Tri.UNKNOWN);
        return new RptConnection(acc, text, p.id(), pointer, List.of());
    }
}
