package org.matrisk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Person names are personal data: they appear in no output format, no rejection and no message on
 * stderr unless --include-names is given.
 */
class PersonalDataTest {
    @TempDir
    static Path tmp;
    static Path batch;
    static final List<String> NAMES = new ArrayList<>();

    @BeforeAll
    static void namedBatch() throws IOException {
        JsonObject doc = JsonParser.parseString(Files.readString(Path.of("../../examples/northgate-risky.json"))).getAsJsonObject();
        JsonArray people = doc.getAsJsonArray("people");
        for (int i = 0; i < people.size(); i++) {
            String name = "Zebedee Quartermaine" + (char) ('A' + i);
            NAMES.add(name);
            people.get(i).getAsJsonObject().addProperty("name", name);
        }
        // an individual as a supplier: a person's name in a party
        String supplier = "Ophelia Brackenbury";
        NAMES.add(supplier);
        JsonObject party = new JsonObject();
        party.addProperty("id", "O9");
        party.addProperty("name", supplier);
        party.addProperty("kind", "INDIVIDUAL");
        doc.getAsJsonArray("parties").add(party);
        JsonObject tx = doc.getAsJsonArray("transactions").get(1).deepCopy().getAsJsonObject();
        tx.addProperty("id", "T9");
        tx.addProperty("partyId", "O9");
        tx.addProperty("novelOrContentious", true);
        doc.getAsJsonArray("transactions").add(tx);

        // rejected documents carrying names: a name too long for the limit (the reason must not quote
        // it), and a dangling reference elsewhere in a document full of names (identifiers and codes
        // are quoted in reasons: they are not names)
        JsonObject tooLong = doc.deepCopy();
        tooLong.getAsJsonArray("people").get(0).getAsJsonObject().addProperty("name", "Zebedee QuartermaineLONG".repeat(3));
        JsonObject dangling = doc.deepCopy();
        dangling.getAsJsonObject("governance").getAsJsonArray("members").set(0, new com.google.gson.JsonPrimitive("P99"));
        batch = tmp.resolve("named.ndjson");
        Files.writeString(batch, doc + "\n" + tooLong + "\n" + dangling + "\n");
    }

    static String scan(String format, String... extra) throws IOException {
        Path out = tmp.resolve("out." + format);
        Path rejects = tmp.resolve("rejects-" + format + ".ndjson");
        List<String> args = new ArrayList<>(List.of("scan", batch.toString(), "--format", format, "--out", out.toString(),
                "--rejects", rejects.toString(), "--max-string-length", "60"));
        args.addAll(List.of(extra));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isEqualTo(Main.REJECTED);
        String content = format.equals("xlsx") ? unzipText(out) : Files.readString(out, StandardCharsets.UTF_8);
        return content + "\n" + Files.readString(rejects) + "\n" + r.err();
    }

    static String unzipText(Path xlsx) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries()))
                try (InputStream in = zip.getInputStream(e)) {
                    sb.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
        }
        return sb.toString();
    }

    @Test
    void noFormatRejectionOrMessageCarriesAName() throws IOException {
        for (String format : List.of("ndjson", "json", "csv", "html", "xlsx", "table")) {
            String all = scan(format);
            assertThat(all).as(format).contains("T9"); // the output is really there
            for (String name : NAMES) assertThat(all).as("%s output must not contain a person's name", format).doesNotContain(name);
            assertThat(all).as(format).doesNotContain("Quartermaine").doesNotContain("Brackenbury");
        }
    }

    @Test
    void includeNamesCitesTheNamesOfPeopleGivenAsEvidence() throws IOException {
        String all = scan("ndjson", "--include-names");
        // GOV-03 cites member P20 (/people/11), an employee
        assertThat(all).contains("\"pointer\":\"/people/11/name\",\"field\":\"name\",\"value\":\"" + NAMES.get(11) + "\"");
    }
}
