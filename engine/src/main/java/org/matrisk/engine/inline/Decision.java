package org.matrisk.engine.inline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.matrisk.assessment.UnknownOutcome;

/**
 * The answer to "may this payment go out, and on what conditions?": the projection, onto one proposed
 * transaction or special payment, of the assessment of the trust context with it added (see
 * {@link TrustContext}). Nothing here is decided outside the rule pack.
 *
 * @param trustId        the trust
 * @param subjectId      the transaction's or special payment's id
 * @param subject        what was checked
 * @param pointer        where it sits in the context document the assessment read ({@code /transactions/12})
 * @param date           its date (every dated parameter is resolved by the rules, on the dates they name)
 * @param amount         its amount
 * @param outcome        {@code BLOCK} when a requirement is {@code BLOCKED}, {@code REQUIRES_ACTION} when there is
 *                       any other requirement, {@code ALLOW} otherwise (UNKNOWN rules do not allow or block: see
 *                       {@code undecided})
 * @param requirements   every finding the assessment reports for it, in the assessment's order
 * @param undecided      rules UNKNOWN for it for lack of data, as the assessment lists them
 * @param rulePackSha256 the sha256 of the rule pack that decided (the same as the assessment's)
 */
public record Decision(
        String trustId,
        String subjectId,
        Subject subject,
        String pointer,
        LocalDate date,
        BigDecimal amount,
        Outcome outcome,
        List<Requirement> requirements,
        List<UnknownOutcome> undecided,
        String rulePackSha256) {

    public enum Subject { TRANSACTION, SPECIAL_PAYMENT }

    public enum Outcome { ALLOW, REQUIRES_ACTION, BLOCK }

    public Decision {
        requirements = List.copyOf(requirements);
        undecided = List.copyOf(undecided);
    }

    /** Nothing stands in the way: no finding would be reported for it. */
    public boolean clear() { return requirements.isEmpty(); }

    public boolean blocked() { return outcome == Outcome.BLOCK; }

    public Optional<Requirement> requirement(String ruleId) {
        for (Requirement r : requirements) if (r.ruleId().equals(ruleId)) return Optional.of(r);
        return Optional.empty();
    }

    public boolean requires(Requirement.Kind kind) {
        for (Requirement r : requirements) if (r.kind() == kind) return true;
        return false;
    }

    public boolean undecided(String ruleId) {
        for (UnknownOutcome u : undecided) if (u.ruleId().equals(ruleId)) return true;
        return false;
    }
}
