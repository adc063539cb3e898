package org.matrisk.kafka;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The poison records of issue 15, as the topics carry them: each must end in exactly one output or one
 * dead letter, and processing must go on. Shared by {@link PoisonPillTest} (TopologyTestDriver) and
 * {@link LedgerExactlyOnceIT} (a real broker, with its default 1 MiB record limits).
 */
final class Pills {
    private Pills() {}

    /**
     * A trust document with {@code n} payments to O3, a party related through member P05's interest, none
     * declared: at 2,500 payments about 0.5 MB, and its full assessment several MB (findings with evidence
     * per payment).
     */
    static String bigDocument(String trustId, int n) {
        JsonObject doc = Scenario.context(trustId);
        JsonArray txs = new JsonArray();
        LocalDate start = LocalDate.of(2023, 9, 1);
        for (int i = 0; i < n; i++) {
            JsonObject t = Scenario.obj("id", "T" + i, "date", start.plusDays(i % 365).toString(), "partyId", "O3", "direction", "PAYMENT",
                    "kind", "SERVICES");
            t.addProperty("amount", BigDecimal.valueOf(21_000 + i));
            txs.add(t);
        }
        doc.add("transactions", txs);
        return doc.toString();
    }

    /** A ledger record of about {@code bytes} bytes whose {@code type} is unknown and as long as the record. */
    static String hugeUnknownType(int bytes) {
        return "{\"type\":\"" + "X".repeat(bytes) + "\",\"id\":\"huge\"}";
    }

    /** {@code n} PARTY events for one trust, each a new supplier. */
    static List<Scenario.Event> parties(String trustId, int n) {
        List<Scenario.Event> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            JsonObject p = Scenario.obj("type", "PARTY", "id", "P-" + i, "partyId", "S" + i, "name", "Supplier number " + i + " of a long list Ltd",
                    "kind", "COMPANY", "companyNumber", String.format("%08d", 10_000_000 + i));
            out.add(new Scenario.Event(trustId, p.toString()));
        }
        return out;
    }

    /** Two payments in one record: rejected whole, nothing decided. */
    static String concatenated(String trustId) {
        return Scenario.payment(trustId, "C1", "2024-01-10", "O1", "100", null, null).json()
                + Scenario.payment(trustId, "C2", "2024-01-11", "O1", "200", null, null).json();
    }

    /** A payment dated 2099. */
    static Scenario.Event futureDated(String trustId) {
        return Scenario.payment(trustId, "F2099", "2099-06-01", "O1", "100", null, null);
    }

    /** Bytes that are not UTF-8 text at all. */
    static byte[] binary() {
        byte[] b = new byte[512];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (i * 73 + 0x80);
        b[0] = (byte) 0xFF;
        return b;
    }
}
