package org.matrisk.engine.facts.relatedparty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matrisk.engine.PointerOrder;
import org.matrisk.engine.facts.Tri;
import org.matrisk.model.Period;
import org.matrisk.model.Transaction;

/**
 * Functions for the RELATED_PARTY rules, called from DRL ({@code related_party.drl}, and any custom
 * pack: {@code import function org.matrisk.engine.facts.relatedparty.RptFunctions.exceeds;}). They
 * take no decision of a rule: data access ({@link #byParty}, {@link #linesTo}, {@link #before}), plain arithmetic over
 * lines the rules have already found to be related-party payments ({@link #totals}), and Kleene logic
 * ({@link #exceeds}). Which party is related, which line is a payment, which regime applies on a date
 * and what it requires are DRL derivations over the dated parameters.
 *
 * <p>Pure and thread-safe.
 */
public final class RptFunctions {
    private RptFunctions() {}

    /** Ledger order: date, then id (string order), then position in the ledger (its pointer). */
    public static final Comparator<Transaction> LEDGER_ORDER = Comparator.comparing(Transaction::date)
            .thenComparing(Transaction::id).thenComparing(Transaction::pointer, PointerOrder.INSTANCE);

    /**
     * DRL function. Data access: the ledger's lines grouped by {@code partyId}, each group in ledger
     * order. One pass, so that rules about a few parties need not scan a ledger of 100,000 lines once each.
     */
    public static Map<String, List<Transaction>> byParty(List<Transaction> ledger) {
        Map<String, List<Transaction>> out = new HashMap<>();
        if (ledger == null) return out;
        for (Transaction t : ledger) {
            if (t.partyId() == null) continue;
            out.computeIfAbsent(t.partyId(), k -> new ArrayList<>(4)).add(t);
        }
        return out;
    }

    /** DRL function. Data access: the lines to {@code partyId} in a {@link #byParty} map (empty when none). */
    public static List<Transaction> linesTo(Map<String, List<Transaction>> byParty, String partyId) {
        List<Transaction> lines = byParty == null ? null : byParty.get(partyId);
        return lines == null ? List.of() : lines;
    }

    /** DRL function. Data order: whether JSON pointer {@code a} comes before {@code b} (numeric segments as numbers). */
    public static boolean before(String a, String b) {
        return PointerOrder.INSTANCE.compare(a, b) < 0;
    }

    /**
     * DRL function, Kleene logic: a boolean dated parameter over a date that may be a month (Readings 7.4): TRUE
     * (FALSE) when on (off) on every day of it, else UNKNOWN.
     */
    public static Tri onEveryDay(org.matrisk.engine.facts.AssessmentContext c, String name, org.matrisk.model.DateSpan d) {
        return org.matrisk.engine.facts.Intervals.forEveryDay(d, day -> Tri.of(c.paramOn(name, day).bool()));
    }

    /**
     * DRL function, Kleene logic: whether a total known to lie between {@code certain} (counting only
     * what is known) and {@code possible} (counting also what may belong to it) exceeds
     * {@code threshold}: TRUE when the certain total does, UNKNOWN when only the possible one does,
     * FALSE otherwise.
     */
    public static Tri exceeds(BigDecimal certain, BigDecimal possible, BigDecimal threshold) {
        if (certain.compareTo(threshold) > 0) return Tri.TRUE;
        if (possible.compareTo(threshold) > 0) return Tri.UNKNOWN;
        return Tri.FALSE;
    }

    /**
     * DRL function, plain arithmetic: the totals of every line the rules found to be a related-party
     * payment ({@code payments}) or possibly one ({@code possible}: direction absent), one
     * {@link RptTotals} per line. Sums per party and financial year (a running total in ledger order,
     * and the whole year's), and per contract and financial year ({@code contractId} shared, whoever
     * was paid; a line without contractId: itself alone). O(n log n) in the number of lines.
     */
    public static List<RptTotals> totals(Collection<Transaction> payments, Collection<Transaction> possible) {
        int n = payments.size() + possible.size();
        if (n == 0) return List.of();
        List<Line> lines = new ArrayList<>(n);
        for (Transaction t : payments) lines.add(Line.of(t, true));
        for (Transaction t : possible) lines.add(Line.of(t, false));
        lines.sort(Comparator.comparing(Line::tx, LEDGER_ORDER));

        Map<String, Group> parties = new HashMap<>(), contracts = new HashMap<>();
        for (Line l : lines) {
            parties.computeIfAbsent(l.partyKey(), k -> new Group()).add(l);
            if (l.contractKey() != null) contracts.computeIfAbsent(l.contractKey(), k -> new Group()).add(l);
        }
        List<RptTotals> out = new ArrayList<>(n);
        for (Line l : lines) {
            BigDecimal amount = l.tx().amount();
            BigDecimal self = l.certain() ? BigDecimal.ZERO : amount; // a direction-absent line, taken as a payment
            Group p = parties.get(l.partyKey());
            int before = p.uncertainSeen;
            p.runPossible = p.runPossible.add(amount);
            if (l.certain()) p.runCertain = p.runCertain.add(amount);
            else p.uncertainSeen++;
            List<String> uncertainRunning = p.uncertain.subList(0, before);
            List<String> uncertainYear = RptTotals.without(p.uncertain, l.certain() ? -1 : before);
            BigDecimal contract = amount, possibleContract = amount;
            List<String> uncertainContract = List.of();
            if (l.contractKey() != null) {
                Group c = contracts.get(l.contractKey());
                contract = c.certain.add(self);
                possibleContract = c.possible;
                uncertainContract = RptTotals.without(c.uncertain, l.certain() ? -1 : c.uncertainSeen++);
            }
            out.add(new RptTotals(l.tx(), l.fy(), p.runCertain.add(self), p.certain.add(self), contract,
                    p.runPossible, p.possible, possibleContract, uncertainRunning, uncertainYear, uncertainContract));
        }
        return out;
    }

    /**
     * DRL function, plain arithmetic: the totals of one line ({@code tx}, a related-party payment when
     * {@code certain}, else possibly one) within its groups, as one {@link RptTotals} (a singleton list, for
     * {@code from}): {@code paid} / {@code maybe} the certain and possible payments to its party in its
     * financial year, {@code contractPaid} / {@code contractMaybe} those sharing its contractId in that
     * year (empty without contractId), each including the line itself. The same figures as
     * {@link #totals(Collection, Collection)} gives for the line, computed from its groups alone, so
     * that a change to one group recomputes that group's lines only. O(g log g) in the groups' size.
     */
    public static List<RptTotals> totals(Transaction tx, boolean certain, Collection<Transaction> paid, Collection<Transaction> maybe,
            Collection<Transaction> contractPaid, Collection<Transaction> contractMaybe) {
        BigDecimal amount = tx.amount();
        BigDecimal self = certain ? BigDecimal.ZERO : amount; // a direction-absent line, taken as a payment
        BigDecimal runCertain = BigDecimal.ZERO, runPossible = BigDecimal.ZERO, yearCertain = BigDecimal.ZERO, yearPossible = BigDecimal.ZERO;
        for (Transaction t : paid) {
            yearCertain = yearCertain.add(t.amount());
            yearPossible = yearPossible.add(t.amount());
            if (LEDGER_ORDER.compare(t, tx) <= 0) {
                runCertain = runCertain.add(t.amount());
                runPossible = runPossible.add(t.amount());
            }
        }
        List<Transaction> uncertain = sorted(maybe);
        List<String> uncertainYear = new ArrayList<>(uncertain.size()), uncertainRunning = new ArrayList<>(uncertain.size());
        for (Transaction t : uncertain) {
            yearPossible = yearPossible.add(t.amount());
            int c = LEDGER_ORDER.compare(t, tx);
            if (c <= 0) runPossible = runPossible.add(t.amount());
            if (c < 0) uncertainRunning.add(t.pointer());
            if (!(c == 0 && !certain)) uncertainYear.add(t.pointer());
        }
        BigDecimal contract = amount, possibleContract = amount;
        List<String> uncertainContract = List.of();
        if (tx.contractId() != null) {
            BigDecimal c = BigDecimal.ZERO;
            for (Transaction t : contractPaid) c = c.add(t.amount());
            BigDecimal p = c;
            List<String> others = new ArrayList<>(contractMaybe.size());
            for (Transaction t : sorted(contractMaybe)) {
                p = p.add(t.amount());
                if (!(!certain && LEDGER_ORDER.compare(t, tx) == 0)) others.add(t.pointer());
            }
            contract = c.add(self);
            possibleContract = p;
            uncertainContract = others;
        }
        return List.of(new RptTotals(tx, Period.financialYearEnd(tx.date()), runCertain.add(self), yearCertain.add(self), contract,
                runPossible, yearPossible, possibleContract, uncertainRunning, uncertainYear, uncertainContract));
    }

    /** DRL function, data order: whether {@code a} comes no later than {@code b} in ledger order ({@link #LEDGER_ORDER}). */
    public static boolean notAfter(Transaction a, Transaction b) {
        return LEDGER_ORDER.compare(a, b) <= 0;
    }

    /** DRL function, plain arithmetic: the sum of the lines' amounts. */
    public static BigDecimal sum(Collection<Transaction> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (Transaction t : lines) total = total.add(t.amount());
        return total;
    }

    /** DRL function, data access: the lines' pointers in ledger order. */
    public static List<String> pointers(Collection<Transaction> lines) {
        if (lines.isEmpty()) return List.of();
        List<String> out = new ArrayList<>(lines.size());
        for (Transaction t : sorted(lines)) out.add(t.pointer());
        return List.copyOf(out);
    }

    /**
     * DRL function, plain arithmetic: a group's certain {@code total} (a {@code RelatedPartyYear}'s or
     * {@code RelatedPartyContract}'s) for one of its lines: with the line's own amount when its direction is absent
     * ({@code payment} not TRUE), the total it would have as a payment.
     */
    public static BigDecimal withLine(BigDecimal total, Transaction line, Tri payment) {
        return payment == Tri.TRUE ? total : total.add(line.amount());
    }

    /** DRL function, data access: a group's direction-absent lines ({@code uncertain}, pointers) other than {@code line}. */
    public static List<String> others(List<String> uncertain, Transaction line, Tri payment) {
        if (payment == Tri.TRUE || uncertain.isEmpty()) return uncertain;
        int at = uncertain.indexOf(line.pointer());
        return RptTotals.without(uncertain, at);
    }

    private static List<Transaction> sorted(Collection<Transaction> lines) {
        if (lines.isEmpty()) return List.of();
        List<Transaction> out = new ArrayList<>(lines);
        out.sort(LEDGER_ORDER);
        return out;
    }

    /** A line and its group keys: the party's and the contract's (null without contractId) in its financial year. */
    private record Line(Transaction tx, boolean certain, int fy, String partyKey, String contractKey) {
        static Line of(Transaction tx, boolean certain) {
            int fy = Period.financialYearEnd(tx.date());
            return new Line(tx, certain, fy, tx.partyId() + "\u0000" + fy, tx.contractId() == null ? null : tx.contractId() + "\u0000" + fy);
        }
    }

    /** The sums of one group (certain, possible), its direction-absent lines, and the running state of the second pass. */
    private static final class Group {
        BigDecimal certain = BigDecimal.ZERO, possible = BigDecimal.ZERO;
        final List<String> uncertain = new ArrayList<>(0);
        BigDecimal runCertain = BigDecimal.ZERO, runPossible = BigDecimal.ZERO;
        int uncertainSeen;

        void add(Line l) {
            possible = possible.add(l.tx().amount());
            if (l.certain()) certain = certain.add(l.tx().amount());
            else uncertain.add(l.tx().pointer());
        }
    }
}
