package org.matrisk.bench.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matrisk.engine.facts.Outcome;
import org.matrisk.engine.facts.Tri;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.engine.params.ParameterSet;
import org.matrisk.model.Academy;
import org.matrisk.model.Appointment;
import org.matrisk.model.Enums;
import org.matrisk.model.Enums.AutonomyLevel;
import org.matrisk.model.Enums.OfstedGrade;
import org.matrisk.model.Finance;
import org.matrisk.model.Governance;
import org.matrisk.model.Growth;
import org.matrisk.model.Interest;
import org.matrisk.model.Notice;
import org.matrisk.model.OfstedInspection;
import org.matrisk.model.Party;
import org.matrisk.model.PayRecord;
import org.matrisk.model.Period;
import org.matrisk.model.Person;
import org.matrisk.model.SpecialPayment;
import org.matrisk.model.Transaction;
import org.matrisk.model.TrustDocument;

/**
 * RPT-02, PAY-05, GRW-05, AUT-03 and NTI-05 written by hand in plain Java: loops over the records of one
 * document, the same semantics as the built-in DRL (rule catalogue v1, three-valued logic, dated
 * parameters), producing the same {@link Outcome}s (FAIL and UNKNOWN, same subject, evidence and
 * arguments). The baseline of the rule-evaluation benchmark.
 *
 * <p>Reused from the engine, and only these: the model records, {@link ParameterSet} (dated parameter
 * look-up), {@link Outcome.Builder} (the outcome record and its formatting) and {@link Tri} (Kleene logic).
 * Relatedness, insiders, running, yearly and contract totals, direction-absent (possible) totals, the
 * approval regime ({@link ApprovalRegime}, this baseline's own copy), Ofsted grades, triggers and windows
 * are computed here, not taken from the engine's rule pack, which derives them in DRL.
 *
 * <p>Thread-safe; stateless.
 */
public final class FiveRules {
    private FiveRules() {}

    /** A SEVERANCE that is neither contractual nor statutory ("not true": false or absent). */
    private static boolean specialSeverance(SpecialPayment s) {
        return s.kind() == Enums.SpecialPaymentKind.SEVERANCE && !Boolean.TRUE.equals(s.contractual()) && !Boolean.TRUE.equals(s.statutory());
    }

    /** The outcomes of the five rules for one document, in no particular order. */
    public static List<Outcome> evaluate(TrustDocument doc, ParameterSet params) {
        List<Outcome> out = new ArrayList<>();
        nti05(doc, out);
        aut03(doc, params, out);
        grw05(doc, params, out);
        pay05(doc, params, out);
        rpt02(doc, params, out);
        return out;
    }

    // ---- NTI-05: revenueReserves < 0 ----------------------------------------------------------

    static void nti05(TrustDocument doc, List<Outcome> out) {
        Finance f = doc.finance();
        if (f.revenueReserves() == null) {
            out.add(Outcome.unknown("NTI-05").at("/finance").missing("revenueReserves").done());
        } else if (f.revenueReserves().signum() < 0) {
            out.add(Outcome.fail("NTI-05").at("/finance/revenueReserves", "revenueReserves", f.revenueReserves())
                    .arg("periodEnd", doc.period().end()).done());
        }
    }

    // ---- AUT-03: autonomous academy in decline --------------------------------------------------

    static void aut03(TrustDocument doc, ParameterSet params, List<Outcome> out) {
        if (doc.academies() == null || !params.has("aut.decline.minProgress")) return;
        LocalDate asOf = doc.asOf();
        ParamValue p = params.at("aut.decline.minProgress", asOf);
        if (!p.inForce()) return;
        BigDecimal min = p.decimal();
        for (Academy a : doc.academies()) {
            Tri autonomous;
            if (a.autonomy() == null) autonomous = Tri.FALSE;
            else if (a.autonomy().level() == null) autonomous = Tri.UNKNOWN;
            else autonomous = Tri.of(a.autonomy().level() == AutonomyLevel.FULL || a.autonomy().level() == AutonomyLevel.EARNED);
            if (autonomous == Tri.FALSE) continue;

            // latest Ofsted grade on asOf (worst of several on the latest date), and the inspection giving it
            LocalDate latest = null;
            OfstedGrade grade = null;
            int gradeAt = -1;
            List<OfstedInspection> ofsted = a.ofsted();
            for (int i = 0; i < ofsted.size(); i++) {
                OfstedInspection insp = ofsted.get(i);
                if (insp.date().isAfter(asOf)) continue;
                if (latest == null || insp.date().isAfter(latest)) { latest = insp.date(); grade = insp.grade(); gradeAt = i; }
                else if (insp.date().isEqual(latest) && insp.grade().worseThan(grade)) { grade = insp.grade(); gradeAt = i; }
            }
            Tri gradeBelow = Tri.of(grade != null && grade.belowGood());
            Tri progressBelow = a.progress() == null ? Tri.UNKNOWN : Tri.of(a.progress().compareTo(min) < 0);
            Tri inYearDeficit = a.inYearRevenueBalance() == null ? Tri.UNKNOWN : Tri.of(a.inYearRevenueBalance().signum() < 0);
            Tri declined = gradeBelow.or(progressBelow).or(inYearDeficit);

            if (autonomous == Tri.TRUE && declined == Tri.TRUE) {
                String level = a.autonomy().level().name();
                Outcome.Builder b = Outcome.fail("AUT-03").at(a.pointer(), "level", level).arg("urn", a.urn());
                List<String> reasons = new ArrayList<>(3);
                if (gradeBelow == Tri.TRUE) {
                    OfstedInspection insp = firstWith(ofsted, latest, grade, gradeAt);
                    b.at(a.pointer() + "/ofsted/" + ofsted.indexOf(insp), "grade", insp.grade());
                    reasons.add("its latest Ofsted grade on " + asOf + " is " + insp.grade() + " (inspection of " + insp.date() + ")");
                }
                if (progressBelow == Tri.TRUE) {
                    b.at(a.pointer() + "/progress", "progress", a.progress()).param(p);
                    reasons.add("its progress score " + a.progress().toPlainString() + " is below " + p.display()
                            + " (threshold: " + p.source() + ")");
                }
                if (inYearDeficit == Tri.TRUE) {
                    b.at(a.pointer() + "/inYearRevenueBalance", "inYearRevenueBalance", a.inYearRevenueBalance());
                    reasons.add("its in-year revenue balance is " + Outcome.pounds(a.inYearRevenueBalance()) + " (a deficit)");
                }
                out.add(b.arg("reasons", String.join(", ", reasons)).done());
            } else if (autonomous.and(declined) == Tri.UNKNOWN) {
                List<String> missing = new ArrayList<>(3);
                if (autonomous == Tri.UNKNOWN) missing.add("autonomy.level");
                if (progressBelow == Tri.UNKNOWN) missing.add("progress");
                if (inYearDeficit == Tri.UNKNOWN) missing.add("inYearRevenueBalance");
                out.add(Outcome.unknown("AUT-03").at(a.pointer()).missing(missing.toArray(String[]::new)).done());
            }
        }
    }

    /** The first inspection on the latest date with the grade found (as the engine cites it). */
    private static OfstedInspection firstWith(List<OfstedInspection> ofsted, LocalDate date, OfstedGrade grade, int fallback) {
        for (OfstedInspection i : ofsted) if (i.date().equals(date) && i.grade() == grade) return i;
        return ofsted.get(fallback);
    }

    // ---- GRW-05: over-rapid expansion ------------------------------------------------------------

    static void grw05(TrustDocument doc, ParameterSet params, List<Outcome> out) {
        if (doc.growth() == null) {
            out.add(Outcome.unknown("GRW-05").at("").missing("growth").done());
            return;
        }
        if (!params.has("grw.rapidWindowDays")) return;
        LocalDate end = doc.asOf();
        ParamValue days = params.at("grw.rapidWindowDays", end);
        ParamValue max = params.at("grw.rapidJoiners", end);
        ParamValue min = params.at("grw.rapidMinAlready", end);
        ParamValue share = params.at("grw.rapidShareOfAlready", end);
        if (!days.inForce() || !max.inForce() || !min.inForce() || !share.inForce()) return;
        LocalDate start = end.minusDays(days.days() - 1L);
        Period period = doc.period();
        List<Growth> joiners = new ArrayList<>();
        for (Growth g : doc.growth()) {
            LocalDate j = g.joinedOn();
            if (j == null || j.isBefore(period.start()) || j.isAfter(period.end())) continue;
            if (!j.isBefore(start) && !j.isAfter(end)) joiners.add(g);
        }
        int already = 0;
        for (Academy a : doc.academies()) if (a.joinedOn() == null || a.joinedOn().isBefore(start)) already++;
        boolean fires = joiners.size() >= max.intValue()
                || (already >= min.intValue()
                    && BigDecimal.valueOf(joiners.size()).compareTo(share.decimal().multiply(BigDecimal.valueOf(already))) > 0);
        if (!fires) return;
        Outcome.Builder b = Outcome.fail("GRW-05").at("/growth", "joinersInWindow", joiners.size());
        for (Growth g : joiners) b.at(g.pointer(), "joinedOn", g.joinedOn());
        b.at("/academies", "alreadyInTrust", already).arg("windowStart", start).arg("windowEnd", end).param(days);
        out.add(b.param(max).param(min).param(share).done());
    }

    // ---- PAY-05: special severance without the required approval ---------------------------------

    static void pay05(TrustDocument doc, ParameterSet params, List<Outcome> out) {
        if (doc.specialPayments() == null) {
            out.add(Outcome.unknown("PAY-05").at("").missing("specialPayments").done());
            return;
        }
        for (SpecialPayment s : doc.specialPayments()) {
            if (!specialSeverance(s) || s.approvalRef() != null) continue;
            LocalDate day = s.date();
            ParamValue amountP = params.at("pay.severance.amountTrigger", day);
            Tri amount = Tri.of(amountP.inForce() && s.amount().compareTo(amountP.money()) >= 0);

            Tri notice;
            List<Notice> open = new ArrayList<>(1);
            if (doc.notices() == null) notice = Tri.UNKNOWN;
            else {
                for (Notice n : doc.notices()) if (n.isTrustNotice() && n.openOn(day)) open.add(n);
                notice = Tri.of(!open.isEmpty());
            }

            ParamValue packageP = params.at("pay.severance.exitPackageTrigger", day);
            Tri exitPackage = !packageP.inForce() ? Tri.FALSE
                    : s.totalExitPackage() == null ? Tri.UNKNOWN
                    : Tri.of(s.totalExitPackage().compareTo(packageP.money()) >= 0);

            ParamValue salaryP = params.at("pay.severance.salaryTrigger", day);
            Tri salary;
            PayRecord high = null;
            if (!salaryP.inForce()) salary = Tri.FALSE;
            else if (doc.pay() == null || s.personId() == null) salary = Tri.UNKNOWN;
            else {
                for (PayRecord p : doc.pay())
                    if (p.personId().equals(s.personId()) && p.salary().compareTo(salaryP.money()) > 0
                            && (high == null || p.salary().compareTo(high.salary()) > 0)) high = p;
                salary = Tri.of(high != null);
            }

            Tri required = amount.or(notice).or(exitPackage).or(salary);
            if (required == Tri.TRUE) {
                Outcome.Builder o = Outcome.fail("PAY-05").at(s.pointer(), "amount", s.amount());
                List<String> reasons = new ArrayList<>(4);
                if (notice == Tri.TRUE) for (Notice n : open) o.at(n.pointer(), "issuedOn", n.issuedOn());
                if (salary == Tri.TRUE) o.at(high.pointer(), "salary", high.salary());
                if (amount == Tri.TRUE) {
                    o.param(amountP);
                    reasons.add("the amount is at least " + Outcome.pounds(amountP.money()) + " (" + amountP.source() + ")");
                }
                if (notice == Tri.TRUE) {
                    List<String> ids = new ArrayList<>(open.size());
                    for (Notice n : open) ids.add(n.id());
                    reasons.add("trust notice " + String.join(", ", ids) + " was open on that date (any amount needs approval)");
                }
                if (exitPackage == Tri.TRUE) {
                    o.param(packageP);
                    reasons.add("the total exit package of " + Outcome.pounds(s.totalExitPackage()) + " is at least "
                            + Outcome.pounds(packageP.money()) + " (" + packageP.source() + ")");
                }
                if (salary == Tri.TRUE) {
                    o.param(salaryP);
                    reasons.add("the person's salary of " + Outcome.pounds(high.salary()) + " is over "
                            + Outcome.pounds(salaryP.money()) + " (" + salaryP.source() + ")");
                }
                out.add(o.arg("id", s.id()).arg("date", s.date()).arg("personId", s.personId())
                        .arg("reasons", String.join("; ", reasons)).done());
            } else if (required == Tri.UNKNOWN) {
                List<String> m = new ArrayList<>(3);
                if (notice == Tri.UNKNOWN) m.add("/notices");
                if (exitPackage == Tri.UNKNOWN) m.add("totalExitPackage");
                if (salary == Tri.UNKNOWN) m.add(s.personId() == null ? "personId" : "/pay");
                out.add(Outcome.unknown("PAY-05").at(s.pointer()).missing(m.toArray(String[]::new)).done());
            }
        }
    }

    // ---- RPT-02: related-party payment requiring approval has none --------------------------------

    /** One payment (or direction-absent transaction) to a party related on its date. */
    private static final class Rpt {
        final Transaction tx;
        final Party party;
        final int fy;
        final boolean undirected;
        BigDecimal running = BigDecimal.ZERO, contract = BigDecimal.ZERO;          // certain totals
        BigDecimal possibleRunning = BigDecimal.ZERO, possibleContract = BigDecimal.ZERO;
        List<String> tippingRunning, tippingContract;                              // undirected others counted

        Rpt(Transaction tx, Party party, boolean undirected) {
            this.tx = tx;
            this.party = party;
            this.fy = Period.financialYearEnd(tx.date());
            this.undirected = undirected;
        }
    }

    static void rpt02(TrustDocument doc, ParameterSet params, List<Outcome> out) {
        List<Transaction> ledger = doc.transactions();
        if (ledger == null) {
            out.add(Outcome.unknown("RPT-02").at("").missing("transactions").done());
            return;
        }
        if (ledger.isEmpty() || doc.parties() == null || !ApprovalRegime.configured(params)) return;

        // who is related: insiders' interests (any date) and current appointments, or the flag
        Governance g = doc.governance();
        Map<String, Party> parties = new HashMap<>(doc.parties().size() * 2);
        for (Party p : doc.parties()) parties.put(p.id(), p);
        Set<String> interestParties = new HashSet<>();
        Map<String, List<Appointment>> appointments = new HashMap<>();
        for (Person person : doc.people()) {
            if (!g.isInsider(person.id())) continue;
            for (Interest i : person.interests()) interestParties.add(i.partyId());
            for (Appointment a : person.appointments())
                appointments.computeIfAbsent(a.companyNumber(), k -> new ArrayList<>(1)).add(a);
        }

        List<Rpt> rpts = new ArrayList<>();
        boolean anyUndirected = false;
        for (Transaction t : ledger) {
            boolean payment = t.isPayment();
            if (!payment && t.direction() != null) continue;
            Party p = parties.get(t.partyId());
            if (p == null || !related(p, t.date(), interestParties, appointments)) continue;
            rpts.add(new Rpt(t, p, !payment));
            anyUndirected |= !payment;
        }
        if (rpts.isEmpty()) return;
        rpts.sort((a, b) -> {
            int c = a.tx.date().compareTo(b.tx.date());
            return c != 0 ? c : a.tx.id().compareTo(b.tx.id());
        });

        // totals: certain (payments only) and possible (direction-absent counted as payments); an
        // undirected transaction's own amount counts in its own totals (it is judged as if paid)
        Map<String, BigDecimal> contractCertain = new HashMap<>(), contractPossible = new HashMap<>();
        Map<String, List<Rpt>> undirectedByContract = anyUndirected ? new HashMap<>() : null;
        for (Rpt r : rpts) {
            if (r.tx.contractId() == null) continue;
            String key = r.tx.contractId() + "\u0000" + r.fy;
            contractPossible.merge(key, r.tx.amount(), BigDecimal::add);
            if (!r.undirected) contractCertain.merge(key, r.tx.amount(), BigDecimal::add);
            else undirectedByContract.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        Map<String, BigDecimal> runCertain = new HashMap<>(), runPossible = new HashMap<>();
        Map<String, List<Rpt>> undirectedBefore = anyUndirected ? new HashMap<>() : null;
        for (Rpt r : rpts) {
            String key = r.party.id() + "\u0000" + r.fy;
            BigDecimal amount = r.tx.amount();
            BigDecimal possible = runPossible.merge(key, amount, BigDecimal::add);
            BigDecimal certainBefore = runCertain.getOrDefault(key, BigDecimal.ZERO);
            if (!r.undirected) runCertain.put(key, certainBefore.add(amount));
            r.running = certainBefore.add(amount);
            r.possibleRunning = possible;
            String ckey = r.tx.contractId() == null ? null : r.tx.contractId() + "\u0000" + r.fy;
            if (ckey == null) {
                r.contract = amount;
                r.possibleContract = amount;
            } else {
                r.contract = contractCertain.getOrDefault(ckey, BigDecimal.ZERO).add(r.undirected ? amount : BigDecimal.ZERO);
                r.possibleContract = contractPossible.get(ckey);
            }
            if (anyUndirected) {
                List<Rpt> before = undirectedBefore.get(key);
                r.tippingRunning = pointers(before, r);
                r.tippingContract = ckey == null ? List.of() : pointers(undirectedByContract.get(ckey), r);
                if (r.undirected) undirectedBefore.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            } else {
                r.tippingRunning = List.of();
                r.tippingContract = List.of();
            }
        }

        for (Rpt r : rpts) {
            if (r.tx.approvalRef() != null) continue;
            boolean exempt = r.party.exemption() != null;
            ApprovalRegime.Decision certain = ApprovalRegime.decide(params, r.tx.date(), exempt, r.running, r.contract);
            Tri required;
            ApprovalRegime.Decision shown = certain;
            List<String> tipping = List.of();
            if (certain.required()) required = Tri.TRUE;
            else {
                tipping = switch (certain.regime()) {
                    case NONE -> List.of();
                    case CUMULATIVE_PER_PARTY -> r.tippingRunning;
                    case PER_CONTRACT -> certain.exempt() ? List.of() : r.tippingContract;
                };
                ApprovalRegime.Decision possible = tipping.isEmpty() ? null
                        : ApprovalRegime.decide(params, r.tx.date(), exempt, r.possibleRunning, r.possibleContract);
                if (possible != null && possible.required()) {
                    required = Tri.UNKNOWN;
                    shown = possible;
                } else {
                    required = Tri.FALSE;
                }
            }
            Tri payment = r.undirected ? Tri.UNKNOWN : Tri.TRUE;
            if (payment == Tri.TRUE && required == Tri.TRUE) {
                Outcome.Builder b = Outcome.fail("RPT-02").at(r.tx.pointer(), "amount", r.tx.amount())
                        .arg("tx", r.tx.id()).arg("party", r.party.id()).arg("date", r.tx.date())
                        .arg("measure", measure(r, shown)).arg("thresholdKind", shown.regime().label());
                for (ParamValue p : shown.parameters()) b.param(p);
                out.add(b.done());
            } else if (required != Tri.FALSE && (payment == Tri.UNKNOWN || required == Tri.UNKNOWN)) {
                List<String> missing = new ArrayList<>(1 + tipping.size());
                if (payment == Tri.UNKNOWN) missing.add("direction");
                for (String p : required == Tri.UNKNOWN ? tipping : List.<String>of()) missing.add(p + "/direction");
                out.add(Outcome.unknown("RPT-02").at(r.tx.pointer()).missing(missing.toArray(String[]::new)).done());
            }
        }
    }

    private static boolean related(Party p, LocalDate day, Set<String> interestParties, Map<String, List<Appointment>> appointments) {
        if (p.relatedParty() || interestParties.contains(p.id())) return true;
        if (p.companyNumber() == null) return false;
        List<Appointment> as = appointments.get(p.companyNumber());
        if (as != null) for (Appointment a : as) if (a.currentOn(day)) return true;
        return false;
    }

    /** Pointers of the undirected transactions in {@code group} other than {@code self}, in ledger order. */
    private static List<String> pointers(List<Rpt> group, Rpt self) {
        if (group == null || group.isEmpty()) return List.of();
        List<String> out = new ArrayList<>(group.size());
        for (Rpt r : group) if (r != self) out.add(r.tx.pointer());
        return out;
    }

    private static String measure(Rpt r, ApprovalRegime.Decision d) {
        if (d.measured() == null) return "";
        String fy = (r.fy - 1) + "/" + String.format("%02d", r.fy % 100);
        return switch (d.regime()) {
            case NONE -> "";
            case PER_CONTRACT -> r.tx.contractId() == null ? ""
                    : ", part of contract " + r.tx.contractId() + " totalling " + Outcome.pounds(d.measured()) + " in " + fy + ",";
            case CUMULATIVE_PER_PARTY -> ", taking related-party payments to " + r.party.id() + " in " + fy + " to "
                    + Outcome.pounds(d.measured()) + ",";
        };
    }
}
