package org.matrisk.kafka;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.matrisk.engine.inline.Decision;
import org.matrisk.engine.inline.TrustContext;
import org.matrisk.json.write.DecisionJson;

/**
 * The events of the decisions topic (key: trust id), one per ledger event read, compact JSON, fields in
 * a fixed order and nothing that depends on when or where it was computed (the same ledger gives the
 * same bytes):
 *
 * <pre>
 * {"type":"DECISION","trustId":"10070002","eventId":"T-17","eventType":"PAYMENT",
 *  "decision":{"trustId":"10070002","transactionId":"T-17","subject":"TRANSACTION","pointer":"/transactions/412",
 *    "date":"2024-03-01","amount":45000.00,"outcome":"REQUIRES_ACTION",
 *    "requirements":[{"ruleId":"RPT-02","severity":"HIGH","kind":"APPROVE","title":"...","message":"...","reference":{...},
 *                     "evidence":[{"pointer":"/transactions/412","field":"amount","value":"45000.00"}],"parameters":[...]}, ...],
 *    "undecided":[],"rulePackSha256":"..."}}
 * {"type":"CONTEXT_UPDATED","trustId":"10070002","eventId":"D-5","eventType":"DECLARATION","people":13,"parties":9,"notices":2,"payments":412}
 * </pre>
 * The decision is {@link DecisionJson}'s: each requirement is a finding the full assessment of the trust's
 * context with the payment added reports for it, under the topology's rule pack.
 */
final class EventJson {
    private EventJson() {}

    static byte[] decision(String trustId, LedgerEvent event, Decision d) {
        StringBuilder b = new StringBuilder(2048);
        b.append("{\"type\":\"DECISION\",\"trustId\":");
        string(b, trustId);
        b.append(",\"eventId\":");
        string(b, event.id());
        b.append(",\"eventType\":");
        string(b, event.type());
        b.append(",\"decision\":").append(DecisionJson.toJson(d));
        return b.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] contextUpdated(String trustId, LedgerEvent event, TrustContext ctx) {
        var doc = ctx.document();
        StringBuilder b = new StringBuilder(192);
        b.append("{\"type\":\"CONTEXT_UPDATED\",\"trustId\":");
        string(b, trustId);
        b.append(",\"eventId\":");
        string(b, event.id());
        b.append(",\"eventType\":");
        string(b, event.type());
        b.append(",\"people\":").append(doc.people().size());
        b.append(",\"parties\":").append(doc.parties() == null ? 0 : doc.parties().size());
        b.append(",\"notices\":").append(doc.notices() == null ? 0 : doc.notices().size());
        b.append(",\"payments\":").append(ctx.paymentCount());
        return b.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void strings(StringBuilder b, List<String> values) {
        b.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) b.append(',');
            string(b, values.get(i));
        }
        b.append(']');
    }

    private static void money(StringBuilder b, BigDecimal v) {
        if (v == null) b.append("null");
        else b.append(v.toPlainString());
    }

    private static void date(StringBuilder b, LocalDate d) {
        if (d == null) b.append("null");
        else b.append('"').append(d).append('"');
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** A JSON string (RFC 8259): quotes, backslashes and control characters escaped; null as null. */
    static void string(StringBuilder b, String s) {
        if (s == null) {
            b.append("null");
            return;
        }
        b.append('"');
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') continue;
            b.append(s, start, i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15]).append(HEX[c & 15]);
            }
            start = i + 1;
        }
        b.append(s, start, s.length()).append('"');
    }
}
