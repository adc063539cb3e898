package org.matrisk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.matrisk.assessment.Area;
import org.matrisk.engine.pack.PackMetadata;
import org.matrisk.engine.pack.RuleCatalog;
import org.matrisk.engine.pack.RuleMeta;
import org.matrisk.engine.pack.RulePack;
import org.matrisk.engine.params.DatedValue;
import org.matrisk.engine.params.Parameter;

/**
 * docs/rules.md, generated from the rule metadata and the dated parameters of a pack. Regenerate with
 * {@code ./matrisk rules --format markdown > docs/rules.md} or {@code mvn -Pdocs -pl adapters/cli -am process-classes};
 * a test fails when the committed file is stale.
 */
public final class RulesMarkdown {
    private RulesMarkdown() {}

    /** The document for {@code pack} and its catalogue (read with {@link PackMetadata#catalog}: nothing is compiled). */
    public static String render(RulePack pack, RuleCatalog catalog) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Rules of the `").append(pack.id()).append("` pack, version ").append(pack.version()).append("\n\n");
        sb.append("Generated from the rule metadata and dated parameters by `matrisk rules --format markdown`; do not edit by hand.\n\n");
        sb.append(catalog.size()).append(" rules. Severity points: CRITICAL 40, HIGH 15, MEDIUM 5, LOW 1.\n\n");
        java.util.Map<String, Integer> kinds = new java.util.LinkedHashMap<>();
        for (RuleMeta r : catalog.rules()) {
            org.matrisk.engine.pack.Citations.Verdict v = org.matrisk.engine.pack.Citations.judge(r.reference());
            kinds.merge(v.primary() ? v.label() + "s" : "not primary", 1, Integer::sum);
        }
        sb.append("References (docs/rule-packs.md, \"References\"; sources chosen in docs/sources.md): ");
        sb.append(String.join(", ", kinds.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList())).append(".\n\n");
        for (Area area : Area.values()) {
            var rules = catalog.rules().stream().filter(r -> r.area() == area).toList();
            if (rules.isEmpty()) continue;
            sb.append("## ").append(area).append("\n\n");
            sb.append("| id | severity | per | title | reference |\n|---|---|---|---|---|\n");
            for (RuleMeta r : rules)
                sb.append("| [").append(r.id()).append("](#").append(r.id().toLowerCase(Locale.ROOT)).append(") | ").append(r.severity())
                        .append(" | ").append(r.scope() == RuleMeta.Scope.TRUST ? "trust" : "item").append(" | ").append(cell(r.title()))
                        .append(" | ").append(cell(ref(r))).append(" |\n");
            sb.append('\n');
            for (RuleMeta r : rules) {
                sb.append("### ").append(r.id()).append("\n\n");
                sb.append("**").append(cell(r.title())).append("** (").append(r.severity()).append(", one finding per ")
                        .append(r.scope() == RuleMeta.Scope.TRUST ? "trust" : "offending item").append(")\n\n");
                sb.append("- Condition: ").append(r.condition()).append('\n');
                sb.append("- Example: ").append(r.example()).append('\n');
                sb.append("- Message: `").append(r.message().replace("`", "'")).append("`\n");
                sb.append("- Reference: [").append(ref(r)).append("](").append(r.reference().url()).append(")\n");
                for (String e : r.seeAlso()) sb.append("- See also: ").append(link(e)).append('\n');
                for (String name : r.parameters()) {
                    Parameter p = pack.parameters().get(name);
                    sb.append("- Parameter `").append(name).append("` (").append(p.type().name().toLowerCase(Locale.ROOT)).append(")");
                    if (!p.description().isBlank()) sb.append(": ").append(p.description());
                    if (p.unconfirmed()) sb.append(" **(unconfirmed)**");
                    sb.append('\n');
                    for (DatedValue v : p.values())
                        sb.append("  - from ").append(v.from() == null ? "the start" : v.from().toString()).append(": `").append(v.value())
                                .append("` (").append(v.source()).append(")").append(v.unconfirmed() ? " **unconfirmed**" : "").append('\n');
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String ref(RuleMeta r) {
        return r.reference().source() + " " + r.reference().edition() + " para " + r.reference().paragraph();
    }

    /** A see-also entry whose last word is a URL, as a Markdown link on the text before it. */
    private static String link(String entry) {
        int sp = entry.lastIndexOf(' ');
        String last = entry.substring(sp + 1);
        if (!last.startsWith("http")) return entry;
        String text = sp < 0 ? last : entry.substring(0, sp).strip();
        return "[" + text.replace("[", "(").replace("]", ")") + "](" + last + ")";
    }

    private static String cell(String s) { return s.replace("|", "\\|"); }

    /** Writes docs/rules.md (used by the {@code docs} Maven profile). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/rules.md");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, render(RulePack.builtin(), PackMetadata.catalog(RulePack.builtin())), StandardCharsets.UTF_8);
        System.err.println("wrote " + out);
    }
}
