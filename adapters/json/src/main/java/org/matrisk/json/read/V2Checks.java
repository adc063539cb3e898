package org.matrisk.json.read;

import static org.matrisk.json.read.DocumentBinder.ACADEMY;
import static org.matrisk.json.read.DocumentBinder.PARTY;
import static org.matrisk.json.read.DocumentBinder.PERSON;
import static org.matrisk.json.read.DocumentBinder.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.matrisk.model.Appointment;
import org.matrisk.model.CentralServicesCharge;
import org.matrisk.model.Coverage;
import org.matrisk.model.DateSpan;
import org.matrisk.model.Enums;
import org.matrisk.model.Expense;
import org.matrisk.model.ExternalRemuneration;
import org.matrisk.model.FamilyLink;
import org.matrisk.model.FundsEnd;
import org.matrisk.model.MoneyRange;
import org.matrisk.model.Notice;
import org.matrisk.model.NoticeCondition;
import org.matrisk.model.Party;
import org.matrisk.model.PartyLink;
import org.matrisk.model.PayRecord;
import org.matrisk.model.Person;
import org.matrisk.model.Procurement;
import org.matrisk.model.Role;
import org.matrisk.model.Section;
import org.matrisk.model.Transaction;
import org.matrisk.model.Transfer;
import org.matrisk.model.TrustDocument;

/**
 * The checks of contract trust-data-v2.md section 6 that need the whole version 2 document: references
 * of the new members, date order with months, listed officers' dated roles, coverage against the
 * collections, one contract's procurement facts, and the kind-dependent members. Problems go to the
 * binder (pointer and reason, as the binder's own); the per-value checks (bands, months, value or band,
 * day-only fields, non-empty references) are made as the values are read.
 */
final class V2Checks {

    private final DocumentBinder b;
    private final TrustDocument d;
    private final Coverage cov;
    private final Map<String, String> personIds, partyIds, urns;

    V2Checks(DocumentBinder binder, TrustDocument doc, Map<String, String> personIds, Map<String, String> partyIds,
             Map<String, String> urns) {
        this.b = binder;
        this.d = doc;
        this.cov = doc.coverage();
        this.personIds = personIds;
        this.partyIds = partyIds;
        this.urns = urns;
    }

    void run() {
        coverage();
        people();
        officers();
        parties();
        transactions();
        contracts();
        pay();
        notices();
        transfers();
        charges();
    }

    // ------------------------------------------------------------------------------ coverage

    /** complete: true requires the section's collection (contract v2 2.1). */
    private void coverage() {
        requireCollection(Section.PARTIES, d.parties() != null, "the parties list");
        requireCollection(Section.TRANSACTIONS, d.transactions() != null, "the transactions list");
        requireCollection(Section.PROCUREMENT, d.transactions() != null, "the transactions list");
        requireCollection(Section.EXPENSES, d.transactions() != null, "the transactions list");
        requireCollection(Section.DECLARATIONS, d.transactions() != null, "the transactions list");
        requireCollection(Section.PAY, d.pay() != null, "the pay list");
        requireCollection(Section.SPECIAL_PAYMENTS, d.specialPayments() != null, "the specialPayments list");
        requireCollection(Section.GROWTH, d.growth() != null, "the growth list");
        requireCollection(Section.NOTICES, d.notices() != null, "the notices list");
        requireCollection(Section.TRANSFERS, d.transfers() != null, "the transfers list");
        requireCollection(Section.RETURNS, d.finance() == null || d.finance().returns() != null, "finance.returns");
    }

    private void requireCollection(Section s, boolean present, String what) {
        if (cov.complete(s) && !present) {
            b.problem("/coverage/" + s.key() + "/complete",
                    "complete: true for " + s.key() + " requires " + what + " to be present (an empty list [] is allowed)");
        }
    }

    // -------------------------------------------------------------------------------- people

    private void people() {
        if (d.people() == null) return;
        for (Person p : d.people()) {
            for (Role r : p.roles()) {
                b.resolve(r.academyUrn(), r.pointer(), "/academyUrn", urns, ACADEMY);
                DateSpan from = span(r.pointer(), "from", r.from());
                notBefore(r.pointer(), "to", span(r.pointer(), "to", r.to()), "from", from);
                notBefore(r.pointer(), "knownUntil", span(r.pointer(), "knownUntil", r.knownUntil()), "from", from);
            }
            for (Appointment a : p.appointments()) {
                notBefore(a.pointer(), "knownUntil", span(a.pointer(), "knownUntil", a.knownUntil()), "from",
                        span(a.pointer(), "from", a.from()));
            }
            for (FamilyLink f : p.familyOf()) {
                b.resolve(f.personId(), f.pointer(), "/personId", personIds, PERSON);
                if (f.personId() != null && f.personId().equals(p.id())) {
                    b.problem(f.pointer() + "/personId", "a person is not close family of themselves: " + quote(f.personId())
                            + " is this person's own id");
                }
            }
        }
    }

    /**
     * Contract v2 5.2: a person listed in a governance list on period.end who has dated entries of that role must
     * have one that does not exclude period.end (with months: unless some choice of days satisfies it).
     */
    private void officers() {
        if (d.governance() == null || d.people() == null || d.period() == null || d.period().end() == null) return;
        Map<String, Person> byId = new HashMap<>();
        for (Person p : d.people()) if (p.id() != null) byId.putIfAbsent(p.id(), p);
        List<String> members = d.governance().members(), trustees = d.governance().trustees();
        if (members != null) {
            for (int i = 0; i < members.size(); i++) officer(byId, members.get(i), Enums.RoleKind.MEMBER, "/governance/members/" + i);
        }
        if (trustees != null) {
            for (int i = 0; i < trustees.size(); i++) officer(byId, trustees.get(i), Enums.RoleKind.TRUSTEE, "/governance/trustees/" + i);
        }
        officer(byId, d.governance().chair(), Enums.RoleKind.CHAIR, "/governance/chair");
        officer(byId, d.governance().accountingOfficer(), Enums.RoleKind.ACCOUNTING_OFFICER, "/governance/accountingOfficer");
        officer(byId, d.governance().chiefFinancialOfficer(), Enums.RoleKind.CFO, "/governance/chiefFinancialOfficer");
    }

    private void officer(Map<String, Person> byId, String id, Enums.RoleKind kind, String pointer) {
        Person p = id == null ? null : byId.get(id);
        if (p == null) return;   // absent, or a dangling reference (reported)
        LocalDate end = d.period().end();
        boolean any = false;
        for (Role r : p.roles()) {
            if (r.role() != kind) continue;
            any = true;
            DateSpan from = span(r.pointer(), "from", r.from());
            DateSpan to = span(r.pointer(), "to", r.to());
            if ((from == null || !from.first().isAfter(end)) && (to == null || !to.last().isBefore(end))) return;
        }
        if (any) {
            b.problem(pointer, quote(id) + " is listed as holding " + kind + " on period.end " + end + ", but none of their "
                    + kind + " roles (" + p.pointer() + "/roles) holds that day; expected one with from <= " + end
                    + " and to absent or >= " + end);
        }
    }

    // ------------------------------------------------------------------------------- parties

    private void parties() {
        if (d.parties() == null) return;
        for (Party x : d.parties()) {
            if (x.personId() != null) {
                b.resolve(x.personId(), x.pointer(), "/personId", personIds, PERSON);
                if (x.kind() != Enums.PartyKind.INDIVIDUAL) {
                    b.problem(x.pointer() + "/personId", "personId is allowed only on INDIVIDUAL parties (kind is "
                            + (x.kind() == null ? "absent" : x.kind()) + ")");
                }
            }
            for (PartyLink l : x.links()) {
                b.resolve(l.partyId(), l.pointer(), "/partyId", partyIds, PARTY);
                if (l.partyId() != null && l.partyId().equals(x.id())) {
                    b.problem(l.pointer() + "/partyId", "a link joins two parties: " + quote(l.partyId()) + " is this party's own id");
                }
            }
        }
    }

    // -------------------------------------------------------------------------- transactions

    private void transactions() {
        if (d.transactions() == null) return;
        for (Transaction t : d.transactions()) {
            List<String> ben = t.beneficiaryPersonIds();
            for (int j = 0; j < ben.size(); j++) b.resolve(ben.get(j), t.pointer(), "/beneficiaryPersonIds/" + j, personIds, PERSON);
            Expense e = t.expense();
            if (e != null) {
                b.resolve(e.claimantPersonId(), e.pointer(), "/claimantPersonId", personIds, PERSON);
                b.resolve(e.approverPersonId(), e.pointer(), "/approverPersonId", personIds, PERSON);
                if (t.kind() != Enums.TransactionKind.EXPENSES) {
                    b.problem(e.pointer(), "expense is allowed only on kind EXPENSES (kind is "
                            + (t.kind() == null ? "absent" : t.kind()) + ")");
                }
            }
        }
    }

    /** The procurement facts of one contract (contract v2 5.5): a field given on several instalments carries one value. */
    private void contracts() {
        if (d.transactions() == null) return;
        Map<String, Map<String, Object[]>> byContract = new HashMap<>();
        for (Transaction t : d.transactions()) {
            Procurement pr = t.procurement();
            if (t.contractId() == null || pr == null) continue;
            Map<String, Object[]> first = byContract.computeIfAbsent(t.contractId(), c -> new HashMap<>());
            String base = pr.pointer();
            agree(t.contractId(), first, base, "method", pr.method());
            agree(t.contractId(), first, base, "category", pr.category());
            agree(t.contractId(), first, base, "quotes", pr.quotes());
            agree(t.contractId(), first, base, "chosenRank", pr.chosenRank());
            agree(t.contractId(), first, base, "valueForMoneyRecorded", pr.valueForMoneyRecorded());
            agree(t.contractId(), first, base, "writtenContract", pr.writtenContract());
            agree(t.contractId(), first, base, "contractValue", cov.money(base, "contractValue", pr.contractValue()));
            agree(t.contractId(), first, base, "contractValueExVat", money(pr.contractValueExVat()));
            agree(t.contractId(), first, base, "awardedOn", span(base, "awardedOn", pr.awardedOn()));
            agree(t.contractId(), first, base, "directAwardJustification", pr.directAwardJustification());
        }
    }

    private static final Object NULL = new Object() {
        @Override public String toString() { return "null"; }
    };

    /** {@code value}: the field's value (a band or month as its range); a documented null is a value too, absent is none. */
    private void agree(String contractId, Map<String, Object[]> first, String base, String field, Object value) {
        String pointer = base + "/" + field;
        Object v = value != null ? value : cov.nulls().contains(pointer) ? NULL : null;
        if (v == null) return;
        Object[] seen = first.putIfAbsent(field, new Object[] {v, pointer});
        if (seen == null || same(seen[0], v)) return;
        String band = cov.bands().containsKey(pointer) ? field + "Band" : field;
        b.problem(cov.bands().containsKey(pointer) ? base + "/" + band : pointer, "contract " + quote(contractId) + ": " + field
                + " is " + v + " here but " + seen[0] + " at " + seen[1] + "; instalments of one contract must agree");
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof MoneyRange x && b instanceof MoneyRange y) {
            return x.lo().compareTo(y.lo()) == 0 && (x.hi() == null ? y.hi() == null : y.hi() != null && x.hi().compareTo(y.hi()) == 0);
        }
        return Objects.equals(a, b);
    }

    private static MoneyRange money(BigDecimal v) { return MoneyRange.of(v); }

    // ----------------------------------------------------------------------------------- pay

    private void pay() {
        if (d.pay() == null) return;
        for (PayRecord r : d.pay()) {
            if (r.externalRemuneration() == null) continue;
            for (ExternalRemuneration x : r.externalRemuneration()) b.resolve(x.partyId(), x.pointer(), "/partyId", partyIds, PARTY);
        }
    }

    // ------------------------------------------------------------------------------- notices

    private void notices() {
        if (d.notices() == null) return;
        Map<String, String> conditionIds = new HashMap<>();
        for (Notice n : d.notices()) {
            if (n.kind() == Enums.NoticeKind.GROWTH_PAUSE && n.academyUrn() != null) {
                b.problem(n.pointer() + "/academyUrn", "a GROWTH_PAUSE notice is about the trust: academyUrn must be absent");
            }
            DateSpan issued = span(n.pointer(), "issuedOn", n.issuedOn());
            DateSpan lifted = span(n.pointer(), "liftedOn", n.liftedOn());
            if (issued != null && lifted != null && !lifted.last().isAfter(issued.first())) {
                b.problem(n.pointer() + "/liftedOn", "liftedOn " + lifted + " is not after issuedOn " + issued
                        + "; expected liftedOn > issuedOn");
            }
            notBefore(n.pointer(), "knownUntil", span(n.pointer(), "knownUntil", n.knownUntil()), "issuedOn", issued);
            if (n.conditions() == null) continue;
            for (NoticeCondition c : n.conditions()) {
                b.resolve(c.partyId(), c.pointer(), "/partyId", partyIds, PARTY);
                if (c.id() == null) continue;
                String before = conditionIds.putIfAbsent(c.id(), c.pointer());
                if (before != null) {
                    b.problem(c.pointer() + "/id", "duplicate condition id " + quote(c.id()) + " (first at " + before
                            + "); condition ids are unique within the document");
                }
            }
        }
    }

    // ----------------------------------------------------------------------------- transfers

    private void transfers() {
        if (d.transfers() == null) return;
        b.unique(d.transfers(), Transfer::id, Transfer::pointer, "id");
        for (Transfer t : d.transfers()) {
            end(t.from(), t.pointer() + "/from");
            end(t.to(), t.pointer() + "/to");
            if (t.from() != null && t.to() != null && t.from().equals(t.to())) {
                b.problem(t.pointer() + "/to", "to is the same end as from (" + describe(t.from())
                        + "); a transfer moves money between two different ends");
            }
        }
    }

    private void end(FundsEnd e, String pointer) {
        if (e == null) return;
        b.resolve(e.academyUrn(), pointer, "/academyUrn", urns, ACADEMY);
        b.resolve(e.partyId(), pointer, "/partyId", partyIds, PARTY);
    }

    private static String describe(FundsEnd e) {
        return switch (e.kind()) {
            case ACADEMY -> "ACADEMY " + quote(String.valueOf(e.academyUrn()));
            case PARTY -> "PARTY " + quote(String.valueOf(e.partyId()));
            case CENTRE -> "CENTRE";
        };
    }

    /** At most one central services charge per (yearEnd, academyUrn) (contract v2 5.10). */
    private void charges() {
        if (d.centralServicesCharges() == null) return;
        Map<List<Object>, String> seen = new HashMap<>();
        for (CentralServicesCharge c : d.centralServicesCharges()) {
            b.resolve(c.academyUrn(), c.pointer(), "/academyUrn", urns, ACADEMY);
            if (c.yearEnd() == null) continue;
            List<Object> key = new ArrayList<>(2);
            key.add(c.yearEnd());
            key.add(c.academyUrn());
            String first = seen.putIfAbsent(key, c.pointer());
            if (first != null) {
                b.problem(c.pointer() + "/yearEnd", "a second charge for the year ending " + c.yearEnd() + " ("
                        + (c.academyUrn() == null ? "trust-wide" : "academy " + quote(c.academyUrn())) + "; first at " + first
                        + "); expected at most one per yearEnd and academyUrn");
            }
        }
    }

    // ------------------------------------------------------------------------------- helpers

    /** A date field as a span: exact, the month it was given as, or null (absent). */
    private DateSpan span(String itemPointer, String field, LocalDate exact) {
        return cov.date(itemPointer, field, exact);
    }

    /** {@code later} not before {@code earlier}: an error only when no choice of days within the months satisfies it. */
    private void notBefore(String itemPointer, String laterField, DateSpan later, String earlierField, DateSpan earlier) {
        if (later == null || earlier == null || !later.last().isBefore(earlier.first())) return;
        b.problem(itemPointer + "/" + laterField, laterField + " " + later + " is before " + earlierField + " " + earlier
                + "; expected " + laterField + " >= " + earlierField);
    }
}
