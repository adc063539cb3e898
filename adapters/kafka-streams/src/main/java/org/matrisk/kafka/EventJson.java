package org.matrisk.kafka;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.matrisk.assessment.Reference;
import org.matrisk.engine.facts.RelatedPartyTransaction;
import org.matrisk.engine.facts.relatedparty.ApprovalRegime;
import org.matrisk.engine.facts.relatedparty.RptCandidate;
import org.matrisk.engine.inline.Decision;
import org.matrisk.engine.inline.Requirement;
import org.matrisk.engine.inline.TrustContext;
import org.matrisk.engine.inline.Undecided;
import org.matrisk.engine.params.ParamValue;
import org.matrisk.model.Notice;

/**
 * The events of the decisions topic (key: trust id), one per ledger event read, compact JSON, fields in
 * a fixed order and nothing that depends on when or where it was computed (the same ledger gives the
 * same bytes):
 *
 * <pre>
 * {"type":"DECISION","trustId":"10070002","eventId":"T-17","eventType":"PAYMENT",
 *  "decision":{"paymentId":"T-17","kind":"PAYMENT","date":"2024-03-01","amount":45000.00,"partyId":"O3","related":true,
 *    "bases":["interest:P05"],"clear":false,"declarationRequired":true,"approvalRequired":true,"atCostRequired":false,"blocked":false,
 *    "totals":{"financialYear":"2023/24","running":45000.00,"partyYear":45000.00,"contract":45000.00},
 *    "approval":{"regime":"PER_CONTRACT","measured":45000.00,"exempt":false,
 *                "threshold":{"name":"rpt.approvalThreshold","value":"40000.00","effectiveFrom":"2023-09-01","source":"ATH 2023","url":"..."}},
 *    "openNotices":[],
 *    "requirements":[{"ruleId":"RPT-01","severity":"HIGH","title":"...","met":false,"detail":"...","reference":{...},"parameters":[...]}, ...],
 *    "undecided":[]},
 *  "findings":[{"ruleId":"RPT-01","severity":"HIGH","title":"...","message":"...","reference":{...}}, ...]}
 * {"type":"CONTEXT_UPDATED","trustId":"10070002","eventId":"D-5","eventType":"DECLARATION","people":13,"parties":9,"notices":2,"payments":412}
 * </pre>
 * {@code findings} are the requirements not met: what the full assessment will report for the payment.
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
        b.append(",\"decision\":{\"paymentId\":");
        string(b, d.paymentId());
        b.append(",\"kind\":\"").append(d.kind().name());
        b.append("\",\"date\":\"").append(d.date());
        b.append("\",\"amount\":");
        money(b, d.amount());
        if (event instanceof LedgerEvent.Payment p) {
            b.append(",\"partyId\":");
            string(b, p.transaction().partyId());
        }
        b.append(",\"related\":").append(d.related());
        b.append(",\"bases\":");
        strings(b, d.bases());
        b.append(",\"clear\":").append(d.clear());
        b.append(",\"declarationRequired\":").append(d.declarationRequired());
        b.append(",\"approvalRequired\":").append(d.approvalRequired());
        b.append(",\"atCostRequired\":").append(d.atCostRequired());
        b.append(",\"blocked\":").append(d.blocked());
        b.append(",\"totals\":");
        if (d.rpt().isEmpty()) b.append("null");
        else {
            RelatedPartyTransaction r = d.rpt().get();
            b.append("{\"financialYear\":\"").append(RptCandidate.label(r.financialYearEnd())).append("\",\"running\":");
            money(b, r.runningTotal());
            b.append(",\"partyYear\":");
            money(b, r.partyYearTotal());
            b.append(",\"contract\":");
            money(b, r.contractTotal());
            b.append('}');
        }
        b.append(",\"approval\":");
        if (d.approval().isEmpty()) b.append("null");
        else {
            ApprovalRegime.Decision a = d.approval().get();
            b.append("{\"regime\":\"").append(a.regime().name()).append("\",\"required\":").append(a.required()).append(",\"measured\":");
            money(b, a.measured());
            b.append(",\"exempt\":").append(a.exempt()).append(",\"threshold\":");
            if (a.threshold() == null) b.append("null");
            else param(b, a.threshold());
            b.append('}');
        }
        b.append(",\"openNotices\":[");
        for (int i = 0; i < d.openNotices().size(); i++) {
            Notice n = d.openNotices().get(i);
            if (i > 0) b.append(',');
            b.append("{\"id\":");
            string(b, n.id());
            b.append(",\"kind\":\"").append(n.kind().name()).append("\",\"issuedOn\":");
            date(b, n.issuedOn());
            b.append(",\"liftedOn\":");
            date(b, n.liftedOn());
            b.append('}');
        }
        b.append("],\"requirements\":[");
        for (int i = 0; i < d.requirements().size(); i++) {
            Requirement r = d.requirements().get(i);
            if (i > 0) b.append(',');
            b.append("{\"ruleId\":");
            string(b, r.ruleId());
            b.append(",\"severity\":\"").append(r.severity().name()).append("\",\"title\":");
            string(b, r.title());
            b.append(",\"met\":").append(r.met()).append(",\"detail\":");
            string(b, r.detail());
            b.append(",\"reference\":");
            reference(b, r.reference());
            b.append(",\"parameters\":[");
            for (int k = 0; k < r.parameters().size(); k++) {
                if (k > 0) b.append(',');
                param(b, r.parameters().get(k));
            }
            b.append("]}");
        }
        b.append("],\"undecided\":[");
        for (int i = 0; i < d.undecided().size(); i++) {
            Undecided u = d.undecided().get(i);
            if (i > 0) b.append(',');
            b.append("{\"ruleId\":");
            string(b, u.ruleId());
            b.append(",\"missing\":");
            strings(b, u.missing());
            b.append('}');
        }
        b.append("]},\"findings\":[");
        boolean first = true;
        for (Requirement r : d.requirements()) {
            if (r.met()) continue;
            if (!first) b.append(',');
            first = false;
            b.append("{\"ruleId\":");
            string(b, r.ruleId());
            b.append(",\"severity\":\"").append(r.severity().name()).append("\",\"title\":");
            string(b, r.title());
            b.append(",\"message\":");
            string(b, r.detail());
            b.append(",\"reference\":");
            reference(b, r.reference());
            b.append('}');
        }
        return b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
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

    /*
     * A decision cites the same few references and dated parameters over and over: their JSON is written
     * once and reused.
     */
    private static final int CACHED = 10_000;
    private static final Map<Reference, String> REFERENCES = new ConcurrentHashMap<>();
    private static final Map<ParamKey, String> PARAMS = new ConcurrentHashMap<>();

    /** What a parameter's JSON depends on (its source and url follow from its name and effective date). */
    private record ParamKey(String name, LocalDate from, Object value) {}

    private static void param(StringBuilder b, ParamValue p) {
        ParamKey key = new ParamKey(p.name(), p.effectiveFrom(), p.value());
        String json = PARAMS.get(key);
        if (json == null) {
            StringBuilder o = new StringBuilder(256).append("{\"name\":");
            string(o, p.name());
            o.append(",\"value\":");
            string(o, p.display());
            o.append(",\"effectiveFrom\":");
            date(o, p.effectiveFrom());
            o.append(",\"source\":");
            string(o, p.source());
            o.append(",\"url\":");
            string(o, p.url());
            json = o.append('}').toString();
            if (PARAMS.size() < CACHED) PARAMS.put(key, json);
        }
        b.append(json);
    }

    private static void reference(StringBuilder b, Reference r) {
        String json = REFERENCES.get(r);
        if (json == null) {
            StringBuilder o = new StringBuilder(256).append("{\"source\":");
            string(o, r.source());
            o.append(",\"edition\":");
            string(o, r.edition());
            o.append(",\"paragraph\":");
            string(o, r.paragraph());
            o.append(",\"url\":");
            string(o, r.url());
            json = o.append('}').toString();
            if (REFERENCES.size() < CACHED) REFERENCES.put(r, json);
        }
        b.append(json);
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
