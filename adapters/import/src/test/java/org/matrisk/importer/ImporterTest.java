package org.matrisk.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matrisk.json.read.DocumentParser;
import org.matrisk.json.read.Parsed;
import org.matrisk.json.read.RawDocument;
import org.matrisk.json.read.ReadResult;
import org.matrisk.json.read.Rejected;

/** Importing the sample set in examples/import: valid v2 documents carrying every source's facts, field by field. */
class ImporterTest {

    static Samples.Result all;
    static JsonObject fenwick, larkspur;

    @BeforeAll
    static void importTheSampleSet() {
        all = Samples.run(Samples.all(Set.of()));
        fenwick = all.documents().get("TR90001");
        larkspur = all.documents().get("TR90002");
    }

    static JsonObject person(JsonObject doc, String name) {
        for (JsonElement e : doc.getAsJsonArray("people")) {
            JsonObject p = e.getAsJsonObject();
            if (p.get("name").getAsString().equals(name)) return p;
        }
        throw new AssertionError("no person " + name);
    }

    static JsonObject byKey(JsonArray a, String key, String value) {
        for (JsonElement e : a) if (e.getAsJsonObject().get(key).getAsString().equals(value)) return e.getAsJsonObject();
        throw new AssertionError("no " + key + " " + value);
    }

    static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : a) out.add(e.getAsString());
        return out;
    }

    static String id(JsonObject doc, String name) {
        return person(doc, name).get("id").getAsString();
    }

    @Test
    void everyDocumentPassesTheProjectsVersion2Reader() {
        DocumentParser parser = new DocumentParser();
        assertThat(all.lines()).hasSize(2);
        for (int i = 0; i < all.lines().size(); i++) {
            ReadResult r = parser.parse(RawDocument.of("import", i, i + 1, all.lines().get(i).getBytes(StandardCharsets.UTF_8)));
            assertThat(r).as(() -> r instanceof Rejected j ? j.describe() : "").isInstanceOf(Parsed.class);
        }
    }

    @Test
    void oneDocumentPerAcademyTrustInTrustIdOrder() {
        // the federation (not an academy trust) and the trust closed in 2020 are not written
        assertThat(all.documents().keySet()).containsExactly("TR90001", "TR90002");
        assertThat(all.report().trustsWritten()).isEqualTo(2);
        assertThat(fenwick.get("schemaVersion").getAsString()).isEqualTo("2");
        assertThat(fenwick.getAsJsonObject("period").get("start").getAsString()).isEqualTo("2024-09-01");
        assertThat(fenwick.getAsJsonObject("period").get("end").getAsString()).isEqualTo("2025-08-31");
        assertThat(fenwick.get("asOf").getAsString()).isEqualTo("2025-08-31");
    }

    @Test
    void giasGroupsGiveTheTrust() {
        JsonObject t = fenwick.getAsJsonObject("trust");
        assertThat(t.get("name").getAsString()).isEqualTo("Fenwick Valley Learning Trust (fictional)");
        assertThat(t.get("companyNumber").getAsString()).isEqualTo("09990001");
        assertThat(t.get("type").getAsString()).isEqualTo("MAT");
        JsonObject s = larkspur.getAsJsonObject("trust");
        assertThat(s.get("type").getAsString()).isEqualTo("SAT");
        assertThat(s.get("companyNumber").getAsString()).as("leading zero restored").isEqualTo("09990002");
    }

    @Test
    void giasLinksAndEstablishmentsGiveTheAcademies() {
        JsonArray a = fenwick.getAsJsonArray("academies");
        List<String> urns = new ArrayList<>();
        a.forEach(e -> urns.add(e.getAsJsonObject().get("urn").getAsString()));
        // 190008 closed in 2022 is left out; 190009's link has an impossible joined date and is skipped
        assertThat(urns).containsExactly("190001", "190002", "190003", "190004", "190005", "190006", "190007");
        JsonObject stAnnes = byKey(a, "urn", "190002");
        assertThat(stAnnes.get("name").getAsString()).isEqualTo("St Anne's CE Academy, Fenwick");
        assertThat(stAnnes.get("phase").getAsString()).isEqualTo("PRIMARY");
        assertThat(stAnnes.get("pupils").getAsInt()).isEqualTo(198);
        assertThat(stAnnes.get("joinedOn").getAsString()).isEqualTo("2020-04-01");
        assertThat(byKey(a, "urn", "190003").get("pupils").getAsInt()).as("1,104").isEqualTo(1104);
        assertThat(byKey(a, "urn", "190005").get("phase").getAsString()).as("phase Not applicable, special type").isEqualTo("SPECIAL");
        // the establishment row of 190006 has an unreadable pupil count: skipped, the link's name stays, no count invented
        assertThat(byKey(a, "urn", "190006").get("name").getAsString()).isEqualTo("Castle Hill Junior Academy");
        assertThat(byKey(a, "urn", "190006").has("pupils")).isFalse();
        assertThat(byKey(a, "urn", "190007").has("pupils")).as("blank NumberOfPupils").isFalse();
        assertThat(larkspur.getAsJsonArray("academies")).hasSize(1);
    }

    @Test
    void joinersInThePeriodBecomeGrowthWithNothingInvented() {
        JsonArray g = fenwick.getAsJsonArray("growth");
        List<String> joined = new ArrayList<>();
        for (JsonElement e : g) {
            JsonObject j = e.getAsJsonObject();
            assertThat(j.keySet()).containsExactly("academyUrn", "joinedOn");
            joined.add(j.get("academyUrn").getAsString() + "@" + j.get("joinedOn").getAsString());
        }
        assertThat(joined).containsExactly("190004@2024-11-01", "190005@2025-01-01", "190006@2025-04-01", "190007@2025-06-01");
        assertThat(larkspur.getAsJsonArray("growth")).isEmpty();
    }

    @Test
    void governanceRecordsGiveDatedRolesAndTheHoldersOnPeriodEnd() {
        JsonObject gov = fenwick.getAsJsonObject("governance");
        assertThat(strings(gov.getAsJsonArray("members"))).containsExactly(
                id(fenwick, "Ada Quill"), id(fenwick, "Bram Holt"), id(fenwick, "Cora Lind"), id(fenwick, "Dev Mistry"));
        // Felix Ng left on 14 February 2025: not a trustee on period end; Gita Rao joined in March
        assertThat(strings(gov.getAsJsonArray("trustees"))).containsExactlyInAnyOrder(
                id(fenwick, "Ada Quill"), id(fenwick, "Bram Holt"), id(fenwick, "Cora Lind"), id(fenwick, "Esme Vance"), id(fenwick, "Gita Rao"));
        assertThat(gov.get("chair").getAsString()).isEqualTo(id(fenwick, "Bram Holt"));
        assertThat(gov.get("accountingOfficer").getAsString()).isEqualTo(id(fenwick, "Hana Ito"));
        assertThat(gov.get("chiefFinancialOfficer").getAsString()).isEqualTo(id(fenwick, "Ivan Petrov"));
        JsonObject felix = byKey(person(fenwick, "Felix Ng").getAsJsonArray("roles"), "role", "TRUSTEE");
        assertThat(felix.get("from").getAsString()).isEqualTo("2020-09-01");
        assertThat(felix.get("to").getAsString()).isEqualTo("2025-02-14");
        // a term ending after the download is the end of the current term, not an end of office: known until the download
        JsonObject cora = byKey(person(fenwick, "Cora Lind").getAsJsonArray("roles"), "role", "TRUSTEE");
        assertThat(cora.has("to")).isFalse();
        assertThat(cora.get("knownUntil").getAsString()).isEqualTo("2025-09-15");
        JsonObject jo = person(fenwick, "Jo Marsh").getAsJsonArray("roles").get(0).getAsJsonObject();
        assertThat(jo.get("role").getAsString()).isEqualTo("LOCAL_GOVERNOR");
        assertThat(jo.get("academyUrn").getAsString()).isEqualTo("190001");
        List<String> bram = new ArrayList<>();
        person(fenwick, "Bram Holt").getAsJsonArray("roles").forEach(e -> bram.add(e.getAsJsonObject().get("role").getAsString()));
        assertThat(bram).containsExactly("CHAIR", "MEMBER", "TRUSTEE");
        // no "employee" is invented for anyone
        for (JsonElement e : fenwick.getAsJsonArray("people")) assertThat(e.getAsJsonObject().has("employee")).isFalse();
        assertThat(larkspur.getAsJsonObject("governance").get("chair").getAsString()).isEqualTo(id(larkspur, "Lee Park"));
        assertThat(larkspur.getAsJsonObject("governance").has("chiefFinancialOfficer")).isFalse();
    }

    @Test
    void companiesHouseGivesAppointmentsOfMatchedPeopleOnly() {
        JsonArray ada = person(fenwick, "Ada Quill").getAsJsonArray("appointments");
        JsonObject brightwater = byKey(ada, "companyNumber", "12345678");
        assertThat(brightwater.get("role").getAsString()).isEqualTo("director");
        assertThat(brightwater.get("from").getAsString()).isEqualTo("2016-05-10");
        assertThat(brightwater.has("to")).isFalse();
        assertThat(brightwater.get("knownUntil").getAsString()).isEqualTo("2025-09-10");
        JsonObject holt = byKey(person(fenwick, "Bram Holt").getAsJsonArray("appointments"), "companyNumber", "23456789");
        assertThat(holt.get("to").getAsString()).isEqualTo("2024-03-31");
        assertThat(byKey(person(fenwick, "Cora Lind").getAsJsonArray("appointments"), "companyNumber", "OC400001").get("role").getAsString())
                .isEqualTo("llp-member");
        // Dev Mistry has no appointment list: his appointments are unknown, not []
        assertThat(person(fenwick, "Dev Mistry").has("appointments")).isFalse();
        assertThat(fenwick.getAsJsonObject("coverage").getAsJsonObject("appointments").get("complete").getAsBoolean()).isFalse();
        assertThat(fenwick.getAsJsonObject("coverage").getAsJsonObject("appointments").get("source").getAsString())
                .contains("appointments-OFF-ADA-Q-20250910.json 2025-09-10").contains("for 4 of the 11 listed people");
        assertThat(larkspur.getAsJsonObject("coverage").getAsJsonObject("appointments").get("source").getAsString())
                .contains("no appointment list for any listed person").doesNotContain("OFF-ADA");
        // the resigned director with no GIAS record is reported, not added
        assertThat(all.report().unmatched()).anyMatch(u -> u.contains("officers-09990001-20250910.json items[6]") && u.contains("OFF-QS"));
        // accounts made up to 31 August 2025 are not filed by the period end: nothing is written
        assertThat(fenwick.getAsJsonObject("finance").has("returns")).isFalse();
        assertThat(fenwick.getAsJsonObject("coverage").getAsJsonObject("returns").get("complete").getAsBoolean()).isFalse();
    }

    @Test
    void companiesHouseFilingHistoryGivesTheAccountsFilingDateOfItsPeriod() {
        ImportOptions o = new ImportOptions(java.time.LocalDate.of(2024, 8, 31), null, List.of("TR90001"), Samples.GIAS, Samples.CH,
                null, null, null, null, null, null, Set.of());
        JsonObject d = Samples.run(o).documents().get("TR90001");
        JsonObject r = d.getAsJsonObject("finance").getAsJsonArray("returns").get(0).getAsJsonObject();
        assertThat(r.get("kind").getAsString()).isEqualTo("COMPANIES_HOUSE");
        assertThat(r.get("submittedOn").getAsString()).isEqualTo("2025-04-30");
    }

    @Test
    void ofstedGradesAndTheRuleForInspectionsWithoutAnOverallGrade() {
        JsonArray a = fenwick.getAsJsonArray("academies");
        JsonArray p1 = byKey(a, "urn", "190001").getAsJsonArray("ofsted");
        assertThat(p1).hasSize(2);
        assertThat(p1.get(0).getAsJsonObject().get("date").getAsString()).isEqualTo("2018-05-10");
        assertThat(p1.get(1).getAsJsonObject().get("grade").getAsString()).isEqualTo("GOOD");
        // "Not judged" in November 2024, no category of concern: not written; the previous graded inspection stays
        JsonArray p2 = byKey(a, "urn", "190002").getAsJsonArray("ofsted");
        assertThat(p2).hasSize(1);
        assertThat(p2.get(0).getAsJsonObject().get("date").getAsString()).isEqualTo("2019-06-14");
        assertThat(p2.get(0).getAsJsonObject().get("grade").getAsString()).isEqualTo("REQUIRES_IMPROVEMENT");
        // no overall grade, special measures: INADEQUATE
        JsonObject p3 = byKey(a, "urn", "190003").getAsJsonArray("ofsted").get(0).getAsJsonObject();
        assertThat(p3.get("date").getAsString()).isEqualTo("2025-01-20");
        assertThat(p3.get("grade").getAsString()).isEqualTo("INADEQUATE");
        assertThat(byKey(a, "urn", "190005").has("ofsted")).as("its row has an impossible date").isFalse();
        assertThat(fenwick.getAsJsonObject("coverage").getAsJsonObject("ofsted").get("source").getAsString())
                .contains("ofsted-mi-latest-20250831.csv").contains("category of concern");
    }

    @Test
    void noticesFromTheUsersList() {
        JsonArray n = fenwick.getAsJsonArray("notices");
        assertThat(n).hasSize(2);
        JsonObject fnti = byKey(n, "kind", "FINANCIAL_NOTICE_TO_IMPROVE");
        assertThat(fnti.get("issuedOn").getAsString()).isEqualTo("2024-10-15");
        assertThat(fnti.get("publishedOn").getAsString()).isEqualTo("2024-10-22");
        assertThat(fnti.has("liftedOn")).isFalse();
        assertThat(fnti.get("knownUntil").getAsString()).isEqualTo("2025-09-15");
        assertThat(byKey(n, "kind", "TERMINATION_WARNING").get("academyUrn").getAsString()).isEqualTo("190003");
        JsonObject nti = larkspur.getAsJsonArray("notices").get(0).getAsJsonObject();
        assertThat(nti.get("kind").getAsString()).isEqualTo("NOTICE_TO_IMPROVE");
        assertThat(nti.get("liftedOn").getAsString()).isEqualTo("2022-09-01");
        assertThat(nti.has("knownUntil")).isFalse();
    }

    @Test
    void ledgerSuppliersAndRegisterGiveTransactionsPartiesAndInterests() {
        JsonArray tx = fenwick.getAsJsonArray("transactions");
        List<String> ids = new ArrayList<>();
        tx.forEach(e -> ids.add(e.getAsJsonObject().get("id").getAsString()));
        // PAY-0999 is before the period, INV-2231 an invoice, CRN-0042 a credit: none is a payment of the period
        assertThat(ids).containsExactly("T-PAY-1001", "T-PAY-1002", "T-PAY-1003", "T-PAY-1004", "T-PAY-1005");
        JsonObject first = tx.get(0).getAsJsonObject();
        assertThat(first.get("date").getAsString()).isEqualTo("2024-10-14");
        assertThat(first.get("partyId").getAsString()).isEqualTo("S-BRIGHT01");
        assertThat(first.get("amount").getAsBigDecimal()).isEqualByComparingTo("12450.00");
        assertThat(first.get("direction").getAsString()).isEqualTo("PAYMENT");
        assertThat(first.keySet()).containsExactly("id", "date", "partyId", "amount", "direction");
        JsonArray parties = fenwick.getAsJsonArray("parties");
        assertThat(byKey(parties, "id", "S-BRIGHT01").get("companyNumber").getAsString()).isEqualTo("12345678");
        assertThat(byKey(parties, "id", "S-STAT01").get("name").getAsString()).isEqualTo("Quillpen Stationers, Ltd (fictional)");
        assertThat(byKey(parties, "id", "S-CATER1").has("companyNumber")).isFalse();
        assertThat(byKey(parties, "id", "I-1").get("companyNumber").getAsString()).isEqualTo("OC400001");
        JsonObject bram = person(fenwick, "Bram Holt").getAsJsonArray("interests").get(0).getAsJsonObject();
        assertThat(bram.get("partyId").getAsString()).isEqualTo("S-HOLT01");
        assertThat(bram.get("nature").getAsString()).isEqualTo("DIRECTOR");
        assertThat(bram.get("declaredOn").getAsString()).isEqualTo("2023-09-01");
        JsonObject hana = person(fenwick, "Hana Ito").getAsJsonArray("interests").get(0).getAsJsonObject();
        assertThat(hana.get("nature").getAsString()).isEqualTo("TRUSTEE");
        assertThat(hana.has("declaredOn")).as("blank in the register").isFalse();
        // the headteacher is only in the register: added, and reported as unmatched
        assertThat(person(fenwick, "Sam Oduya").has("roles")).isFalse();
        assertThat(all.report().unmatched()).anyMatch(u -> u.contains("register-of-interests-20250910.csv:5"));
        assertThat(person(fenwick, "Ada Quill").has("interests")).as("declared nothing").isFalse();
        assertThat(larkspur.has("transactions")).as("the exports belong to TR90001").isFalse();
    }

    @Test
    void coverageIsHonest() {
        JsonObject c = fenwick.getAsJsonObject("coverage");
        assertThat(c.getAsJsonObject("transactions").get("complete").getAsBoolean()).isTrue();
        assertThat(c.getAsJsonObject("transactions").get("source").getAsString()).contains("purchase-ledger-payments-20250910.csv 2025-09-10");
        assertThat(c.getAsJsonObject("declarations").get("complete").getAsBoolean()).isFalse();
        assertThat(c.getAsJsonObject("interests").get("complete").getAsBoolean()).isTrue();
        assertThat(c.getAsJsonObject("academies").get("complete").getAsBoolean()).isTrue();
        for (String partial : List.of("governance", "people", "appointments", "parties", "growth", "ofsted", "notices", "returns")) {
            assertThat(c.getAsJsonObject(partial).get("complete").getAsBoolean()).as(partial).isFalse();
            assertThat(c.getAsJsonObject(partial).get("source").getAsString()).as(partial).isNotBlank();
        }
        assertThat(c.getAsJsonObject("governance").get("source").getAsString()).contains("governance20250915.csv 2025-09-15");
        // what no source gives is absent: never [], false or zero
        for (String absent : List.of("pay", "specialPayments", "transfers", "policies", "centralServicesCharges", "payBenchmark")) {
            assertThat(fenwick.has(absent)).as(absent).isFalse();
        }
        for (String none : List.of("pay", "specialPayments", "transfers", "finance", "website", "family")) {
            assertThat(c.has(none)).as(none).isFalse();
        }
        assertThat(fenwick.getAsJsonObject("finance").keySet()).isEmpty();
        assertThat(larkspur.getAsJsonObject("coverage").has("transactions")).isFalse();
    }

    @Test
    void assertCompleteMakesASectionCompleteAndWritesItsCollection() {
        Samples.Result r = Samples.run(Samples.all(Set.of("governance", "pay")));
        JsonObject d = r.documents().get("TR90001");
        JsonObject g = d.getAsJsonObject("coverage").getAsJsonObject("governance");
        assertThat(g.get("complete").getAsBoolean()).isTrue();
        assertThat(g.get("source").getAsString()).contains("governance20250915.csv").contains("--assert-complete");
        assertThat(d.getAsJsonObject("coverage").getAsJsonObject("pay").get("complete").getAsBoolean()).isTrue();
        assertThat(d.getAsJsonArray("pay")).isEmpty();
        DocumentParser parser = new DocumentParser();
        for (String line : r.lines()) {
            assertThat(parser.parse(RawDocument.of("import", 0, 1, line.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(Parsed.class);
        }
        assertThatThrownBy(() -> Samples.all(Set.of("governence"))).isInstanceOf(ImportException.class).hasMessageContaining("governence");
    }

    @Test
    void everyUnusableRowIsReportedWithFileLineColumnAndReason() {
        List<String> issues = all.report().issues().stream().map(i -> Samples.DIR.relativize(java.nio.file.Path.of(i.file())) + ":" + i.line() + ":" + i.column()).toList();
        assertThat(issues).containsExactlyInAnyOrder(
                "gias/alllinksdata20250915.csv:10:Joined date",
                "gias/edubasealldata20250915.csv:7:NumberOfPupils",
                "gias/governance20250915.csv:15:Date of appointment",
                "gias/governance20250915.csv:16:Role",
                "ofsted/ofsted-mi-latest-20250831.csv:6:Inspection start date",
                "notices-20250915.csv:5:Kind",
                "ledger-a/purchase-ledger-payments-20250910.csv:2:Transaction Date",
                "ledger-a/purchase-ledger-payments-20250910.csv:9:Gross");
        assertThat(all.report().skipped()).isEqualTo(8);
        assertThat(all.report().issues()).allMatch(i -> !i.reason().isBlank());
        assertThat(all.report().counts().get(Samples.GIAS.resolve("edubasealldata20250915.csv").toString()).read()).isEqualTo(11);
    }

    @Test
    void aMissingRequiredColumnIsAnErrorNamingTheFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path bad = tmp.resolve("ofsted.csv");
        java.nio.file.Files.writeString(bad, "URN,Inspection start date\n190001,12/03/2023\n");
        ImportOptions o = new ImportOptions(Samples.PERIOD_END, null, null, Samples.GIAS, null, bad, null, null, null, null, null, Set.of());
        assertThatThrownBy(() -> Samples.run(o)).isInstanceOf(ImportException.class)
                .hasMessageContaining(bad.toString()).hasMessageContaining("'Overall effectiveness'");
    }
}
