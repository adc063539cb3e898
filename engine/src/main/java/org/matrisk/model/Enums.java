package org.matrisk.model;

/**
 * Holder for the closed vocabularies of the trust-data contract. Values marked "v2" exist only in
 * schema version "2" documents (the reader refuses them in version "1").
 */
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
    public enum TransactionKind { GOODS, SERVICES, LEASE, LOAN, DONATION, OTHER, /** v2 */ EXPENSES }
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
    public enum NoticeKind { NOTICE_TO_IMPROVE, FINANCIAL_NOTICE_TO_IMPROVE, NTI_WARNING_LETTER, PRE_WARNING, TERMINATION_WARNING, TERMINATION,
        /** v2 */ WARNING_NOTICE, /** v2 */ MINDED_TO_TERMINATE, /** v2 */ INTENTION_TO_TERMINATE, /** v2 */ GROWTH_PAUSE, /** v2 */ INVESTIGATION_OPEN }

    // ---- schema version 2 only -------------------------------------------------------------
    public enum RoleKind { MEMBER, TRUSTEE, CHAIR, ACCOUNTING_OFFICER, CFO, CEO, LOCAL_GOVERNOR, KEY_MANAGEMENT, SENIOR_STAFF,
        COMPANY_SECRETARY, FOUNDER, SPONSOR_CONTROLLER;
        /** The five kinds of the governance lists (covering section {@code governance}); the others: {@code people}. */
        public boolean isGovernance() { return ordinal() <= CFO.ordinal(); }
    }
    public enum FamilyRelation { SPOUSE_OR_PARTNER, CHILD, PARENT, SIBLING, HOUSEHOLD, OTHER_CLOSE }
    public enum LinkKind { SUBCONTRACTOR, PARENT, SUBSIDIARY, SAME_OWNER, COMMON_DIRECTOR }
    public enum Propriety { HOSPITALITY, GIFT, POLITICAL, FINE_OR_PENALTY, ALCOHOL }
    public enum Funding { PUBLIC, SELF_GENERATED }
    public enum ProcurementMethod { OPEN_TENDER, RESTRICTED_TENDER, FRAMEWORK, QUOTES, SINGLE_SOURCE, NONE }
    public enum ProcurementCategory { GOODS, SERVICES, WORKS, LIGHT_TOUCH }
    public enum ExpenseCategory { MILEAGE, TRAVEL, SUBSISTENCE, ACCOMMODATION, OTHER }
    public enum ConditionKind { DELEGATION_WITHDRAWN, FINANCIAL_PLAN, GOVERNANCE_REVIEW, STRUCTURAL_CHANGE, STOP_PAYMENTS, REPAYMENT, REPORTING, OTHER }
    public enum RemunerationBasis { CONNECTED_ENTITY, VIA_INTERMEDIARY, OTHER }
    public enum Fund { GAG, RESTRICTED_GENERAL, RESTRICTED_CAPITAL, PFI, UNRESTRICTED }
    public enum FundUse { CAPITAL, REVENUE }
    public enum TransferPurpose { RESERVES_SWEEP, GAG_POOLING, CENTRAL_CHARGE, LOAN, REPAYMENT, GRANT, OTHER }
    public enum FundsEndKind { ACADEMY, CENTRE, PARTY }
    public enum ChargeBasis { GAG, GAG_AND_OTHER_INCOME, TOTAL_INCOME, OTHER }
    public enum ChargeMethod { TOP_SLICE, GAG_POOLING }
    public enum PeerGroupType { MAT, SAT, SPECIAL_AND_AP }
    public enum PayMeasure { SALARY, SALARY_AND_BENEFITS, TOTAL_WITH_PENSION }
}
