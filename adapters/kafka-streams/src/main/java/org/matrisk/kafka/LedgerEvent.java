package org.matrisk.kafka;

import org.matrisk.model.Interest;
import org.matrisk.model.Notice;
import org.matrisk.model.Party;
import org.matrisk.model.SpecialPayment;
import org.matrisk.model.Transaction;
import org.matrisk.model.TrustDocument;

/**
 * One event of a trust's ledger topic (key: the trust id), a JSON object with a {@code type} and an
 * {@code id}: the event's id, unique per trust, which its output carries back ({@code eventId}); for
 * payments it is also the transaction's or special payment's own id. Other fields are those of the
 * trust-data contract; unknown fields are ignored.
 *
 * <pre>
 * {"type":"CONTEXT","id":"ctx-1","document":{ ...a whole trust-data document... }}
 * {"type":"PAYMENT","id":"T-17","date":"2024-03-01","partyId":"O3","amount":45000.00,"kind":"SERVICES","contractId":"K1",
 *  "declaredOn":"2024-02-20","approvalRef":null,"atCost":true,"novelOrContentious":false}
 * {"type":"RECEIPT", ...the same fields...}
 * {"type":"SPECIAL_PAYMENT","id":"S1","personId":"P20","date":"2025-02-10","kind":"EX_GRATIA","amount":3000,"contractual":false,
 *  "statutory":false,"totalExitPackage":null,"approvalRef":null}
 * {"type":"DECLARATION","id":"D-5","personId":"P06","partyId":"O2","nature":"DIRECTOR","declaredOn":"2024-02-01"}
 * {"type":"NOTICE","id":"E-311","noticeId":"N1","kind":"NOTICE_TO_IMPROVE","academyUrn":null,"issuedOn":"2024-11-04","liftedOn":null,"publishedOn":null}
 * {"type":"PARTY","id":"E-312","partyId":"O9","name":"Acme Ltd","kind":"COMPANY","companyNumber":"01234567","exemption":null,"relatedParty":false}
 * </pre>
 */
public sealed interface LedgerEvent {
    String id();

    /** The {@code type} as written. */
    String type();

    /** Load or replace the trust's context; its {@code transactions}, when given, replace the payments recorded. */
    record Context(String id, TrustDocument document, byte[] documentWithoutTransactions) implements LedgerEvent {
        public String type() { return "CONTEXT"; }
    }

    /** A PAYMENT (checked, then recorded in the running totals) or a RECEIPT (checked only). */
    record Payment(String id, Transaction transaction) implements LedgerEvent {
        public String type() { return transaction.direction().name(); }
    }

    record Special(String id, SpecialPayment payment) implements LedgerEvent {
        public String type() { return "SPECIAL_PAYMENT"; }
    }

    /** A new declaration of interest by a person in a party. */
    record Declaration(String id, String personId, Interest interest) implements LedgerEvent {
        public String type() { return "DECLARATION"; }
    }

    /** A notice issued, or updated (same {@code noticeId}: e.g. lifted). */
    record NoticeIssued(String id, Notice notice) implements LedgerEvent {
        public String type() { return "NOTICE"; }
    }

    /** A new party, or an update of one (same {@code partyId}). */
    record PartyAdded(String id, Party party) implements LedgerEvent {
        public String type() { return "PARTY"; }
    }
}
