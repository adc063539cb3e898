package org.matrisk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second finance-system mapping, XLSX exports, Windows-1252 GIAS files, and people matching. */
class FormatsTest {

    @TempDir
    Path tmp;

    @Test
    void theSecondMappingReadsCashBookStyleExports() {
        ImportOptions o = new ImportOptions(Samples.PERIOD_END, null, List.of("TR90002"), Samples.GIAS, null, null, null,
                Samples.LEDGER_B, Samples.SUPPLIERS_B, Samples.INTERESTS_B, Samples.MAPPING_B, Set.of());
        Samples.Result r = Samples.run(o);
        assertThat(r.documents().keySet()).containsExactly("TR90002");
        JsonObject d = r.documents().get("TR90002");
        JsonArray tx = d.getAsJsonArray("transactions");
        assertThat(tx).hasSize(3);
        assertThat(tx.get(1).getAsJsonObject().get("id").getAsString()).isEqualTo("T-BP0002");
        assertThat(tx.get(1).getAsJsonObject().get("date").getAsString()).isEqualTo("2025-01-15");
        assertThat(tx.get(1).getAsJsonObject().get("partyId").getAsString()).isEqualTo("S-MOSSPR");
        JsonObject kit = ImporterTest.person(d, "Kit Moss");
        JsonObject interest = kit.getAsJsonArray("interests").get(0).getAsJsonObject();
        assertThat(interest.get("partyId").getAsString()).isEqualTo("S-MOSSPR");
        assertThat(interest.get("declaredOn").getAsString()).isEqualTo("2025-02-01");
        assertThat(r.report().skipped()).isZero();
        assertThat(d.getAsJsonObject("coverage").getAsJsonObject("transactions").get("complete").getAsBoolean()).isTrue();
    }

    @Test
    void xlsxExportsAreReadWithDateCellsAndNumbers() throws Exception {
        Path ledger = tmp.resolve("payments.xlsx"), suppliers = tmp.resolve("accounts.xlsx");
        try (OutputStream os = Files.newOutputStream(ledger)) {
            Workbook wb = new Workbook(os, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Payments");
            String[] h = {"Payment Date", "Account Ref", "Payee", "Payment Ref", "Amount"};
            for (int c = 0; c < h.length; c++) ws.value(0, c, h[c]);
            ws.value(1, 0, LocalDate.of(2025, 1, 15));
            ws.style(1, 0).format("yyyy-mm-dd").set();
            ws.value(1, 1, "MOSSPR");
            ws.value(1, 2, "Moss Print & Design Ltd (fictional)");
            ws.value(1, 3, "BP0002");
            ws.value(1, 4, 3200.5);
            ws.value(2, 0, "not a date");
            ws.value(2, 1, "MOSSPR");
            ws.value(2, 4, 10);
            wb.finish();
        }
        try (OutputStream os = Files.newOutputStream(suppliers)) {
            Workbook wb = new Workbook(os, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Accounts");
            ws.value(0, 0, "Account Ref");
            ws.value(0, 1, "Account Name");
            ws.value(0, 2, "Company Reg. No.");
            ws.value(1, 0, "MOSSPR");
            ws.value(1, 1, "Moss Print & Design Ltd (fictional)");
            ws.value(1, 2, 7890123); // a number cell: the leading zero is gone
            wb.finish();
        }
        ImportOptions o = new ImportOptions(Samples.PERIOD_END, null, List.of("TR90002"), Samples.GIAS, null, null, null,
                ledger, suppliers, null, Samples.MAPPING_B, Set.of());
        Samples.Result r = Samples.run(o);
        JsonObject d = r.documents().get("TR90002");
        JsonObject t = d.getAsJsonArray("transactions").get(0).getAsJsonObject();
        assertThat(t.get("date").getAsString()).isEqualTo("2025-01-15");
        assertThat(t.get("amount").getAsBigDecimal()).isEqualByComparingTo("3200.5");
        assertThat(d.getAsJsonArray("parties").get(0).getAsJsonObject().get("companyNumber").getAsString()).isEqualTo("07890123");
        assertThat(r.report().issues()).singleElement().satisfies(i -> {
            assertThat(i.file()).isEqualTo(ledger.toString());
            assertThat(i.line()).isEqualTo(3);
            assertThat(i.column()).isEqualTo("Payment Date");
        });
        // a row of the period could not be read: the ledger no longer gives every payment
        assertThat(d.getAsJsonObject("coverage").getAsJsonObject("transactions").get("complete").getAsBoolean()).isFalse();
    }

    @Test
    void giasFilesInWindows1252AndWithQuotedLineBreaksAreRead() throws Exception {
        Path gias = Files.createDirectory(tmp.resolve("gias"));
        for (String f : List.of("allgroupsdata20250915.csv", "alllinksdata20250915.csv", "governance20250915.csv")) {
            Files.copy(Samples.GIAS.resolve(f), gias.resolve(f));
        }
        String est = "URN,EstablishmentName,TypeOfEstablishment (name),PhaseOfEducation (name),NumberOfPupils\r\n"
                + "190001,\"Fenwick Primary Academy,\r\nÉcole annexe\",Academy converter,Primary,412\r\n"
                + "190002,St Anne’s CE Academy – Fenwick,Academy converter,Primary,198\r\n";
        Files.write(gias.resolve("edubasealldata20250915.csv"), est.getBytes(Charset.forName("windows-1252")));
        assertThat(Table.isUtf8(gias.resolve("edubasealldata20250915.csv"))).isFalse();
        ImportOptions o = new ImportOptions(Samples.PERIOD_END, null, List.of("09990001"), gias, null, null, null, null, null, null, null, Set.of());
        JsonArray a = Samples.run(o).documents().get("TR90001").getAsJsonArray("academies");
        assertThat(ImporterTest.byKey(a, "urn", "190001").get("name").getAsString()).isEqualTo("Fenwick Primary Academy,\r\nÉcole annexe");
        assertThat(ImporterTest.byKey(a, "urn", "190002").get("name").getAsString()).isEqualTo("St Anne’s CE Academy – Fenwick");
        assertThat(Files.readString(Samples.GIAS.resolve("edubasealldata20250915.csv"), StandardCharsets.ISO_8859_1)).startsWith("\u00EF\u00BB\u00BF");
    }

    @Test
    void ofstedFilesOfTheReportCardEraNameTheLatestGradedInspectionsColumns() throws Exception {
        Path f = tmp.resolve("ofsted-report-cards.csv");
        Files.writeString(f, "URN,Inspection start date of latest OEIF graded inspection,Latest OEIF overall effectiveness,Category of concern\n"
                + "190001,15/01/2026,2,\n190002,20/01/2026,,\n");
        ImportOptions o = new ImportOptions(Samples.PERIOD_END, java.time.LocalDate.of(2026, 3, 1), List.of("TR90001"), Samples.GIAS,
                null, f, null, null, null, null, null, Set.of());
        JsonArray a = Samples.run(o).documents().get("TR90001").getAsJsonArray("academies");
        JsonObject g = ImporterTest.byKey(a, "urn", "190001").getAsJsonArray("ofsted").get(0).getAsJsonObject();
        assertThat(g.get("date").getAsString()).isEqualTo("2026-01-15");
        assertThat(g.get("grade").getAsString()).isEqualTo("GOOD");
        assertThat(ImporterTest.byKey(a, "urn", "190002").has("ofsted")).isFalse();
    }

    @Test
    void datesAreReadStrictly() {
        assertThat(Values.date("05/11/2024", null)).isEqualTo(LocalDate.of(2024, 11, 5));
        assertThat(Values.date("2024-11-05", null)).isEqualTo(LocalDate.of(2024, 11, 5));
        assertThat(Values.date(" ", null)).isNull();
        for (String bad : List.of("31/02/2025", "2025", "45672", "5/11/24", "2024-13-01")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Values.date(bad, null)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a date");
        }
        assertThat(Values.money("(1,234.50)")).isEqualByComparingTo("-1234.50");
        assertThat(Values.money("£12,450.00")).isEqualByComparingTo("12450");
    }

    @Test
    void namesMatchAcrossSpellingsButNotAcrossDifferentPeople() {
        assertThat(Values.nameKey("Ada", "Quill")).isEqualTo("ada quill");
        assertThat(Values.nameKeyOfOfficer("QUILL, Ada Margaret")).isEqualTo("ada quill");
        assertThat(Values.nameKeyOfFullName("Dr Ada Quill")).isEqualTo("ada quill");
        assertThat(Values.nameKeyOfFullName("Ms Hana Ito")).isEqualTo(Values.nameKey("Hana", "Ito"));
        assertThat(Values.nameKeyOfOfficer("O'NEILL-SMITH, Zoë")).isEqualTo(Values.nameKey("Zoe", "O’Neill-Smith"));
        assertThat(Values.nameKey("Ada", "Quill")).isNotEqualTo(Values.nameKey("Adam", "Quill"));
    }
}
