package org.matrisk.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One trust over one financial year, as read from a document of the trust-data contract.
 *
 * <p>Facts given to the rules. A {@code null} component means the field was absent (or
 * {@code null}) in the input: rules treat it as UNKNOWN, never as a pass. Lists of items inside an
 * item (interests, appointments, ofsted, committee members) are never null: absent means empty.
 * Every item carries its RFC 6901 JSON Pointer into the input document.
 */
public record TrustDocument(
        String schemaVersion,
        Trust trust,
        Period period,
        LocalDate asOfGiven,
        Finance finance,
        Governance governance,
        List<Person> people,
        List<Party> parties,
        List<Transaction> transactions,
        List<PayRecord> pay,
        List<PayBand> websitePayBands,
        List<SpecialPayment> specialPayments,
        List<Academy> academies,
        List<Growth> growth,
        List<Notice> notices,
        DocumentInfo info) {

    /** The day the assessment speaks for: {@code asOf}, or {@code period.end} when absent. */
    public LocalDate asOf() { return asOfGiven != null ? asOfGiven : period.end(); }

    public TrustDocument withInfo(DocumentInfo newInfo) {
        return new TrustDocument(schemaVersion, trust, period, asOfGiven, finance, governance, people, parties,
                transactions, pay, websitePayBands, specialPayments, academies, growth, notices, newInfo);
    }

    public TrustDocument withAsOf(LocalDate day) {
        return new TrustDocument(schemaVersion, trust, period, day, finance, governance, people, parties,
                transactions, pay, websitePayBands, specialPayments, academies, growth, notices, info);
    }
}
