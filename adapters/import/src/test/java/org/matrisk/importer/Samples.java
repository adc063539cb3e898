package org.matrisk.importer;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The sample set in examples/import and a way to import it. */
final class Samples {
    static final Path DIR = Path.of("../../examples/import");
    static final Path GIAS = DIR.resolve("gias"), CH = DIR.resolve("companies-house"),
            OFSTED = DIR.resolve("ofsted/ofsted-mi-latest-20250831.csv"), NOTICES = DIR.resolve("notices-20250915.csv"),
            LEDGER_A = DIR.resolve("ledger-a/purchase-ledger-payments-20250910.csv"),
            SUPPLIERS_A = DIR.resolve("ledger-a/supplier-master-20250910.csv"),
            INTERESTS_A = DIR.resolve("ledger-a/register-of-interests-20250910.csv"),
            MAPPING_A = DIR.resolve("mappings/finance-system-a.json"),
            LEDGER_B = DIR.resolve("ledger-b/bank-payments-20250905.csv"), SUPPLIERS_B = DIR.resolve("ledger-b/accounts-20250905.csv"),
            INTERESTS_B = DIR.resolve("ledger-b/interests-20250905.csv"), MAPPING_B = DIR.resolve("mappings/finance-system-b.json");
    static final LocalDate PERIOD_END = LocalDate.of(2025, 8, 31);

    record Result(Map<String, JsonObject> documents, List<String> lines, ImportReport report) {}

    static ImportOptions all(Set<String> assertComplete) {
        return new ImportOptions(PERIOD_END, null, null, GIAS, CH, OFSTED, NOTICES, LEDGER_A, SUPPLIERS_A, INTERESTS_A, MAPPING_A, assertComplete);
    }

    static Result run(ImportOptions o) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImportReport report = new Importer(o).run(out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        Map<String, JsonObject> docs = new LinkedHashMap<>();
        for (String l : lines) {
            JsonObject d = JsonParser.parseString(l).getAsJsonObject();
            docs.put(d.getAsJsonObject("trust").get("id").getAsString(), d);
        }
        return new Result(docs, lines, report);
    }

    private Samples() {}
}
