package org.matrisk.engine.inline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.matrisk.engine.facts.RelatedParties;
import org.matrisk.model.Period;
import org.matrisk.model.Transaction;

/**
 * The payments recorded in a trust context, immutable, indexed the way the related-party totals are
 * taken: by party and financial year, and by contract and financial year (a contract is one contract
 * whoever it is paid to). Every payment is kept, related or not: whether a payment counts in a total is
 * judged against the context when the total is taken, so a declaration that makes a party related
 * makes its earlier payments count too, as it would in a full assessment of the same ledger.
 */
final class Ledger {
    static final Ledger EMPTY = new Ledger(BucketMap.empty(), BucketMap.empty(), BucketMap.empty(), Integer.MIN_VALUE);

    /** A party or contract in one financial year (Y of 1 Sep Y-1 .. 31 Aug Y). */
    record YearKey(String id, int financialYearEnd) {}

    private final BucketMap<String, Transaction> byId;
    private final BucketMap<YearKey, Slice> byParty;
    private final BucketMap<YearKey, Slice> byContract;
    private final int latestYear;

    private Ledger(BucketMap<String, Transaction> byId, BucketMap<YearKey, Slice> byParty, BucketMap<YearKey, Slice> byContract, int latestYear) {
        this.byId = byId;
        this.byParty = byParty;
        this.byContract = byContract;
        this.latestYear = latestYear;
    }

    int size() { return byId.size(); }
    Transaction get(String id) { return byId.get(id); }
    /** The latest financial year of a payment recorded here, or {@link Integer#MIN_VALUE} when there is none. */
    int latestYear() { return latestYear; }

    Slice party(String partyId, int fy) {
        Slice s = byParty.get(new YearKey(partyId, fy));
        return s == null ? Slice.EMPTY : s;
    }

    Slice contract(String contractId, int fy) {
        Slice s = byContract.get(new YearKey(contractId, fy));
        return s == null ? Slice.EMPTY : s;
    }

    /** This ledger with {@code t} recorded, replacing any payment with the same id. */
    Ledger with(Transaction t) {
        Ledger base = byId.get(t.id()) == null ? this : without(t.id());
        int fy = Period.financialYearEnd(t.date());
        YearKey pk = new YearKey(t.partyId(), fy);
        BucketMap<YearKey, Slice> contracts = base.byContract;
        if (t.contractId() != null) {
            YearKey ck = new YearKey(t.contractId(), fy);
            contracts = contracts.with(ck, base.contract(t.contractId(), fy).with(t));
        }
        return new Ledger(base.byId.with(t.id(), t), base.byParty.with(pk, base.party(t.partyId(), fy).with(t)), contracts,
                Math.max(base.latestYear, fy));
    }

    /** This ledger without the payment {@code id} (itself when there is none). */
    Ledger without(String id) {
        Transaction old = byId.get(id);
        if (old == null) return this;
        int fy = Period.financialYearEnd(old.date());
        YearKey pk = new YearKey(old.partyId(), fy);
        BucketMap<YearKey, Slice> contracts = byContract;
        if (old.contractId() != null) {
            YearKey ck = new YearKey(old.contractId(), fy);
            contracts = contracts.with(ck, contract(old.contractId(), fy).without(old).orNull());
        }
        BucketMap<String, Transaction> ids = byId.with(id, null);
        return new Ledger(ids, byParty.with(pk, party(old.partyId(), fy).without(old).orNull()), contracts,
                fy == latestYear ? latest(ids) : latestYear);
    }

    /** The latest financial year among {@code payments} (a scan: only when the latest one's last payment goes). */
    private static int latest(BucketMap<String, Transaction> payments) {
        int[] max = {Integer.MIN_VALUE};
        payments.forEach((id, t) -> max[0] = Math.max(max[0], Period.financialYearEnd(t.date())));
        return max[0];
    }

    /** Every payment, in ledger order (date, then id). */
    List<Transaction> payments() {
        List<Transaction> out = new ArrayList<>(byId.size());
        byId.forEach((id, t) -> out.add(t));
        out.sort(RelatedParties.LEDGER_ORDER);
        return out;
    }

    static Ledger of(Iterable<Transaction> payments) {
        Ledger l = EMPTY;
        for (Transaction t : payments) l = l.with(t);
        return l;
    }

    /**
     * The payments of one party (or contract) in one financial year, in ledger order, with running sums
     * so that the total before a payment is a binary search away.
     */
    static final class Slice {
        static final Slice EMPTY = new Slice(new Transaction[0], new BigDecimal[0]);

        private final Transaction[] items;
        /** cumulative[i]: the sum of items[0..i] */
        private final BigDecimal[] cumulative;

        private Slice(Transaction[] items, BigDecimal[] cumulative) {
            this.items = items;
            this.cumulative = cumulative;
        }

        int size() { return items.length; }
        Transaction get(int i) { return items[i]; }
        BigDecimal total() { return items.length == 0 ? BigDecimal.ZERO : cumulative[items.length - 1]; }

        /** How many payments come before {@code t} in ledger order. */
        int countBefore(Transaction t) {
            int lo = 0, hi = items.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (RelatedParties.LEDGER_ORDER.compare(items[mid], t) < 0) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        /** The sum of the first {@code n} payments. */
        BigDecimal sumOfFirst(int n) { return n == 0 ? BigDecimal.ZERO : cumulative[n - 1]; }

        Slice with(Transaction t) {
            int at = countBefore(t);
            Transaction[] next = new Transaction[items.length + 1];
            System.arraycopy(items, 0, next, 0, at);
            next[at] = t;
            System.arraycopy(items, at, next, at + 1, items.length - at);
            return new Slice(next, sums(next, cumulative, at));
        }

        Slice without(Transaction t) {
            int at = -1;
            for (int i = 0; i < items.length; i++) if (items[i].id().equals(t.id())) { at = i; break; }
            if (at < 0) return this;
            Transaction[] next = new Transaction[items.length - 1];
            System.arraycopy(items, 0, next, 0, at);
            System.arraycopy(items, at + 1, next, at, items.length - at - 1);
            return new Slice(next, sums(next, cumulative, at));
        }

        Slice orNull() { return items.length == 0 ? null : this; }

        /** Running sums of {@code items}, reusing the first {@code from} of {@code old} (they are unchanged). */
        private static BigDecimal[] sums(Transaction[] items, BigDecimal[] old, int from) {
            BigDecimal[] c = Arrays.copyOf(old, items.length);
            BigDecimal run = from == 0 ? BigDecimal.ZERO : old[from - 1];
            for (int i = from; i < items.length; i++) c[i] = run = run.add(items[i].amount());
            return c;
        }
    }
}
