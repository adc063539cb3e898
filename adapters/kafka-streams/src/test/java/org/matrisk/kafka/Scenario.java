package org.matrisk.kafka;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.matrisk.fixtures.Documents;

/**
 * Test data for the adapter: a trust's context document (the fixtures' clean trust with related parties
 * of every kind) and a seeded stream of ledger events for it, as the JSON the ledger topic carries.
 *
 * <p>Parties: O1 unrelated caterer; O2 company 11223344, related while trustee P06's appointment there
 * is current (from 2019-05-01), never declared (RPT-05); O3 an interest of member P05; O4 flagged related,
 * a sponsoring educational body; O5 unrelated until member P04 declares an interest in it.
 */
final class Scenario {
    private Scenario() {}

    /** One ledger record: key (trust id) and JSON value. */
    record Event(String key, String json) {}

    static JsonObject context(String trustId) {
        JsonObject doc = JsonParser.parseString(Documents.resource("fixtures/base/clean.json")).getAsJsonObject();
        doc.getAsJsonObject("trust").addProperty("id", trustId);
        doc.remove("transactions");
        JsonArray parties = new JsonArray();
        parties.add(party("O1", "Brightwater Catering Ltd", "09912345", null, false));
        parties.add(party("O2", "Hillside Learning Services Ltd", "11223344", null, false));
        parties.add(party("O3", "Northfield Consulting Ltd", "22334455", null, false));
        parties.add(party("O4", "Diocesan Learning Partnership", null, "SPONSOR_EDUCATIONAL_BODY", true));
        parties.add(party("O5", "Greenway Supplies Ltd", "33445566", null, false));
        doc.add("parties", parties);
        for (JsonElement e : doc.getAsJsonArray("people")) {
            JsonObject p = e.getAsJsonObject();
            String id = p.get("id").getAsString();
            if (id.equals("P05")) p.add("interests", array(obj("partyId", "O3", "nature", "DIRECTOR", "declaredOn", "2019-01-10")));
            if (id.equals("P06")) p.add("appointments", array(obj("companyNumber", "11223344", "role", "director", "from", "2019-05-01")));
        }
        doc.add("notices", new JsonArray());
        doc.add("specialPayments", new JsonArray());
        return doc;
    }

    static Event contextEvent(String trustId, String id, JsonObject document) {
        JsonObject e = obj("type", "CONTEXT", "id", id);
        e.add("document", document);
        return new Event(trustId, e.toString());
    }

    static Event payment(String trustId, String id, String date, String party, String amount, String kind, String contract) {
        JsonObject e = obj("type", "PAYMENT", "id", id, "date", date, "partyId", party);
        e.addProperty("amount", new BigDecimal(amount));
        if (kind != null) e.addProperty("kind", kind);
        if (contract != null) e.addProperty("contractId", contract);
        return new Event(trustId, e.toString());
    }

    /**
     * A seeded ledger for one trust: a CONTEXT event, then {@code n} events dated from 1 Sep 2022 to
     * 31 Aug 2025 (three financial years, across 1 Sep 2023) in date order: mostly payments and receipts, a
     * declaration that makes O5 related, a notice issued then lifted, a party added, special payments.
     */
    static List<Event> ledger(String trustId, long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Event> out = new ArrayList<>(n + 1);
        out.add(contextEvent(trustId, "ctx-" + trustId, context(trustId)));
        LocalDate start = LocalDate.of(2022, 9, 1);
        long span = LocalDate.of(2025, 8, 31).toEpochDay() - start.toEpochDay();
        String[] parties = {"O1", "O1", "O2", "O3", "O3", "O4", "O5", "O5"};
        String[] kinds = {"GOODS", "SERVICES", "SERVICES", "LEASE", "OTHER"};
        boolean partyAdded = false;
        for (int i = 0; i < n; i++) {
            LocalDate date = LocalDate.ofEpochDay(start.toEpochDay() + (span * i) / n);
            String d = date.toString();
            String id = trustId + "-E" + i;
            if (i == n / 3) {
                out.add(new Event(trustId, obj("type", "DECLARATION", "id", id, "personId", "P04", "partyId", "O5", "nature", "SHAREHOLDER",
                        "declaredOn", d).toString()));
                continue;
            }
            if (i == n / 4) {
                out.add(new Event(trustId, obj("type", "NOTICE", "id", id, "noticeId", "N1", "kind", "FINANCIAL_NOTICE_TO_IMPROVE", "issuedOn", d).toString()));
                continue;
            }
            if (i == n / 2) {
                out.add(new Event(trustId, obj("type", "NOTICE", "id", id, "noticeId", "N1", "kind", "FINANCIAL_NOTICE_TO_IMPROVE",
                        "issuedOn", LocalDate.ofEpochDay(start.toEpochDay() + (span * (n / 4)) / n).toString(), "liftedOn", d).toString()));
                continue;
            }
            if (i == (2 * n) / 3) {
                JsonObject party = obj("type", "PARTY", "id", id, "partyId", "O6", "name", "Friends of the Trust", "kind", "CHARITY");
                party.addProperty("relatedParty", true);
                out.add(new Event(trustId, party.toString()));
                partyAdded = true;
                continue;
            }
            if (r.nextInt(25) == 0) {
                JsonObject s = obj("type", "SPECIAL_PAYMENT", "id", id, "personId", "P20", "date", d,
                        "kind", new String[] {"EX_GRATIA", "COMPENSATION", "SEVERANCE", "WRITE_OFF"}[r.nextInt(4)]);
                s.addProperty("amount", BigDecimal.valueOf(500 + r.nextInt(70_000)));
                s.addProperty("contractual", false);
                s.addProperty("statutory", false);
                out.add(new Event(trustId, s.toString()));
                continue;
            }
            String party = partyAdded && r.nextInt(8) == 0 ? "O6" : parties[r.nextInt(parties.length)];
            JsonObject p = obj("type", r.nextInt(12) == 0 ? "RECEIPT" : "PAYMENT", "id", id, "date", d, "partyId", party,
                    "kind", kinds[r.nextInt(kinds.length)]);
            p.addProperty("amount", r.nextInt(6) == 0 ? BigDecimal.valueOf(15_000 + r.nextInt(30_000)) : BigDecimal.valueOf(r.nextInt(50_000, 900_000), 2));
            if (r.nextInt(3) == 0) p.addProperty("contractId", "K" + r.nextInt(4));
            if (r.nextInt(2) == 0) p.addProperty("declaredOn", date.minusDays(r.nextInt(-5, 30)).toString());
            if (r.nextInt(4) == 0) p.addProperty("approvalRef", "APP-" + i);
            if (r.nextInt(3) == 0) p.addProperty("atCost", r.nextBoolean());
            if (r.nextInt(30) == 0) p.addProperty("novelOrContentious", true);
            out.add(new Event(trustId, p.toString()));
        }
        return out;
    }

    static JsonObject obj(String... kv) {
        JsonObject o = new JsonObject();
        for (int i = 0; i < kv.length; i += 2) if (kv[i + 1] != null) o.addProperty(kv[i], kv[i + 1]);
        return o;
    }

    static JsonArray array(JsonObject... items) {
        JsonArray a = new JsonArray();
        for (JsonObject o : items) a.add(o);
        return a;
    }

    private static JsonObject party(String id, String name, String company, String exemption, boolean related) {
        JsonObject p = obj("id", id, "name", name, "kind", "COMPANY", "companyNumber", company, "exemption", exemption);
        if (related) p.addProperty("relatedParty", true);
        return p;
    }
}
