package org.matrisk.engine.inline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.matrisk.engine.facts.RelatedPartyTransaction;
import org.matrisk.engine.facts.relatedparty.ApprovalRegime;
import org.matrisk.model.Notice;

/**
 * The answer to "may this payment go out, and on what conditions?" for one proposed payment, as the
 * full assessment would later report it (see {@link TrustContext} for the exact sense).
 *
 * @param paymentId           the transaction's or special payment's id
 * @param kind                what was checked
 * @param date                its date: every dated parameter is resolved on it
 * @param amount              its amount
 * @param related             a PAYMENT to a party related on its date (an RPT)
 * @param bases               why the party is related ({@code interest:P05}, {@code appointment:P06}, {@code flag}); empty when not
 * @param rpt                 the RPT with its totals as the rules would derive them: running total, the party's year
 *                            total and the contract's year total, each counting the payments recorded in the context
 *                            and this one
 * @param declarationRequired it must be declared to the funding body before it is agreed (RPT-01)
 * @param approvalRequired    it needs prior approval: RPT-02 (threshold), RPT-03 (novel or contentious), NTI-03 or
 *                            PAY-05 (special payments)
 * @param approval            RPT-02's decision for an RPT: the regime in force on its date, the total measured, and the
 *                            threshold with its effective date and source (whether or not approval is required)
 * @param atCostRequired      the supplier must confirm the goods or services are at no more than cost (RPT-04)
 * @param blocked             the payment must not go out as proposed: an open trust notice withdraws the trust's
 *                            delegated authority for it and it has no approval reference (NTI-03, or PAY-05's notice
 *                            trigger)
 * @param openNotices         the trust notices open on its date, for a special payment
 * @param requirements        every requirement that applies, met or not, in rule id order
 * @param undecided           rules that cannot be decided for lack of data (UNKNOWN in the assessment)
 */
public record Decision(
        String paymentId,
        Kind kind,
        LocalDate date,
        BigDecimal amount,
        boolean related,
        List<String> bases,
        Optional<RelatedPartyTransaction> rpt,
        boolean declarationRequired,
        boolean approvalRequired,
        Optional<ApprovalRegime.Decision> approval,
        boolean atCostRequired,
        boolean blocked,
        List<Notice> openNotices,
        List<Requirement> requirements,
        List<Undecided> undecided) {

    public enum Kind { PAYMENT, RECEIPT, SPECIAL_PAYMENT }

    public Decision {
        bases = List.copyOf(bases);
        openNotices = List.copyOf(openNotices);
        requirements = List.copyOf(requirements);
        undecided = List.copyOf(undecided);
    }

    /** The requirements not met: each is a finding the full assessment will report for this payment. */
    public List<Requirement> unmet() {
        List<Requirement> out = new ArrayList<>(requirements.size());
        for (Requirement r : requirements) if (!r.met()) out.add(r);
        return out;
    }

    /** Nothing stands in the way: every requirement is met and the payment is not blocked. */
    public boolean clear() {
        if (blocked) return false;
        for (Requirement r : requirements) if (!r.met()) return false;
        return true;
    }

    public Optional<Requirement> requirement(String ruleId) {
        for (Requirement r : requirements) if (r.ruleId().equals(ruleId)) return Optional.of(r);
        return Optional.empty();
    }
}
