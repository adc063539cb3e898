package org.matrisk.engine.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.engine.params.ParameterSet;
import org.matrisk.model.Enums.ReturnKind;
import org.matrisk.model.FinancialReturn;
import org.matrisk.model.TrustDocument;

/**
 * Derived facts computed once in Java before the rules run, where they need dated parameters
 * and would be clumsy in DRL. (Simple derivations, such as notices open on asOf, are DRL rules.)
 */
public final class Derivations {
    private Derivations() {}

    /** Parameter name of a return's deadline; kinds without such a parameter have no deadline. */
    public static String deadlineParameter(ReturnKind kind) {
        return "returns.deadline." + kind.name().toLowerCase(Locale.ROOT);
    }

    public static List<Object> derive(TrustDocument doc, ParameterSet params) {
        List<Object> facts = new ArrayList<>();
        facts.addAll(returnStatuses(doc, params));
        // RELATED_PARTY: derived in DRL (related_party.drl), from the input facts and the dated parameters
        facts.addAll(org.matrisk.engine.facts.notices.NoticesFacts.derive(doc, params));
        // REMUNERATION and AUTONOMY: derived in remuneration.drl and autonomy.drl (declared types), nothing in Java
        facts.addAll(org.matrisk.engine.facts.growth.GrowthFacts.derive(doc, params));
        facts.addAll(org.matrisk.engine.facts.governance.GovernanceFacts.derive(doc, params));
        return facts;
    }

    /**
     * Lateness of each return kind that has a deadline, as at asOf. The deadline is the value in
     * force on 31 Aug Y (Y: the year the period's financial year ends). The earliest submission of
     * a kind counts; one submitted on its deadline is on time; a kind never submitted is late only
     * once asOf is after its deadline; entries of the kind that all lack {@code submittedOn} make
     * lateness UNKNOWN, as does an absent {@code returns} list, but only once asOf is after the
     * deadline: until then nothing can be late as at asOf.
     */
    public static List<ReturnStatus> returnStatuses(TrustDocument doc, ParameterSet params) {
        int y = doc.period().yearEnd();
        LocalDate fyEnd = LocalDate.of(y, 8, 31);
        LocalDate asOf = doc.asOf();
        List<FinancialReturn> returns = doc.finance().returns();
        List<ReturnStatus> out = new ArrayList<>();
        for (ReturnKind kind : ReturnKind.values()) {
            String name = deadlineParameter(kind);
            if (!params.has(name)) continue;
            ParamValue p = params.at(name, fyEnd);
            if (!p.inForce()) continue;
            LocalDate deadline = p.deadline(y);
            boolean overdue = asOf.isAfter(deadline);
            if (returns == null) {
                out.add(new ReturnStatus(kind, deadline, null, overdue ? Tri.UNKNOWN : Tri.FALSE, "/finance", p));
                continue;
            }
            FinancialReturn earliest = null;
            boolean anyOfKind = false;
            for (FinancialReturn r : returns) {
                if (r.kind() != kind) continue;
                anyOfKind = true;
                if (r.submittedOn() != null && (earliest == null || r.submittedOn().isBefore(earliest.submittedOn()))) earliest = r;
            }
            if (earliest != null) {
                out.add(new ReturnStatus(kind, deadline, earliest.submittedOn(), Tri.of(earliest.submittedOn().isAfter(deadline)), earliest.pointer(), p));
            } else if (anyOfKind) {
                String ptr = returns.stream().filter(r -> r.kind() == kind).findFirst().orElseThrow().pointer();
                out.add(new ReturnStatus(kind, deadline, null, overdue ? Tri.UNKNOWN : Tri.FALSE, ptr, p));
            } else {
                out.add(new ReturnStatus(kind, deadline, null, Tri.of(overdue), "/finance/returns", p));
            }
        }
        return out;
    }
}
