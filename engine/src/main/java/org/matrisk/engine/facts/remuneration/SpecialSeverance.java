package org.matrisk.engine.facts.remuneration;

import java.util.ArrayList;
import java.util.List;
import org.matrisk.engine.facts.Outcome;
import org.matrisk.engine.facts.Tri;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.model.Notice;
import org.matrisk.model.PayRecord;
import org.matrisk.model.SpecialPayment;

/**
 * Derived (PAY-05): a special severance payment (a SEVERANCE neither contractual nor statutory) and the
 * Kleene value of each trigger that makes prior approval necessary. Thresholds are resolved on the
 * payment's date; a trigger whose threshold is not in force that day is false.
 *
 * @param amountTrigger      amount &ge; the amount trigger (£50,000)
 * @param noticeTrigger      a trust notice open on the payment's date (UNKNOWN when notices are absent)
 * @param openNotices        those notices
 * @param exitPackageTrigger totalExitPackage &ge; the exit package trigger (£100,000, from 1 Sep 2021);
 *                           UNKNOWN when totalExitPackage is absent and the trigger is in force
 * @param salaryTrigger      the person's salary &gt; the salary trigger (£150,000, from 1 Sep 2021); the
 *                           person's pay records are those with their personId; none (pay present) = false;
 *                           UNKNOWN when pay or personId is absent and the trigger is in force
 * @param highPay            the person's pay record over the salary trigger, when there is one
 */
public record SpecialSeverance(
        SpecialPayment payment,
        Tri amountTrigger, ParamValue amountParam,
        Tri noticeTrigger, List<Notice> openNotices,
        Tri exitPackageTrigger, ParamValue exitPackageParam,
        Tri salaryTrigger, ParamValue salaryParam, PayRecord highPay) {

    public String pointer() { return payment.pointer(); }
    public String approvalRef() { return payment.approvalRef(); }

    /** Kleene "or" of the four triggers: whether prior approval was required. */
    public Tri approvalRequired() {
        return amountTrigger.or(noticeTrigger).or(exitPackageTrigger).or(salaryTrigger);
    }

    /** The triggers that hold, in words, with the threshold in force on the payment's date and its source. */
    public String reasons() {
        List<String> r = new ArrayList<>(4);
        if (amountTrigger == Tri.TRUE)
            r.add("the amount is at least " + Outcome.pounds(amountParam.money()) + " (" + amountParam.source() + ")");
        if (noticeTrigger == Tri.TRUE)
            r.add("trust notice " + String.join(", ", openNotices.stream().map(Notice::id).toList()) + " was open on that date (any amount needs approval)");
        if (exitPackageTrigger == Tri.TRUE)
            r.add("the total exit package of " + Outcome.pounds(payment.totalExitPackage()) + " is at least "
                    + Outcome.pounds(exitPackageParam.money()) + " (" + exitPackageParam.source() + ")");
        if (salaryTrigger == Tri.TRUE)
            r.add("the person's salary of " + Outcome.pounds(highPay.salary()) + " is over "
                    + Outcome.pounds(salaryParam.money()) + " (" + salaryParam.source() + ")");
        return String.join("; ", r);
    }

    /** The absent data that leaves the UNKNOWN triggers undecided. */
    public String[] missing() {
        List<String> m = new ArrayList<>(3);
        if (noticeTrigger == Tri.UNKNOWN) m.add("/notices");
        if (exitPackageTrigger == Tri.UNKNOWN) m.add("totalExitPackage");
        if (salaryTrigger == Tri.UNKNOWN) m.add(payment.personId() == null ? "personId" : "/pay");
        return m.toArray(String[]::new);
    }
}
