package org.matrisk.engine.facts.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matrisk.engine.PointerOrder;
import org.matrisk.engine.facts.AssessmentContext;
import org.matrisk.engine.facts.Intervals;
import org.matrisk.engine.facts.Outcome;
import org.matrisk.engine.facts.Roles;
import org.matrisk.engine.facts.Tri;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.model.Coverage;
import org.matrisk.model.DateSpan;
import org.matrisk.model.Enums.Direction;
import org.matrisk.model.Enums.ProcurementCategory;
import org.matrisk.model.Enums.ProcurementMethod;
import org.matrisk.model.Enums.RoleKind;
import org.matrisk.model.Enums.TransactionKind;
import org.matrisk.model.Governance;
import org.matrisk.model.MoneyRange;
import org.matrisk.model.Period;
import org.matrisk.model.Person;
import org.matrisk.model.Procurement;
import org.matrisk.model.Section;
import org.matrisk.model.Transaction;

/**
 * Data access, interval arithmetic and Kleene logic for the PROCUREMENT_AND_PROPRIETY rules (catalogue v2 Terms 2.6,
 * Readings 7.3, 7.4, 7.8, 7.10). Every function returns a value or a Kleene atom; the verdicts (which atoms a rule
 * conjoins, and what it records) are written in {@code procurement.drl}.
 */
public final class ProcurementFunctions {
    private ProcurementFunctions() {}

    /** The public-threshold parameter of each category (goods and services share one). */
    public static final String GOODS_SERVICES = "prc.publicThreshold.goodsServices", WORKS = "prc.publicThreshold.works",
            LIGHT_TOUCH = "prc.publicThreshold.lightTouch", INCLUDES_VAT = "prc.thresholdIncludesVat", VAT_RATE = "vat.standardRate";

    private static final Comparator<Object[]> ORDER = (a, b) -> {
        DateSpan x = (DateSpan) a[0], y = (DateSpan) b[0];
        int c = x.first().compareTo(y.first());
        if (c == 0) c = x.last().compareTo(y.last());
        if (c == 0) c = String.valueOf(((Transaction) a[1]).id()).compareTo(String.valueOf(((Transaction) b[1]).id()));
        if (c == 0) c = PointerOrder.INSTANCE.compare(((Transaction) a[1]).pointer(), ((Transaction) b[1]).pointer());
        return c;
    };

    // ------------------------------------------------------------------------------------------ contracts

    /** The key of the contract a transaction belongs to: its contractId, or {@code "#" + pointer} alone. */
    public static String key(Transaction t) { return t.contractId() != null ? t.contractId() : "#" + t.pointer(); }

    /** Kleene "is a payment": PAYMENT TRUE, RECEIPT FALSE, direction absent UNKNOWN. */
    public static Tri payment(Transaction t) {
        return t.direction() == null ? Tri.UNKNOWN : Tri.of(t.direction() == Direction.PAYMENT);
    }

    /** The transactions in the order key of Readings 7.4 (first day, last day, id). */
    public static List<Transaction> inOrder(Collection<?> transactions, Coverage cov) {
        List<Object[]> keyed = new ArrayList<>(transactions.size());
        for (Object o : transactions) {
            Transaction t = (Transaction) o;
            DateSpan d = cov.date(t.pointer(), "date", t.date());
            keyed.add(new Object[] {d == null ? new DateSpan(LocalDate.MAX, LocalDate.MAX) : d, t});
        }
        keyed.sort(ORDER);
        List<Transaction> out = new ArrayList<>(keyed.size());
        for (Object[] k : keyed) out.add((Transaction) k[1]);
        return out;
    }

    /** The contract of {@code items} (Terms 2.6, Readings 7.8): value, award date, category, facts. */
    public static Contract contract(String key, Collection<?> items, Coverage cov) {
        List<Transaction> ordered = inOrder(items, cov);
        Transaction earliest = ordered.get(0);
        Tri payment = Tri.FALSE;
        Intervals.Sum sum = Intervals.sum();
        List<Procurement> facts = new ArrayList<>(1);
        for (Transaction t : ordered) {
            Tri p = payment(t);
            payment = payment.or(p);
            sum.add(cov.money(t.pointer(), "amount", t.amount()), p);
            if (t.procurement() != null) facts.add(t.procurement());
        }
        MoneyRange listed = sum.range();
        MoneyRange given = null;
        DateSpan awarded = null;
        ProcurementCategory category = null;
        for (Procurement f : facts) {
            if (given == null) given = cov.money(f.pointer(), "contractValue", f.contractValue());
            if (awarded == null) awarded = cov.date(f.pointer(), "awardedOn", f.awardedOn());
            if (category == null) category = f.category();
        }
        MoneyRange value;
        if (given != null) value = max(given, listed);
        else value = cov.complete(Section.TRANSACTIONS) ? listed : new MoneyRange(listed.lo(), null);
        Tri procurement;
        if (category != null) procurement = Tri.TRUE;
        else if (earliest.kind() == TransactionKind.GOODS) { procurement = Tri.TRUE; category = ProcurementCategory.GOODS; }
        else if (earliest.kind() == TransactionKind.SERVICES) { procurement = Tri.TRUE; category = ProcurementCategory.SERVICES; }
        else procurement = earliest.kind() == null ? Tri.UNKNOWN : Tri.FALSE;
        String threshold = category == ProcurementCategory.WORKS ? WORKS : category == ProcurementCategory.LIGHT_TOUCH ? LIGHT_TOUCH : GOODS_SERVICES;
        DateSpan award = awarded != null ? awarded : cov.date(earliest.pointer(), "date", earliest.date());
        return new Contract(key, earliest.contractId(), List.copyOf(ordered), earliest, earliest.pointer(), payment, procurement,
                category, threshold, List.copyOf(facts), listed, value, given, award, awarded != null);
    }

    /** [max of lo, max of hi] (Readings 7.3; an unbounded upper end stays unbounded). */
    public static MoneyRange max(MoneyRange a, MoneyRange b) {
        BigDecimal lo = a.lo().max(b.lo());
        BigDecimal hi = a.hi() == null || b.hi() == null ? null : a.hi().max(b.hi());
        return new MoneyRange(lo, hi);
    }

    /** The first value given for a procurement field over the contract's facts, or null. */
    private static Object given(Contract c, String field) {
        for (Procurement f : c.facts()) {
            Object v = switch (field) {
                case "method" -> f.method();
                case "quotes" -> f.quotes();
                case "chosenRank" -> f.chosenRank();
                case "valueForMoneyRecorded" -> f.valueForMoneyRecorded();
                case "writtenContract" -> f.writtenContract();
                case "directAwardJustification" -> f.directAwardJustification();
                case "contractValueExVat" -> f.contractValueExVat();
                default -> throw new IllegalArgumentException("procurement field " + field);
            };
            if (v != null) return v;
        }
        return null;
    }

    /**
     * "The none-able procurement field is none" for the contract (contract 2.4, 2.4a): FALSE when an item gives a value,
     * TRUE when an item documents it null or {@code procurement} is complete, otherwise UNKNOWN.
     */
    public static Tri none(Contract c, Coverage cov, String field) {
        if (given(c, field) != null) return Tri.FALSE;
        if (cov.complete(Section.PROCUREMENT)) return Tri.TRUE;
        for (Procurement f : c.facts()) if (cov.documentedNone(f.pointer(), field)) return Tri.TRUE;
        return Tri.UNKNOWN;
    }

    /** "X not true" (Readings 7.2) of a boolean procurement field: false, or none. */
    public static Tri notTrue(Contract c, Coverage cov, String field) {
        Object v = given(c, field);
        if (v != null) return Tri.of(!((Boolean) v));
        return none(c, cov, field);
    }

    /** The contract's method is one of {@code methods} (absent in a complete section: NONE). */
    public static Tri methodIn(Contract c, Coverage cov, ProcurementMethod... methods) {
        ProcurementMethod m = (ProcurementMethod) given(c, "method");
        if (m == null) {
            Tri none = none(c, cov, "method");
            if (none != Tri.TRUE) return Tri.UNKNOWN;
            m = ProcurementMethod.NONE;
        }
        for (ProcurementMethod x : methods) if (x == m) return Tri.TRUE;
        return Tri.FALSE;
    }

    /** Competitive (Terms 2.6): open or restricted tender, or a framework (whatever its quotes, 7.8). */
    public static Tri competitive(Contract c, Coverage cov) {
        return methodIn(c, cov, ProcurementMethod.OPEN_TENDER, ProcurementMethod.RESTRICTED_TENDER, ProcurementMethod.FRAMEWORK);
    }

    /** Quoted (Terms 2.6). */
    public static Tri quoted(Contract c, Coverage cov) { return methodIn(c, cov, ProcurementMethod.QUOTES); }

    /** The method as written in messages: the value, or NONE when absent in a complete section, else "(absent)". */
    public static String method(Contract c, Coverage cov) {
        Object m = given(c, "method");
        if (m != null) return m.toString();
        return none(c, cov, "method") == Tri.TRUE ? "NONE" : "(absent)";
    }

    /** chosenRank &gt; n (absent in a complete section: no rank, FALSE). */
    public static Tri chosenRankAbove(Contract c, Coverage cov, int n) {
        Integer r = (Integer) given(c, "chosenRank");
        if (r != null) return Tri.of(r > n);
        return none(c, cov, "chosenRank").not();
    }

    public static Integer chosenRank(Contract c) { return (Integer) given(c, "chosenRank"); }

    /** quotes &lt; n (absent in a complete section: 0). */
    public static Tri quotesBelow(Contract c, Coverage cov, int n) {
        Integer q = (Integer) given(c, "quotes");
        if (q != null) return Tri.of(q < n);
        return none(c, cov, "quotes") == Tri.TRUE ? Tri.of(0 < n) : Tri.UNKNOWN;
    }

    /** The number of quotes as written in messages. */
    public static String quotes(Contract c, Coverage cov) {
        Object q = given(c, "quotes");
        if (q != null) return q.toString();
        return none(c, cov, "quotes") == Tri.TRUE ? "0" : "(absent)";
    }

    public static BigDecimal exVat(Contract c) { return (BigDecimal) given(c, "contractValueExVat"); }

    // ------------------------------------------------------------------------------------------ public thresholds

    /**
     * "V reaches the public threshold {@code name} resolved on {@code day}" (Terms 2.6, Readings 7.8): on each day the
     * date may be (Readings 7.4) the threshold and VAT basis in force then; no threshold in force: FALSE (the test does
     * not apply); inclusive of VAT: V &ge; T; net of VAT: {@code exVat} when given, else V lies in [V.lo / (1 + r), V.hi]
     * (compared as V.lo &ge; T &times; (1 + r), nothing divided). TRUE (FALSE) only when so on every day.
     */
    public static Tri reaches(AssessmentContext ctx, String name, DateSpan day, MoneyRange v, BigDecimal exVat) {
        if (v == null && exVat == null) return Tri.UNKNOWN;
        return Intervals.forEveryDay(day, x -> reachesOn(ctx, name, x, v, exVat));
    }

    private static Tri reachesOn(AssessmentContext ctx, String name, LocalDate x, MoneyRange v, BigDecimal exVat) {
        ParamValue t = ctx.paramOn(name, x);
        if (!t.inForce()) return Tri.FALSE;
        if (ctx.paramOn(INCLUDES_VAT, x).bool()) return Intervals.ge(v, t.money());
        if (exVat != null) return Intervals.ge(MoneyRange.of(exVat), t.money());
        if (v == null) return Tri.UNKNOWN;
        BigDecimal gross = t.money().multiply(BigDecimal.ONE.add(ctx.paramOn(VAT_RATE, x).decimal()));
        if (v.lo().compareTo(gross) >= 0) return Tri.TRUE;
        if (v.hi() != null && v.hi().compareTo(t.money()) < 0) return Tri.FALSE;
        return Tri.UNKNOWN;
    }

    /** Kleene "a public threshold is in force on every day of {@code day}" (for messages and PRC-03/PRC-06's choice of W). */
    public static Tri thresholdInForce(AssessmentContext ctx, String name, DateSpan day) {
        return Intervals.forEveryDay(day, x -> Tri.of(ctx.paramOn(name, x).inForce()));
    }

    /** The parameters a public-threshold test relied on, resolved on the first day of {@code day}: threshold, VAT basis, rate. */
    public static List<ParamValue> thresholdParams(AssessmentContext ctx, String name, DateSpan day) {
        LocalDate x = day.first();
        List<ParamValue> out = new ArrayList<>(4);
        out.add(ctx.paramOn(name, x));
        ParamValue incl = ctx.paramOn(INCLUDES_VAT, x);
        out.add(incl);
        if (!incl.bool()) out.add(ctx.paramOn(VAT_RATE, x));
        out.add(ctx.paramOn("prc.regime", x));
        return out;
    }

    /** "£213,477.00 (inclusive of VAT)" / "£181,302.00 (net of VAT)" on the first day; "(none in force)". */
    public static String thresholdText(AssessmentContext ctx, String name, DateSpan day) {
        ParamValue t = ctx.paramOn(name, day.first());
        if (!t.inForce()) return "(none in force)";
        return Outcome.pounds(t.money()) + (ctx.paramOn(INCLUDES_VAT, day.first()).bool() ? " (inclusive of VAT)" : " (net of VAT)");
    }

    // ------------------------------------------------------------------------------------------ PRC-06

    /** One payment as PRC-06 counts it. */
    public static ContractPayment contractPayment(Transaction t, Contract c, DateSpan date, Coverage cov, Period period) {
        Tri inPeriod = Intervals.within(date, period.start(), period.end());
        Tri member = payment(t).and(c.procurement()).and(inPeriod);
        return new ContractPayment(t, c, t.partyId(), date, cov.money(t.pointer(), "amount", t.amount()), member,
                Period.financialYearEnd(date.first()));
    }

    /** The payments of one party and year: sum, first payment, contracts with membership (Readings 7.3, 7.5). */
    public static SupplierYear supplierYear(String partyId, int fy, Collection<?> payments, boolean partial) {
        List<ContractPayment> ps = new ArrayList<>(payments.size());
        for (Object o : payments) ps.add((ContractPayment) o);
        ps.sort((a, b) -> {
            int c = a.date().first().compareTo(b.date().first());
            if (c == 0) c = a.date().last().compareTo(b.date().last());
            if (c == 0) c = String.valueOf(a.transaction().id()).compareTo(String.valueOf(b.transaction().id()));
            if (c == 0) c = PointerOrder.INSTANCE.compare(a.transaction().pointer(), b.transaction().pointer());
            return c;
        });
        Intervals.Sum sum = Intervals.sum();
        ContractPayment first = null;
        Map<Contract, Tri> contracts = new LinkedHashMap<>();
        for (ContractPayment p : ps) {
            if (p.member() == Tri.FALSE) continue;
            sum.add(p.amount(), p.member());
            if (first == null) first = p;
            contracts.merge(p.contract(), p.member(), Tri::or);
        }
        sum.partial(partial);
        return new SupplierYear(partyId, fy, List.copyOf(ps), sum.range(), first, contracts);
    }

    /** Kleene "every counted contract's value is not above {@code t}" (listed contracts only). */
    public static Tri everyValueAtMost(SupplierYear g, BigDecimal t) {
        Tri acc = Tri.TRUE;
        for (Map.Entry<Contract, Tri> e : g.contracts().entrySet())
            acc = acc.and(e.getValue().not().or(Intervals.le(e.getKey().value(), t)));
        return acc;
    }

    /** Kleene "no counted contract reaches the public threshold {@code name} resolved on {@code day}" (listed contracts only). */
    public static Tri noneReaches(AssessmentContext ctx, SupplierYear g, String name, DateSpan day) {
        Tri acc = Tri.TRUE;
        for (Map.Entry<Contract, Tri> e : g.contracts().entrySet())
            acc = acc.and(e.getValue().not().or(reaches(ctx, name, day, e.getKey().value(), exVat(e.getKey())).not()));
        return acc;
    }

    /** Kleene "no counted contract is competitive" (listed contracts only). */
    public static Tri noneCompetitive(SupplierYear g, Coverage cov) {
        Tri acc = Tri.TRUE;
        for (Map.Entry<Contract, Tri> e : g.contracts().entrySet())
            acc = acc.and(e.getValue().not().or(competitive(e.getKey(), cov).not()));
        return acc;
    }

    /** The contracts counted, by key, for messages. */
    public static String contractKeys(SupplierYear g) {
        List<String> out = new ArrayList<>();
        for (Contract c : g.contracts().keySet()) out.add(c.contractId() != null ? c.contractId() : c.earliest().id());
        return String.join(", ", out);
    }

    // ------------------------------------------------------------------------------------------ logic and propriety

    /** Kleene OR of a list of Tri (empty: FALSE). */
    public static Tri any(Collection<?> values) {
        Tri acc = Tri.FALSE;
        for (Object o : values) acc = acc.or((Tri) o);
        return acc;
    }

    /** Unlisted items may exist while {@code partial}: a "for every" that holds becomes UNKNOWN (contract 2.3). */
    public static Tri unlisted(Tri forAll, boolean partial) {
        return partial ? forAll.and(Tri.UNKNOWN) : forAll;
    }

    /** Board insider on D (Terms 2.2): holds MEMBER, TRUSTEE or CHAIR on D; Kleene OR over the listed persons. */
    public static Tri anyBoardInsider(Collection<?> persons, DateSpan d, Governance g, Period period, Coverage cov) {
        Tri acc = Tri.FALSE;
        for (Object o : persons) {
            Person p = (Person) o;
            for (RoleKind r : new RoleKind[] {RoleKind.MEMBER, RoleKind.TRUSTEE, RoleKind.CHAIR}) {
                acc = acc.or(Roles.holdsOn(p, r, d, g, period, cov));
                if (acc == Tri.TRUE) return acc;
            }
        }
        return acc;
    }

    /** PRC-08 (b)'s recipients (Readings 7.10): headcount, else the number of beneficiaries, else 1. */
    public static int recipients(Transaction t) {
        if (t.headcount() != null) return t.headcount();
        if (!t.beneficiaryPersonIds().isEmpty()) return t.beneficiaryPersonIds().size();
        return 1;
    }

    /** PRC-08 (c)'s head count: headcount, absent 1. */
    public static int heads(Transaction t) { return t.headcount() != null ? t.headcount() : 1; }

    /** limit &times; n, or null when the limit is absent (a product, never a division: Readings 7.3). */
    public static BigDecimal times(BigDecimal limit, int n) { return limit == null ? null : limit.multiply(BigDecimal.valueOf(n)); }

    public static BigDecimal times(BigDecimal limit, BigDecimal n) { return limit == null || n == null ? null : limit.multiply(n); }

    /** "fundedFrom is not SELF_GENERATED": given, or absent = PUBLIC in a complete expenses section (2.4). */
    public static Tri notSelfGenerated(Transaction t, Coverage cov) {
        if (t.fundedFrom() != null) return Tri.of(t.fundedFrom() != org.matrisk.model.Enums.Funding.SELF_GENERATED);
        return cov.none(Section.EXPENSES, t.pointer(), "fundedFrom", null);
    }

    /** "Not independently approved" (Readings 7.10): approverPersonId none, or the claimant. */
    public static Tri notIndependentlyApproved(Transaction t, Coverage cov) {
        org.matrisk.model.Expense e = t.expense();
        if (e.approverPersonId() != null) return Tri.of(e.approverPersonId().equals(e.claimantPersonId()));
        return cov.none(Section.EXPENSES, e.pointer(), "approverPersonId", null);
    }

    /** Contract method SINGLE_SOURCE or NONE (PRC-02). */
    public static Tri singleSourceOrNone(Contract c, Coverage cov) {
        return methodIn(c, cov, ProcurementMethod.SINGLE_SOURCE, ProcurementMethod.NONE);
    }

    /** The first value when given, else the second (a trust threshold, else the default). */
    public static BigDecimal orElse(BigDecimal a, BigDecimal b) { return a != null ? a : b; }

    public static int orElse(Integer a, int b) { return a != null ? a : b; }

    /** TRUE when the value is given (the catalogue's test on it was already met by the pattern), UNKNOWN when absent. */
    public static Tri known(Object value) { return value == null ? Tri.UNKNOWN : Tri.TRUE; }

    /**
     * PRC-10 (b): amount &gt; M &times; miles, M = the trust's mileageRate, absent: {@code expenses.hmrcMileageRate} on each
     * day of the payment's date (Readings 7.4, 7.15); a product, never a division (7.3).
     */
    public static Tri aboveMileage(AssessmentContext ctx, MoneyRange amount, BigDecimal rate, BigDecimal miles, DateSpan day) {
        if (miles == null) return Tri.FALSE;
        if (rate != null) return Intervals.gt(amount, rate.multiply(miles));
        return Intervals.forEveryDay(day, x -> {
            ParamValue m = ctx.paramOn("expenses.hmrcMileageRate", x);
            return m.inForce() ? Intervals.gt(amount, m.money().multiply(miles)) : Tri.UNKNOWN;
        });
    }

    /** The mileage rate relied on, for messages. */
    public static String mileageRateText(AssessmentContext ctx, BigDecimal rate, DateSpan day) {
        if (rate != null) return Outcome.pounds(rate) + " (the trust's mileageRate)";
        return Outcome.pounds(ctx.paramOn("expenses.hmrcMileageRate", day.first()).money()) + " (HMRC approved rate)";
    }

    /** Money as messages write it: pounds when exact, else the range. */
    public static String money(MoneyRange m) {
        return org.matrisk.engine.facts.relatedparty.RptSums.text(m);
    }
}
