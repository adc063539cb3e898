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
        DocumentInfo info,
        Coverage coverage,
        Policies policies,
        List<Transfer> transfers,
        List<CentralServicesCharge> centralServicesCharges,
        PayBenchmark payBenchmark) {

    /** A version 1 document: {@link Coverage#V1}, no v2 members. */
    public TrustDocument(String schemaVersion, Trust trust, Period period, LocalDate asOfGiven, Finance finance, Governance governance,
                         List<Person> people, List<Party> parties, List<Transaction> transactions, List<PayRecord> pay,
                         List<PayBand> websitePayBands, List<SpecialPayment> specialPayments, List<Academy> academies,
                         List<Growth> growth, List<Notice> notices, DocumentInfo info) {
        this(schemaVersion, trust, period, asOfGiven, finance, governance, people, parties, transactions, pay, websitePayBands,
                specialPayments, academies, growth, notices, info, Coverage.V1, null, null, null, null);
    }

    public TrustDocument {
        if (coverage == null) coverage = Coverage.V1;
    }

    // ------------------------------------------------------------------ bean getters, for the rule engine
    // Drools knows a class's properties by its getters, not by record accessors: with these, a session updates the
    // document naming the members that changed (an inline check changes only transactions) and evaluates again only
    // the patterns that read one of them (property reactivity). Each returns the component of the same name.
    public String getSchemaVersion() { return schemaVersion; }
    public Trust getTrust() { return trust; }
    public Period getPeriod() { return period; }
    public LocalDate getAsOfGiven() { return asOfGiven; }
    public Finance getFinance() { return finance; }
    public Governance getGovernance() { return governance; }
    public List<Person> getPeople() { return people; }
    public List<Party> getParties() { return parties; }
    public List<Transaction> getTransactions() { return transactions; }
    public List<PayRecord> getPay() { return pay; }
    public List<PayBand> getWebsitePayBands() { return websitePayBands; }
    public List<SpecialPayment> getSpecialPayments() { return specialPayments; }
    public List<Academy> getAcademies() { return academies; }
    public List<Growth> getGrowth() { return growth; }
    public List<Notice> getNotices() { return notices; }
    public DocumentInfo getInfo() { return info; }
    public Coverage getCoverage() { return coverage; }
    public Policies getPolicies() { return policies; }
    public List<Transfer> getTransfers() { return transfers; }
    public List<CentralServicesCharge> getCentralServicesCharges() { return centralServicesCharges; }
    public PayBenchmark getPayBenchmark() { return payBenchmark; }

    /** 1: assessed with catalogue v1; 2: catalogue v2 (a version 2 document, or version 1 read with --upgrade-v1). */
    public int catalogue() { return coverage.catalogue(); }

    /** The day the assessment speaks for: {@code asOf}, or {@code period.end} when absent. */
    public LocalDate asOf() { return asOfGiven != null ? asOfGiven : period.end(); }

    public TrustDocument withInfo(DocumentInfo newInfo) {
        return new TrustDocument(schemaVersion, trust, period, asOfGiven, finance, governance, people, parties,
                transactions, pay, websitePayBands, specialPayments, academies, growth, notices, newInfo,
                coverage, policies, transfers, centralServicesCharges, payBenchmark);
    }

    /** The same document with another ledger (every other member, the v2 ones included, kept). */
    public TrustDocument withTransactions(List<Transaction> list) {
        return new TrustDocument(schemaVersion, trust, period, asOfGiven, finance, governance, people, parties,
                list, pay, websitePayBands, specialPayments, academies, growth, notices, info,
                coverage, policies, transfers, centralServicesCharges, payBenchmark);
    }

    /** The same document with other special payments. */
    public TrustDocument withSpecialPayments(List<SpecialPayment> list) {
        return new TrustDocument(schemaVersion, trust, period, asOfGiven, finance, governance, people, parties,
                transactions, pay, websitePayBands, list, academies, growth, notices, info,
                coverage, policies, transfers, centralServicesCharges, payBenchmark);
    }

    /** The same document with other people, parties and notices. */
    public TrustDocument withPeoplePartiesNotices(List<Person> newPeople, List<Party> newParties, List<Notice> newNotices) {
        return new TrustDocument(schemaVersion, trust, period, asOfGiven, finance, governance, newPeople, newParties,
                transactions, pay, websitePayBands, specialPayments, academies, growth, newNotices, info,
                coverage, policies, transfers, centralServicesCharges, payBenchmark);
    }

    /** The same data read under another schema version and coverage (e.g. a version 1 document as version 2). */
    public TrustDocument withCoverage(String version, Coverage newCoverage) {
        return new TrustDocument(version, trust, period, asOfGiven, finance, governance, people, parties,
                transactions, pay, websitePayBands, specialPayments, academies, growth, notices, info,
                newCoverage, policies, transfers, centralServicesCharges, payBenchmark);
    }

    public TrustDocument withAsOf(LocalDate day) {
        return new TrustDocument(schemaVersion, trust, period, day, finance, governance, people, parties,
                transactions, pay, websitePayBands, specialPayments, academies, growth, notices, info,
                coverage, policies, transfers, centralServicesCharges, payBenchmark);
    }
}
