package org.matrisk.bench.inline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.matrisk.engine.RiskEngine;
import org.matrisk.engine.inline.Decision;
import org.matrisk.engine.inline.InlineChecker;
import org.matrisk.engine.inline.TrustContext;
import org.matrisk.model.Academy;
import org.matrisk.model.Appointment;
import org.matrisk.model.Enums;
import org.matrisk.model.Finance;
import org.matrisk.model.Governance;
import org.matrisk.model.Interest;
import org.matrisk.model.Notice;
import org.matrisk.model.Party;
import org.matrisk.model.Period;
import org.matrisk.model.Person;
import org.matrisk.model.SpecialPayment;
import org.matrisk.model.Transaction;
import org.matrisk.model.Trust;
import org.matrisk.model.TrustDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of {@link TrustContext#check} on a warm context: a trust of 200 suppliers (12 of them related:
 * flagged, through an insider's interest, through an insider's appointment, exempt educational bodies)
 * with {@code payments} payments recorded over the current and the previous financial year (2023/24 and
 * 2024/25; each related party has tens of payments a year), and a trust notice open since 2024-11-04.
 * <ul>
 * <li>{@code mixed}: proposed payments as a purchase ledger has them (about 1 in 6 to a related party,
 * a third of those on a contract), cycled;</li>
 * <li>{@code related}: only payments to related parties (each builds its requirements, RPT-01..05);</li>
 * <li>{@code unrelated}: the common case;</li>
 * <li>{@code specialPayment}: an ex gratia payment under the open notice (NTI-03, PAY-05: blocked);</li>
 * <li>{@code withPayment}: recording a payment (a new immutable context).</li>
 * <li>{@code checkAndRecord}: what the Kafka ledger flow and a finance system do with each payment as it goes out:
 * check it, then record it (payments dated after the ledger, about 1 in 6 to a related party; the context is
 * re-loaded before each iteration, so the ledger grows from {@code payments} by the payments of one iteration).</li>
 * </ul>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar InlineCheckBench}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class InlineCheckBench {

    @Param({"2000"})
    int payments;

    TrustContext context, base, recording;
    Transaction[] mixed, related, unrelated, stream;
    InlineChecker checker;
    int streamed;
    SpecialPayment special;
    int i;

    @Setup(Level.Trial)
    public void setUp() {
        checker = InlineChecker.of(RiskEngine.builtin());
        SampleTrust trust = new SampleTrust(42L);
        TrustContext ctx = checker.load(trust.document());
        SplittableRandom r = new SplittableRandom(7L);
        LocalDate start = LocalDate.of(2023, 9, 1);
        for (int k = 0; k < payments; k++) ctx = ctx.withPayment(trust.payment(r, "L" + k, start.plusDays(r.nextInt(700))));
        context = ctx;
        base = ctx;
        mixed = new Transaction[4096];
        related = new Transaction[4096];
        unrelated = new Transaction[4096];
        LocalDate proposedFrom = LocalDate.of(2025, 7, 1);
        for (int k = 0; k < mixed.length; k++) {
            LocalDate day = proposedFrom.plusDays(r.nextInt(60));
            mixed[k] = trust.payment(r, "P" + k, day);
            related[k] = trust.relatedPayment(r, "R" + k, day);
            unrelated[k] = trust.unrelatedPayment(r, "U" + k, day);
        }
        // after the proposals above, so that they are the proposals measured before this benchmark was added
        SplittableRandom later = new SplittableRandom(11L);
        stream = new Transaction[1 << 16];
        for (int k = 0; k < stream.length; k++) stream[k] = trust.payment(later, "E" + k, LocalDate.of(2025, 8, 1).plusDays(k / 40));
        special = new SpecialPayment("S1", "P20", LocalDate.of(2025, 2, 10), Enums.SpecialPaymentKind.EX_GRATIA, new BigDecimal("3000.00"),
                false, false, null, null, Enums.AuthorisedBy.TRUST_EXECUTIVE, true, "/specialPayments/0");
        if (!context.check(special).requirement("NTI-03").isPresent()) throw new IllegalStateException("NTI-03 should report the special payment");
        int withRequirements = 0;
        for (int k = 0; k < 256; k++) if (!context.check(mixed[k]).requirements().isEmpty()) withRequirements++;
        System.out.printf("%n# context: %d payments recorded; %d of the first 256 mixed proposals have requirements%n",
                context.paymentCount(), withRequirements);
    }

    @Benchmark
    public Decision mixed() { return context.check(mixed[i++ & 4095]); }

    @Benchmark
    public Decision related() { return context.check(related[i++ & 4095]); }

    @Benchmark
    public Decision unrelated() { return context.check(unrelated[i++ & 4095]); }

    @Benchmark
    public Decision specialPayment() { return context.check(special); }

    @Benchmark
    public TrustContext withPayment() { return context.withPayment(mixed[i++ & 4095]); }

    /** A fresh context (its own session) with the ledger of the trial's context, for {@link #checkAndRecord}. */
    @Setup(Level.Iteration)
    public void newRecording() {
        recording = checker.load(base.document());
        streamed = 0;
    }

    @Benchmark
    public Decision checkAndRecord() {
        Transaction p = stream[streamed++ & (stream.length - 1)];
        Decision d = recording.check(p);
        recording = recording.withPayment(p);
        return d;
    }

    /** A seeded trust document with its suppliers, insiders and a notice (no Drools, no JSON). */
    static final class SampleTrust {
        static final int SUPPLIERS = 200;
        final List<Party> parties = new ArrayList<>();
        final List<Person> people = new ArrayList<>();
        final String[] relatedIds = {"S0", "S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S10", "S11"};

        SampleTrust(long seed) {
            for (int k = 0; k < SUPPLIERS; k++) {
                Enums.Exemption exemption = k == 9 ? Enums.Exemption.SPONSOR_EDUCATIONAL_BODY : k == 10 ? Enums.Exemption.STATE_FUNDED_EDUCATION : null;
                parties.add(new Party("S" + k, "Supplier " + k, Enums.PartyKind.COMPANY, String.format("0%07d", k), exemption, k < 4 || k >= 9 && k < 12,
                        "/parties/" + k));
            }
            for (int k = 1; k <= 11; k++) {
                String id = String.format("P%02d", k);
                List<Interest> interests = k == 5 ? List.of(new Interest("S4", Enums.InterestNature.DIRECTOR, LocalDate.of(2019, 1, 10), "/people/4/interests/0"),
                        new Interest("S5", Enums.InterestNature.FAMILY, LocalDate.of(2024, 1, 10), "/people/4/interests/1")) : List.of();
                List<Appointment> appointments = k == 6 ? List.of(new Appointment(String.format("0%07d", 6), "director", LocalDate.of(2019, 5, 1), null, "/people/5/appointments/0"),
                        new Appointment(String.format("0%07d", 7), "director", LocalDate.of(2024, 3, 1), null, "/people/5/appointments/1"),
                        new Appointment(String.format("0%07d", 8), "secretary", LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31), "/people/5/appointments/2"))
                        : List.of();
                people.add(new Person(id, null, false, interests, appointments, "/people/" + (k - 1)));
            }
            people.add(new Person("P20", null, true, List.of(), List.of(), "/people/11"));
            people.add(new Person("P21", null, true, List.of(), List.of(), "/people/12"));
        }

        TrustDocument document() {
            Governance g = new Governance(List.of("P01", "P02", "P03", "P04", "P05"), List.of("P05", "P06", "P07", "P08", "P09", "P10", "P11"),
                    "P06", "P20", "P21", 6, List.of(), null, null, null, true, null);
            return new TrustDocument("1", new Trust("10070002", "Sample Academies Trust", Enums.TrustType.MAT, "07810002"),
                    new Period(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31)), null,
                    new Finance(new BigDecimal("18450000"), new BigDecimal("18210000"), null, new BigDecimal("1320000"), new BigDecimal("2150000"),
                            null, null, null, null, List.of(), List.of()),
                    g, people, parties, List.of(), List.of(), null, List.of(),
                    List.of(new Academy("140001", "Sample Primary", Enums.Phase.PRIMARY, 412, LocalDate.of(2014, 9, 1), List.of(), null, null, null, "/academies/0")),
                    List.of(), List.of(new Notice("N1", Enums.NoticeKind.FINANCIAL_NOTICE_TO_IMPROVE, null, LocalDate.of(2024, 11, 4), null, null, "/notices/0")),
                    null);
        }

        Transaction payment(SplittableRandom r, String id, LocalDate day) {
            return r.nextInt(6) == 0 ? relatedPayment(r, id, day) : unrelatedPayment(r, id, day);
        }

        Transaction relatedPayment(SplittableRandom r, String id, LocalDate day) {
            String party = relatedIds[r.nextInt(relatedIds.length)];
            return tx(r, id, day, party, r.nextInt(3) == 0 ? "K" + r.nextInt(20) : null);
        }

        Transaction unrelatedPayment(SplittableRandom r, String id, LocalDate day) {
            return tx(r, id, day, "S" + (12 + r.nextInt(SUPPLIERS - 12)), null);
        }

        private static Transaction tx(SplittableRandom r, String id, LocalDate day, String party, String contract) {
            Enums.TransactionKind kind = r.nextBoolean() ? Enums.TransactionKind.SERVICES : Enums.TransactionKind.GOODS;
            return new Transaction(id, day, party, BigDecimal.valueOf(r.nextInt(5_000, 1_500_000), 2), Enums.Direction.PAYMENT, kind, contract,
                    r.nextBoolean() ? day.minusDays(3) : null, r.nextInt(4) == 0 ? "APP-" + id : null, r.nextInt(3) == 0 ? Boolean.TRUE : null,
                    false, true, Enums.AuthorisedBy.TRUST_EXECUTIVE, "/transactions/" + id);
        }
    }
}
