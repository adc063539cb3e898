import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A second version 2 mix for bench/v2-throughput.sh: each NDJSON document of stdin with every `coverage` section declared
 * complete whose collection is present (contract v2 2.1: a complete section that owns a collection requires it), the
 * data itself unchanged (months, bands, documented nulls, roles, family, links stay). It stands for a trust's own full
 * export. Run with the CLI jar on the class path (Gson): java -cp matrisk.jar bench/CompleteCoverage.java < in > out
 */
public class CompleteCoverage {
    static final List<String> SECTIONS = List.of("finance", "returns", "governance", "people", "interests", "appointments", "family",
            "parties", "transactions", "declarations", "procurement", "expenses", "pay", "website", "specialPayments", "academies",
            "ofsted", "growth", "notices", "transfers");
    /** Sections owning a top-level collection: complete only when it is present. */
    static final Map<String, String> OWNS = Map.of("returns", "returns", "pay", "pay", "specialPayments", "specialPayments",
            "growth", "growth", "notices", "notices", "transfers", "transfers", "academies", "academies", "parties", "parties",
            "transactions", "transactions", "people", "people");

    public static void main(String[] args) throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
             BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonObject d = JsonParser.parseString(line).getAsJsonObject();
                JsonObject cov = d.has("coverage") ? d.getAsJsonObject("coverage") : new JsonObject();
                for (String s : SECTIONS) {
                    if (OWNS.containsKey(s) && !d.has(OWNS.get(s))) continue;
                    JsonObject e = new JsonObject();
                    e.addProperty("complete", true);
                    e.addProperty("source", "bench: every section complete");
                    cov.add(s, e);
                }
                d.add("coverage", cov);
                out.write(d.toString());
                out.write('\n');
            }
        }
    }
}
