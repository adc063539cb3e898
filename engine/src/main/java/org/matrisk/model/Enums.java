package org.matrisk.model;

/** Holder for the closed vocabularies of the trust-data contract (schema version "1"). */
public final class Enums {
    private Enums() {}

    public enum TrustType { MAT, SAT }
    public enum AuditOpinion { UNMODIFIED, QUALIFIED, ADVERSE, DISCLAIMER }
    public enum RegularityConclusion { CLEAN, EXCEPTIONS }
    public enum ReturnKind { AUDITED_ACCOUNTS, ACCOUNTS_WEBSITE, COMPANIES_HOUSE, ACCOUNTS_RETURN, BUDGET_FORECAST, INTERNAL_SCRUTINY_SUMMARY }
    public enum CommitteeKind { AUDIT_AND_RISK, FINANCE, FINANCE_AND_AUDIT, REMUNERATION, OTHER }
    public enum ScrutinyProvider { INTERNAL_AUDIT_TEAM, EXTERNAL_PROVIDER, EXTERNAL_AUDITOR, SENIOR_LEADERSHIP, NONE }
    public enum InterestNature { DIRECTOR, SHAREHOLDER, PARTNER, EMPLOYEE, TRUSTEE, FAMILY, OTHER }
    public enum PartyKind { COMPANY, CHARITY, INDIVIDUAL, PUBLIC_BODY, OTHER }
    public enum Exemption { SPONSOR_EDUCATIONAL_BODY, STATE_FUNDED_EDUCATION, RELIGIOUS_AUTHORITY }
    public enum Direction { PAYMENT, RECEIPT }
    public enum TransactionKind { GOODS, SERVICES, LEASE, LOAN, DONATION, OTHER }
    public enum AuthorisedBy { BOARD, TRUST_EXECUTIVE, ACADEMY }
    public enum PayRole { CEO, ACCOUNTING_OFFICER, CFO, EXECUTIVE_HEADTEACHER, HEADTEACHER, OTHER }
    public enum PayApprover { BOARD, REMUNERATION_COMMITTEE, CEO, NONE }
    public enum SpecialPaymentKind { SEVERANCE, COMPENSATION, EX_GRATIA, WRITE_OFF }
    public enum Phase { PRIMARY, SECONDARY, ALL_THROUGH, SPECIAL, ALTERNATIVE_PROVISION, SIXTH_FORM }
    public enum OfstedGrade {
        OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE;
        /** Worse grades compare greater. */
        public boolean worseThan(OfstedGrade other) { return ordinal() > other.ordinal(); }
        public boolean belowGood() { return this == REQUIRES_IMPROVEMENT || this == INADEQUATE; }
    }
    public enum AutonomyLevel { FULL, EARNED, STANDARD, SUPPORTED, INTERVENTION }
    public enum DueDiligenceArea { EDUCATION, FINANCE, SAFEGUARDING, ESTATES, HR, LEGAL, GOVERNANCE }
    public enum DueDiligenceStatus { COMPLETE, PARTIAL, NOT_DONE }
    public enum NoticeKind { NOTICE_TO_IMPROVE, FINANCIAL_NOTICE_TO_IMPROVE, NTI_WARNING_LETTER, PRE_WARNING, TERMINATION_WARNING, TERMINATION }
}
