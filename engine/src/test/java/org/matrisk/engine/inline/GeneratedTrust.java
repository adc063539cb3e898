package org.matrisk.engine.inline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.matrisk.model.Academy;
import org.matrisk.model.Appointment;
import org.matrisk.model.Enums;
import org.matrisk.model.Enums.Direction;
import org.matrisk.model.Enums.Exemption;
import org.matrisk.model.Enums.NoticeKind;
import org.matrisk.model.Enums.PartyKind;
import org.matrisk.model.Enums.SpecialPaymentKind;
import org.matrisk.model.Enums.TransactionKind;
import org.matrisk.model.Finance;
import org.matrisk.model.Governance;
import org.matrisk.model.Interest;
import org.matrisk.model.Notice;
import org.matrisk.model.OfstedInspection;
import org.matrisk.model.Party;
import org.matrisk.model.PayRecord;
import org.matrisk.model.Period;
import org.matrisk.model.Person;
import org.matrisk.model.SpecialPayment;
import org.matrisk.model.Transaction;
import org.matrisk.model.Trust;
import org.matrisk.model.TrustDocument;

/**
 * A seeded trust with every way of being related (flag, interest, appointment windows, an undated
 * interest), exempt parties of each kind, notices that open and close, and a ledger from 1 Sep 2018 to
 * 31 Aug 2025: across 1 Apr 2019 (declaration and the cumulative £20k regime), 1 Sep 2023 (per contract
 * £40k, exemptions, at-cost presumption) and seven financial-year boundaries. Every transaction has
 * {@code disclosedInAccounts: false}, so RPT-06 fires exactly on the RPTs.
 */
final class GeneratedTrust {
    static final LocalDate START = LocalDate.of(2018, 9, 1), END = LocalDate.of(2025, 8, 31);

    static final Governance GOVERNANCE = new Governance(List.of("P01", "P02", "P03"), List.of("P03", "P04", "P05", "P06"), "P04",
            "P07", "P08", 6, List.of(), null, null, null, true, null);

    final List<Person> people;
    final List<Party> parties;
    final List<Notice> notices;
    final List<PayRecord> pay;
    final List<Transaction> ledger;
    final List<SpecialPayment> specialPayments;

    GeneratedTrust(long seed, int transactions, int specials) {
        SplittableRandom r = new SplittableRandom(seed);
        people = List.of(
                person(0, "P01", List.of(), List.of()),
                person(1, "P02", List.of(interest(1, 0, "O11", null)), List.of(appointment(1, 0, "C11", "2018-01-01", null))),
                person(2, "P03", List.of(), List.of(appointment(2, 0, "C4", "2020-01-01", "2022-06-30"),
                        appointment(2, 1, "C4", "2024-01-01", null))),
                person(3, "P04", List.of(interest(3, 0, "O6", "2019-02-01")), List.of()),
                person(4, "P05", List.of(interest(4, 0, "O2", "2019-01-10")), List.of()),
                person(5, "P06", List.of(interest(5, 0, "O3", "2023-06-01")), List.of(appointment(5, 0, "C3", "2019-06-01", "2021-12-31"),
                        appointment(5, 1, "C3", "2023-03-01", null))),
                person(6, "P07", List.of(), List.of()),
                person(7, "P08", List.of(), List.of()),
                person(8, "P09", List.of(), List.of(appointment(8, 0, "C8", "2018-01-01", null))));
        parties = List.of(
                party(0, "O1", null, null, true),
                party(1, "O2", null, null, false),
                party(2, "O3", "C3", null, false),
                party(3, "O4", "C4", null, false),
                party(4, "O5", null, Exemption.SPONSOR_EDUCATIONAL_BODY, true),
                party(5, "O6", null, Exemption.STATE_FUNDED_EDUCATION, false),
                party(6, "O7", null, Exemption.RELIGIOUS_AUTHORITY, true),
                party(7, "O8", "C8", null, false),
                party(8, "O9", null, null, false),
                party(9, "O10", null, null, false),
                party(10, "O11", "C11", null, false));
        notices = List.of(
                new Notice("N1", NoticeKind.NOTICE_TO_IMPROVE, null, d("2020-11-04"), d("2021-09-01"), d("2020-11-10"), "/notices/0"),
                new Notice("N2", NoticeKind.FINANCIAL_NOTICE_TO_IMPROVE, null, d("2024-03-01"), null, null, "/notices/1"),
                new Notice("N3", NoticeKind.NOTICE_TO_IMPROVE, "140001", d("2019-05-01"), null, null, "/notices/2"),
                new Notice("N4", NoticeKind.NTI_WARNING_LETTER, null, d("2022-01-10"), d("2022-06-01"), null, "/notices/3"));
        pay = List.of(
                new PayRecord("P07", Enums.PayRole.CEO, BigDecimal.ONE, money(160_000), null, null, null, null, Enums.PayApprover.BOARD, true, "/pay/0"),
                new PayRecord("P08", Enums.PayRole.CFO, BigDecimal.ONE, money(120_000), null, null, null, null, Enums.PayApprover.BOARD, true, "/pay/1"));
        ledger = ledger(r, transactions);
        specialPayments = specials(r, specials);
    }

    /** The document of {@code transactions} (pointers must be {@code /transactions/<index>}). */
    TrustDocument document(List<Transaction> transactions, List<SpecialPayment> specials, List<Notice> notices) {
        return new TrustDocument("1", new Trust("10079999", "Generated Academies Trust", Enums.TrustType.MAT, "07819999"),
                new Period(d("2024-09-01"), END), null,
                new Finance(money(6_000_000), money(5_900_000), money(100_000), money(800_000), money(600_000), null,
                        Enums.AuditOpinion.UNMODIFIED, Enums.RegularityConclusion.CLEAN, null, List.of(), List.of()),
                GOVERNANCE, people, parties, transactions, pay, null, specials,
                List.of(new Academy("140001", "Generated Primary", Enums.Phase.PRIMARY, 400, d("2015-09-01"),
                        List.of(new OfstedInspection(d("2022-05-11"), Enums.OfstedGrade.GOOD)), BigDecimal.ZERO, money(10_000), null, "/academies/0")),
                List.of(), notices, null);
    }

    TrustDocument context() { return document(List.of(), List.of(), notices); }

    /** The first {@code n} transactions, with {@code last} in place of transaction n-1 (pointer /transactions/n-1). */
    List<Transaction> prefix(int n, Transaction last) {
        List<Transaction> out = new ArrayList<>(ledger.subList(0, n));
        out.set(n - 1, last);
        return out;
    }

    // ------------------------------------------------------------------------------------------ ledger

    private static final String[] RELATED_WEIGHTED = {"O1", "O1", "O2", "O2", "O3", "O3", "O4", "O4", "O4", "O4", "O5", "O6", "O7", "O11", "O8", "O9", "O10"};
    private static final String[] CONTRACTS = {"K1", "K2", "K3", "K4", "K5", "K6"};

    private List<Transaction> ledger(SplittableRandom r, int n) {
        List<Transaction> out = new ArrayList<>(n);
        long span = END.toEpochDay() - START.toEpochDay();
        long[] days = new long[n];
        for (int i = 0; i < n; i++) days[i] = START.toEpochDay() + r.nextLong(span + 1);
        java.util.Arrays.sort(days);
        // a few payments on each side of the regime and year boundaries
        int[] pin = {n / 9, n / 3, (2 * n) / 3, n / 2};
        LocalDate[] pinned = {d("2019-03-31"), d("2019-04-01"), d("2023-08-31"), d("2023-09-01")};
        if (n >= 10) for (int k = 0; k < pin.length; k++) days[pin[k]] = pinned[k].toEpochDay();
        java.util.Arrays.sort(days);
        for (int i = 0; i < n; i++) {
            LocalDate date = LocalDate.ofEpochDay(days[i]);
            String party = RELATED_WEIGHTED[r.nextInt(RELATED_WEIGHTED.length)];
            Direction direction = r.nextInt(10) == 0 ? Direction.RECEIPT : Direction.PAYMENT;
            BigDecimal amount = r.nextInt(8) == 0 ? money(20_000 + r.nextInt(26_000)) : new BigDecimal(r.nextInt(200, 1_500_000)).movePointLeft(2);
            TransactionKind kind = switch (r.nextInt(30)) {
                case 0 -> null;
                case 1, 2, 3, 4 -> TransactionKind.LEASE;
                case 5, 6 -> TransactionKind.OTHER;
                default -> r.nextBoolean() ? TransactionKind.GOODS : TransactionKind.SERVICES;
            };
            String contract = r.nextInt(5) < 2 ? CONTRACTS[r.nextInt(CONTRACTS.length)] : null;
            LocalDate declared = switch (r.nextInt(10)) {
                case 0, 1, 2 -> null;
                case 3, 4 -> date.plusDays(1 + r.nextInt(40));
                case 5 -> date;
                default -> date.minusDays(r.nextInt(60));
            };
            String approval = r.nextInt(4) == 0 ? "ESFA-" + i : null;
            Boolean atCost = switch (r.nextInt(5)) {
                case 0, 1 -> null;
                case 2 -> false;
                default -> true;
            };
            boolean novel = r.nextInt(25) == 0;
            out.add(new Transaction(String.format("T%04d", i), date, party, amount, direction, kind, contract, declared, approval, atCost, novel,
                    false, Enums.AuthorisedBy.BOARD, "/transactions/" + i));
        }
        return List.copyOf(out);
    }

    private static final String[] PAYEES = {"P07", "P08", "P09"};

    private List<SpecialPayment> specials(SplittableRandom r, int n) {
        List<SpecialPayment> out = new ArrayList<>(n);
        long span = END.toEpochDay() - START.toEpochDay();
        SpecialPaymentKind[] kinds = SpecialPaymentKind.values();
        for (int i = 0; i < n; i++) {
            LocalDate date = LocalDate.ofEpochDay(START.toEpochDay() + r.nextLong(span + 1));
            SpecialPaymentKind kind = kinds[r.nextInt(kinds.length)];
            BigDecimal amount = money(r.nextBoolean() ? 1_000 + r.nextInt(20_000) : 30_000 + r.nextInt(60_000));
            Boolean contractual = r.nextInt(3) == 0 ? Boolean.TRUE : r.nextInt(4) == 0 ? null : Boolean.FALSE;
            Boolean statutory = r.nextInt(4) == 0 ? Boolean.TRUE : Boolean.FALSE;
            BigDecimal exit = r.nextInt(5) == 0 ? null : amount.add(money(r.nextInt(80_000)));
            String approval = r.nextInt(3) == 0 ? "SEV-" + i : null;
            out.add(new SpecialPayment("S" + i, PAYEES[r.nextInt(PAYEES.length)], date, kind, amount, contractual, statutory, exit, approval,
                    Enums.AuthorisedBy.BOARD, true, "/specialPayments/" + i));
        }
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------------------------------ helpers

    static LocalDate d(String s) { return s == null ? null : LocalDate.parse(s); }
    static BigDecimal money(long pounds) { return BigDecimal.valueOf(pounds).setScale(2); }

    private static Person person(int i, String id, List<Interest> interests, List<Appointment> appointments) {
        return new Person(id, null, false, interests, appointments, "/people/" + i);
    }

    private static Interest interest(int person, int i, String party, String declaredOn) {
        return new Interest(party, Enums.InterestNature.DIRECTOR, d(declaredOn), "/people/" + person + "/interests/" + i);
    }

    private static Appointment appointment(int person, int i, String company, String from, String to) {
        return new Appointment(company, "director", d(from), d(to), "/people/" + person + "/appointments/" + i);
    }

    private static Party party(int i, String id, String company, Exemption exemption, boolean flag) {
        return new Party(id, id + " Ltd", PartyKind.COMPANY, company, exemption, flag, "/parties/" + i);
    }
}
