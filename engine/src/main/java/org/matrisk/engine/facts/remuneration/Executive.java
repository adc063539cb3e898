package org.matrisk.engine.facts.remuneration;

import java.math.BigDecimal;
import java.util.Set;
import org.matrisk.engine.facts.Tri;
import org.matrisk.model.Enums.PayApprover;
import org.matrisk.model.Enums.PayRole;
import org.matrisk.model.Governance;
import org.matrisk.model.PayRecord;

/**
 * Derived: an executive's pay record. A pay record is an executive's when its role is {@code CEO},
 * {@code ACCOUNTING_OFFICER}, {@code CFO} or {@code EXECUTIVE_HEADTEACHER}, or when it is a pay record of
 * the accounting officer or CFO person named in {@code governance}, whatever its role.
 */
public record Executive(PayRecord pay) {

    /** The pay roles that make a pay record an executive's. */
    public static final Set<PayRole> ROLES = Set.of(PayRole.CEO, PayRole.ACCOUNTING_OFFICER, PayRole.CFO, PayRole.EXECUTIVE_HEADTEACHER);

    public static boolean isExecutive(PayRecord p, Governance g) {
        return ROLES.contains(p.role()) || p.personId().equals(g.accountingOfficer()) || p.personId().equals(g.chiefFinancialOfficer());
    }

    public String pointer() { return pay.pointer(); }
    public String personId() { return pay.personId(); }
    public PayRole role() { return pay.role(); }
    public BigDecimal salary() { return pay.salary(); }
    public BigDecimal previousSalary() { return pay.previousSalary(); }
    public PayApprover approvedBy() { return pay.approvedBy(); }
    public Boolean benchmarked() { return pay.benchmarked(); }

    /** {@code approvedBy} present and neither BOARD nor REMUNERATION_COMMITTEE. */
    public boolean approvedOutsideBoard() {
        return pay.approvedBy() != null && pay.approvedBy() != PayApprover.BOARD && pay.approvedBy() != PayApprover.REMUNERATION_COMMITTEE;
    }

    /** PAY-04's definite problems in words ("" when none). */
    public String payProcessProblems() {
        java.util.List<String> r = new java.util.ArrayList<>(2);
        if (approvedOutsideBoard()) r.add("pay approved by " + pay.approvedBy() + ", not by the board or its remuneration committee");
        if (Boolean.FALSE.equals(pay.benchmarked())) r.add("pay not benchmarked (benchmarked: false)");
        return String.join(", and ", r);
    }

    /** PAY-04's absent fields. */
    public String[] missingProcessFields() {
        java.util.List<String> m = new java.util.ArrayList<>(2);
        if (pay.approvedBy() == null) m.add("approvedBy");
        if (pay.benchmarked() == null) m.add("benchmarked");
        return m.toArray(String[]::new);
    }

    /** previousSalary × ratio, or null when previousSalary is absent. */
    public BigDecimal previousSalaryTimes(BigDecimal ratio) {
        return pay.previousSalary() == null ? null : pay.previousSalary().multiply(ratio);
    }

    /** salary &gt; previousSalary × ratio; UNKNOWN when previousSalary is absent. */
    public Tri salaryRose(BigDecimal ratio) {
        if (pay.previousSalary() == null) return Tri.UNKNOWN;
        return Tri.of(pay.salary().compareTo(pay.previousSalary().multiply(ratio)) > 0);
    }
}
