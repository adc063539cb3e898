package org.matrisk.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.matrisk.kafka.Scenario.payment;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matrisk.engine.RiskEngine;
import org.matrisk.engine.inline.Decision;
import org.matrisk.json.write.DecisionJson;
import org.matrisk.engine.inline.InlineChecker;
import org.matrisk.engine.inline.TrustContext;
import org.matrisk.fixtures.Documents;
import org.matrisk.model.Enums.Direction;
import org.matrisk.model.Enums.InterestNature;
import org.matrisk.model.Enums.NoticeKind;
import org.matrisk.model.Enums.PartyKind;
import org.matrisk.model.Enums.TransactionKind;
import org.matrisk.model.Interest;
import org.matrisk.model.Notice;
import org.matrisk.model.Party;
import org.matrisk.model.Transaction;

class LedgerTopologyTest {
    static final String TRUST = "10070001";

    @TempDir Path state;

    static List<String> rules(JsonObject decision) {
        return decision.getAsJsonArray("requirements").asList().stream().map(f -> f.getAsJsonObject().get("ruleId").getAsString()).toList();
    }

    static JsonObject requirement(JsonObject decision, String rule) {
        return decision.getAsJsonArray("requirements").asList().stream().map(f -> f.getAsJsonObject())
                .filter(f -> f.get("ruleId").getAsString().equals(rule)).findFirst().orElseThrow(() -> new AssertionError(rule + " in " + decision));
    }

    Driver driver(LedgerOptions options) { return new Driver(state, options); }

    @Test
    void runningTotalsAreKeptPerPartyAndFinancialYearAcrossTheYearBoundary() {
        try (Driver d = driver(LedgerOptions.defaults())) {
            d.pipe(Scenario.contextEvent(TRUST, "ctx", Scenario.context(TRUST)));
            assertThat(d.decision().get("type").getAsString()).isEqualTo("CONTEXT_UPDATED");

            d.pipe(payment(TRUST, "T1", "2023-08-30", "O3", "15000", "SERVICES", null));
            JsonObject first = d.decision().getAsJsonObject("decision");
            assertThat(rules(first)).as("related (declared? no), under the £20,000 running threshold").doesNotContain("RPT-02").contains("RPT-01");
            assertThat(first.get("pointer").getAsString()).isEqualTo("/transactions/0");

            d.pipe(payment(TRUST, "T2", "2023-08-31", "O3", "6000", "SERVICES", null));
            JsonObject second = d.decision().getAsJsonObject("decision");
            assertThat(rules(second)).containsExactly("RPT-01", "RPT-02", "RPT-04");
            assertThat(second.get("outcome").getAsString()).isEqualTo("REQUIRES_ACTION");
            JsonObject rpt02 = requirement(second, "RPT-02");
            assertThat(rpt02.get("kind").getAsString()).isEqualTo("APPROVE");
            assertThat(rpt02.get("message").getAsString()).contains("in 2022/23 to £21,000.00", "£20,000.00 cumulative approval threshold");
            assertThat(rpt02.getAsJsonArray("parameters").asList()).anySatisfy(q -> {
                assertThat(q.getAsJsonObject().get("name").getAsString()).isEqualTo("rpt.approvalThreshold");
                assertThat(q.getAsJsonObject().get("value").getAsString()).isEqualTo("20000.00");
                assertThat(q.getAsJsonObject().get("effectiveFrom").getAsString()).isEqualTo("2019-04-01");
            });

            d.pipe(payment(TRUST, "T3", "2023-09-01", "O3", "6000", "SERVICES", null));
            JsonObject third = d.decision().getAsJsonObject("decision");
            assertThat(rules(third)).as("a new year starts from nothing, under the per-contract regime").doesNotContain("RPT-02");

            d.pipe(payment(TRUST, "T4", "2024-08-31", "O3", "30000", "SERVICES", "K1"));
            d.pipe(payment(TRUST, "T5", "2024-09-01", "O3", "30000", "SERVICES", "K1"));
            List<JsonObject> k = d.decisions();
            assertThat(rules(k.get(1).getAsJsonObject("decision"))).as("a contract is totalled per financial year").doesNotContain("RPT-02");
            assertThat(d.deadLetters()).isEmpty();
        }
    }

    @Test
    void everyEventGivesOneOutputAndPaymentDecisionsAreTheInlineApis() {
        List<Scenario.Event> a = Scenario.ledger("10070001", 1, 300), b = Scenario.ledger("10070002", 2, 300);
        try (Driver d = driver(LedgerOptions.defaults())) {
            List<Scenario.Event> all = interleave(a, b);
            d.pipe(all);
            List<JsonObject> out = d.decisions();
            assertThat(out).hasSize(all.size());
            assertThat(d.deadLetters()).isEmpty();

            // the same ledger through the engine's inline API
            InlineChecker checker = InlineChecker.of(RiskEngine.builtin());
            Map<String, TrustContext> contexts = new HashMap<>();
            contexts.put("10070001", checker.load(Documents.parse("a", Scenario.context("10070001").toString())));
            contexts.put("10070002", checker.load(Documents.parse("b", Scenario.context("10070002").toString())));
            int related = 0, blocked = 0;
            for (int i = 0; i < all.size(); i++) {
                JsonObject e = JsonParser.parseString(all.get(i).json()).getAsJsonObject();
                JsonObject o = out.get(i);
                String trust = all.get(i).key();
                assertThat(o.get("trustId").getAsString()).isEqualTo(trust);
                assertThat(o.get("eventId").getAsString()).isEqualTo(e.get("id").getAsString());
                TrustContext ctx = contexts.get(trust);
                switch (e.get("type").getAsString()) {
                    case "PAYMENT", "RECEIPT" -> {
                        Transaction t = transaction(e);
                        Decision expected = ctx.check(t);
                        JsonObject got = o.getAsJsonObject("decision");
                        // the adapter keeps only the retained years: positions in its ledger differ, nothing else does
                        assertThat(got.toString().replaceAll("/transactions/\\d+", "/transactions/N")).as("decision of %s is the inline API's", t.id())
                                .isEqualTo(DecisionJson.toJson(expected).replaceAll("/transactions/\\d+", "/transactions/N"));
                        if (expected.requirement("RPT-01").isPresent() || expected.undecided("RPT-01")) related++;
                        if (t.direction() == Direction.PAYMENT) contexts.put(trust, ctx.withPayment(t));
                    }
                    case "SPECIAL_PAYMENT" -> {
                        if (o.getAsJsonObject("decision").get("outcome").getAsString().equals("BLOCK")) blocked++;
                    }
                    case "DECLARATION" -> contexts.put(trust, ctx.withInterest("P04", new Interest("O5",
                            InterestNature.SHAREHOLDER, LocalDate.parse(e.get("declaredOn").getAsString()), null)));
                    case "NOTICE" -> contexts.put(trust, ctx.withNotice(new Notice("N1",
                            NoticeKind.FINANCIAL_NOTICE_TO_IMPROVE, null, LocalDate.parse(e.get("issuedOn").getAsString()),
                            e.has("liftedOn") ? LocalDate.parse(e.get("liftedOn").getAsString()) : null, null, null)));
                    case "PARTY" -> contexts.put(trust, ctx.withParty(new Party("O6", "Friends of the Trust",
                            PartyKind.CHARITY, null, null, true, null)));
                    default -> assertThat(o.get("type").getAsString()).isEqualTo("CONTEXT_UPDATED");
                }
            }
            assertThat(related).isGreaterThan(150);
            assertThat(blocked).isGreaterThan(0);
        }
    }

    @Test
    void aTrustNotCachedIsRebuiltFromTheStoresWithTheSameOutputs() {
        List<Scenario.Event> all = interleave(Scenario.ledger("10070001", 3, 200), Scenario.ledger("10070002", 4, 200));
        List<byte[]> cached, rebuilt;
        try (Driver d = new Driver(state.resolve("cached"), LedgerOptions.defaults())) {
            d.pipe(all);
            cached = d.decisions.readValuesToList();
        }
        try (Driver d = new Driver(state.resolve("rebuilt"), new LedgerOptions(2, 1))) {
            d.pipe(all);
            rebuilt = d.decisions.readValuesToList();
        }
        assertThat(rebuilt).hasSameSizeAs(cached);
        for (int i = 0; i < cached.size(); i++)
            assertThat(new String(rebuilt.get(i), StandardCharsets.UTF_8)).isEqualTo(new String(cached.get(i), StandardCharsets.UTF_8));
    }

    /**
     * One path under a custom pack: with a pack that redefines RPT-02's threshold (£5,000 from 1 Apr 2019,
     * £10,000 from 1 Sep 2023), the topology's decisions are the inline API's under that pack, and some
     * differ from the built-in pack's.
     */
    @Test
    void aCustomPackChangesTheStreamedDecisionsAsItChangesTheInlineApi(@TempDir Path packs) throws Exception {
        Path dir = packs.resolve("lower-threshold");
        Files.createDirectories(dir.resolve("parameters"));
        Files.writeString(dir.resolve("pack.json"), "{ \"id\": \"lower-threshold\", \"version\": \"1\", \"mode\": \"extend\", \"overrides\": [\"rpt.approvalThreshold\"] }");
        Files.writeString(dir.resolve("parameters/related_party.json"), """
                { "rpt.approvalThreshold": { "type": "money", "description": "a stricter local threshold",
                    "values": [ { "from": "2019-04-01", "value": "5000.00", "source": "local policy (test)" },
                                { "from": "2023-09-01", "value": "10000.00", "source": "local policy (test)" } ] } }
                """);
        Files.writeString(dir.resolve("local.drl"), "package org.matrisk.rules.lowerthreshold;\n");
        org.matrisk.engine.pack.Manifest.write(dir);
        RiskEngine custom = RiskEngine.of(org.matrisk.engine.pack.RulePack.load(dir, false));
        List<Scenario.Event> events = Scenario.ledger("10070001", 1, 120);
        try (Driver d = new Driver(state, LedgerOptions.defaults(), custom)) {
            d.pipe(events);
            List<JsonObject> out = d.decisions();
            TrustContext ctx = InlineChecker.of(custom).load(Documents.parse("a", Scenario.context("10070001").toString()));
            TrustContext plain = InlineChecker.of(RiskEngine.builtin()).load(Documents.parse("a", Scenario.context("10070001").toString()));
            int differ = 0, compared = 0;
            for (int i = 0; i < events.size(); i++) {
                JsonObject e = JsonParser.parseString(events.get(i).json()).getAsJsonObject();
                String type = e.get("type").getAsString();
                if (!type.equals("PAYMENT") && !type.equals("RECEIPT")) {
                    java.util.function.UnaryOperator<TrustContext> apply = switch (type) {
                        case "DECLARATION" -> c -> c.withInterest("P04", new Interest("O5", InterestNature.SHAREHOLDER,
                                LocalDate.parse(e.get("declaredOn").getAsString()), null));
                        case "NOTICE" -> c -> c.withNotice(new Notice("N1", NoticeKind.FINANCIAL_NOTICE_TO_IMPROVE, null,
                                LocalDate.parse(e.get("issuedOn").getAsString()),
                                e.has("liftedOn") ? LocalDate.parse(e.get("liftedOn").getAsString()) : null, null, null));
                        case "PARTY" -> c -> c.withParty(new Party("O6", "Friends of the Trust", PartyKind.CHARITY, null, null, true, null));
                        default -> c -> c;
                    };
                    ctx = apply.apply(ctx);
                    plain = apply.apply(plain);
                    continue;
                }
                Transaction t = transaction(e);
                Decision expected = ctx.check(t);
                assertThat(out.get(i).getAsJsonObject("decision").toString().replaceAll("/transactions/\\d+", "/transactions/N"))
                        .isEqualTo(DecisionJson.toJson(expected).replaceAll("/transactions/\\d+", "/transactions/N"));
                assertThat(expected.rulePackSha256()).isEqualTo(custom.pack().sha256());
                if (expected.requirement("RPT-02").isPresent() != plain.check(t).requirement("RPT-02").isPresent()) differ++;
                compared++;
                if (t.direction() == Direction.PAYMENT) {
                    ctx = ctx.withPayment(t);
                    plain = plain.withPayment(t);
                }
            }
            assertThat(compared).isGreaterThan(50);
            assertThat(differ).as("decisions the custom threshold changes").isGreaterThan(0);
        }
    }

    @Test
    void aDeclarationMakesTheYearsEarlierPaymentsToThePartyCount() {
        try (Driver d = driver(LedgerOptions.defaults())) {
            d.pipe(Scenario.contextEvent(TRUST, "ctx", Scenario.context(TRUST)));
            d.pipe(payment(TRUST, "T1", "2022-10-01", "O5", "12000", "GOODS", null));
            d.pipe(payment(TRUST, "T2", "2022-11-01", "O5", "7000", "GOODS", null));
            d.pipe(TRUST, Scenario.obj("type", "DECLARATION", "id", "D1", "personId", "P04", "partyId", "O5", "nature", "SHAREHOLDER",
                    "declaredOn", "2022-11-15").toString());
            d.pipe(payment(TRUST, "T3", "2022-12-01", "O5", "1500", "GOODS", null));
            List<JsonObject> out = d.decisions();
            assertThat(rules(out.get(1).getAsJsonObject("decision"))).as("O5 not yet related").isEmpty();
            assertThat(out.get(3).get("type").getAsString()).isEqualTo("CONTEXT_UPDATED");
            JsonObject t3 = out.get(4).getAsJsonObject("decision");
            assertThat(requirement(t3, "RPT-01").get("message").getAsString()).contains("an interest of P04");
            assertThat(requirement(t3, "RPT-02").get("message").getAsString()).contains("£20,500.00");
        }
    }

    @Test
    void aContextWithTransactionsReplacesThePaymentsRecordedAndOneWithoutKeepsThem() {
        try (Driver d = driver(LedgerOptions.defaults())) {
            JsonObject doc = Scenario.context(TRUST);
            JsonArray txs = new JsonArray();
            JsonObject t = Scenario.obj("id", "H1", "date", "2023-10-01", "partyId", "O3", "direction", "PAYMENT", "kind", "OTHER");
            t.addProperty("amount", 19000);
            txs.add(t);
            doc.add("transactions", txs);
            d.pipe(Scenario.contextEvent(TRUST, "ctx1", doc));
            assertThat(d.decision().get("payments").getAsInt()).isEqualTo(1);
            d.pipe(Scenario.contextEvent(TRUST, "ctx2", Scenario.context(TRUST)));
            assertThat(d.decision().get("payments").getAsInt()).as("no transactions: kept").isEqualTo(1);
            d.pipe(payment(TRUST, "T1", "2023-11-01", "O3", "2000", "OTHER", null));
            assertThat(d.decision().getAsJsonObject("decision").get("pointer").getAsString()).as("H1 is still in the ledger, before T1")
                    .isEqualTo("/transactions/1");
            doc.add("transactions", new JsonArray());
            d.pipe(Scenario.contextEvent(TRUST, "ctx3", doc));
            assertThat(d.decision().get("payments").getAsInt()).as("transactions: [] clears").isEqualTo(0);
            assertThat(paymentKeys(d)).isEmpty();
        }
    }

    @Test
    void onlyTheRetainedFinancialYearsAreKept() {
        try (Driver d = driver(new LedgerOptions(2, 1000))) {
            d.pipe(Scenario.contextEvent(TRUST, "ctx", Scenario.context(TRUST)));
            d.pipe(payment(TRUST, "T1", "2022-10-01", "O3", "100", null, null));
            d.pipe(payment(TRUST, "T2", "2023-10-01", "O3", "100", null, null));
            assertThat(paymentKeys(d)).containsExactly(TRUST + "\u000002023\u0000T1", TRUST + "\u000002024\u0000T2");
            d.pipe(payment(TRUST, "T3", "2024-10-01", "O3", "100", null, null));
            assertThat(paymentKeys(d)).containsExactly(TRUST + "\u000002024\u0000T2", TRUST + "\u000002025\u0000T3");
            d.pipe(payment(TRUST, "T4", "2023-08-31", "O3", "100", null, null));
            List<TestRecord<String, byte[]>> dead = d.deadLetters();
            assertThat(dead).singleElement().satisfies(r -> {
                assertThat(DeadLetter.header(r.headers(), DeadLetter.KIND)).isEqualTo("OUT_OF_WINDOW");
                assertThat(DeadLetter.header(r.headers(), DeadLetter.REASON)).contains("2022/23", "from 2023/24");
            });
            d.pipe(payment(TRUST, "T5", "2023-09-01", "O3", "100", null, null));
            assertThat(d.decisions()).hasSize(5);
        }
    }

    @Test
    void badRecordsGoToTheDeadLetterTopicAsTheyCameWithTheReasonInHeaders() {
        String other = "10079999";
        List<Bad> bad = List.of(
                bad(TRUST, "{not json", "INVALID_JSON", "", "not a JSON object"),
                new Bad(TRUST, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'}, "INVALID_JSON", "", "not valid UTF-8"),
                bad(TRUST, "[1,2]", "INVALID_JSON", "", "not a JSON object"),
                bad(TRUST, "{\"id\":\"X\"}", "INVALID_EVENT", "/type", "missing"),
                bad(TRUST, "{\"type\":\"REFUND\",\"id\":\"X\"}", "INVALID_EVENT", "/type", "unknown event type \"REFUND\""),
                bad(TRUST, "{\"type\":\"PAYMENT\",\"id\":\"X\",\"date\":\"2024-01-01\",\"partyId\":\"O1\"}", "INVALID_EVENT", "/amount", "missing"),
                bad(TRUST, "{\"type\":\"PAYMENT\",\"id\":\"X\",\"date\":\"2024-01-01\",\"partyId\":\"O1\",\"amount\":-5}", "INVALID_EVENT", "/amount", "-5 is negative"),
                bad(TRUST, "{\"type\":\"PAYMENT\",\"id\":\"X\",\"date\":\"2024-01-01\",\"partyId\":\"O1\",\"amount\":1.005}", "INVALID_EVENT", "/amount", "more than two decimal places"),
                bad(TRUST, "{\"type\":\"PAYMENT\",\"id\":\"X\",\"date\":\"2024-02-30\",\"partyId\":\"O1\",\"amount\":5}", "INVALID_EVENT", "/date", "\"2024-02-30\" is not a date"),
                bad(TRUST, "{\"type\":\"PAYMENT\",\"id\":\"X\",\"date\":\"2024-01-01\",\"partyId\":\"O1\",\"amount\":5,\"kind\":\"BRIBE\"}", "INVALID_EVENT", "/kind", "unknown value \"BRIBE\"; expected one of GOODS"),
                bad(TRUST, "{\"type\":\"PAYMENT\",\"id\":\"X\",\"id\":\"Y\",\"date\":\"2024-01-01\",\"partyId\":\"O1\",\"amount\":5}", "INVALID_JSON", "", "Duplicate key"),
                bad(null, payment(TRUST, "X", "2024-01-01", "O1", "5", null, null).json(), "NO_KEY", "", "the key must be the trust id"),
                bad(other, payment(other, "X", "2024-01-01", "O1", "5", null, null).json(), "NO_CONTEXT", "", "no CONTEXT event has been read for trust " + other),
                bad(TRUST, payment(TRUST, "X", "2024-01-01", "O99", "5", null, null).json(), "UNKNOWN_REFERENCE", "/partyId", "partyId O99 is not a party"),
                bad(TRUST, Scenario.obj("type", "DECLARATION", "id", "D9", "personId", "P99", "partyId", "O1", "nature", "OTHER", "declaredOn", "2024-01-01").toString(),
                        "UNKNOWN_REFERENCE", "/personId", "personId P99 is not a person"),
                bad(other, Scenario.contextEvent(other, "c", Scenario.context(TRUST)).json(), "KEY_MISMATCH", "/document/trust/id", "the document is trust " + TRUST),
                bad(TRUST, contextWithout("finance"), "INVALID_DOCUMENT", "/document/finance", ""),
                bad(TRUST, "{\"type\":\"CONTEXT\",\"id\":\"c\"}", "INVALID_EVENT", "/document", "missing"));
        try (Driver d = driver(LedgerOptions.defaults())) {
            d.pipe(Scenario.contextEvent(TRUST, "ctx", Scenario.context(TRUST)));
            d.decisions();
            for (Bad b : bad) d.ledger.pipeInput(b.key(), b.value());
            d.pipe(payment(TRUST, "OK", "2024-01-01", "O1", "5", null, null));
            assertThat(d.decisions()).as("good records after bad ones are still decided").hasSize(1);
            List<TestRecord<String, byte[]>> dead = d.deadLetters();
            assertThat(dead).hasSize(bad.size());
            for (int i = 0; i < bad.size(); i++) {
                Bad b = bad.get(i);
                TestRecord<String, byte[]> r = dead.get(i);
                assertThat(r.key()).isEqualTo(b.key());
                assertThat(r.value()).as("the record as it came").isEqualTo(b.value());
                assertThat(DeadLetter.header(r.headers(), DeadLetter.KIND)).as("kind of %s", b.reason()).isEqualTo(b.kind());
                assertThat(DeadLetter.header(r.headers(), DeadLetter.POINTER)).as("pointer of %s", b.reason()).isEqualTo(b.pointer());
                assertThat(DeadLetter.header(r.headers(), DeadLetter.REASON)).contains(b.reason());
                assertThat(DeadLetter.header(r.headers(), DeadLetter.PROBLEMS)).isNotBlank();
                assertThat(DeadLetter.header(r.headers(), DeadLetter.SOURCE_TOPIC)).isEqualTo(Driver.TOPICS.ledger().name());
                assertThat(DeadLetter.header(r.headers(), DeadLetter.SOURCE_PARTITION)).isEqualTo("0");
                assertThat(DeadLetter.header(r.headers(), DeadLetter.SOURCE_OFFSET)).isEqualTo(Long.toString(i + 1));
            }
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    static String contextWithout(String field) {
        JsonObject doc = Scenario.context(TRUST);
        doc.remove(field);
        return Scenario.contextEvent(TRUST, "c", doc).json();
    }

    record Bad(String key, byte[] value, String kind, String pointer, String reason) {}

    static Bad bad(String key, String json, String kind, String pointer, String reason) {
        return new Bad(key, json.getBytes(StandardCharsets.UTF_8), kind, pointer, reason);
    }

    static List<String> paymentKeys(Driver d) {
        KeyValueStore<String, byte[]> store = d.driver.getKeyValueStore(LedgerStores.PAYMENTS);
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, byte[]> kv = it.next();
                keys.add(kv.key);
            }
        }
        return keys;
    }

    static List<String> ruleIds(JsonObject out) {
        return rules(out.getAsJsonObject("decision"));
    }

    static Transaction transaction(JsonObject e) {
        return new Transaction(e.get("id").getAsString(), LocalDate.parse(e.get("date").getAsString()), e.get("partyId").getAsString(),
                e.get("amount").getAsBigDecimal(), Direction.valueOf(e.get("type").getAsString()),
                e.has("kind") ? TransactionKind.valueOf(e.get("kind").getAsString()) : null,
                e.has("contractId") ? e.get("contractId").getAsString() : null,
                e.has("declaredOn") ? LocalDate.parse(e.get("declaredOn").getAsString()) : null,
                e.has("approvalRef") ? e.get("approvalRef").getAsString() : null,
                e.has("atCost") ? e.get("atCost").getAsBoolean() : null,
                e.has("novelOrContentious") && e.get("novelOrContentious").getAsBoolean(), null, null, "");
    }

    static List<Scenario.Event> interleave(List<Scenario.Event> a, List<Scenario.Event> b) {
        List<Scenario.Event> out = new ArrayList<>(a.size() + b.size());
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            if (i < a.size()) out.add(a.get(i));
            if (i < b.size()) out.add(b.get(i));
        }
        return out;
    }
}
