package org.matrisk.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.matrisk.engine.pack.RuleMeta;
import org.matrisk.engine.pack.RulePack;
import org.matrisk.engine.params.DatedValue;
import org.matrisk.engine.params.Parameter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "One rule: its condition, every parameter with its values by date and their sources, and an example (nothing is compiled).")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RULE-ID")
    String ruleId;

    @picocli.CommandLine.Mixin
    RulePackOptions rulePacks = new RulePackOptions();

    @Override
    public Integer call() {
        RulePackOptions.Catalogued pack = rulePacks.catalogue(System.err);
        RuleMeta r = pack.catalog().find(ruleId.toUpperCase(java.util.Locale.ROOT)).orElse(null);
        if (r == null) {
            System.err.println("matrisk: no rule " + ruleId + " in pack " + pack.pack().id() + "; `matrisk rules` lists them");
            return Main.USAGE;
        }
        System.out.print(explain(pack.pack(), r));
        return Main.OK;
    }

    static String explain(RulePack pack, RuleMeta r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.id()).append("  ").append(r.title()).append('\n');
        sb.append("  area       ").append(r.area()).append('\n');
        sb.append("  severity   ").append(r.severity()).append('\n');
        sb.append("  scope      ").append(r.scope() == RuleMeta.Scope.TRUST ? "one finding per trust" : "one finding per offending item").append('\n');
        if (r.since() > 1) sb.append("  catalogue  ").append(r.since()).append(" (added by catalogue v").append(r.since())
                .append(": not applied to documents assessed with catalogue 1)\n");
        sb.append("  reference  ").append(r.reference().source()).append(' ').append(r.reference().edition())
                .append(" para ").append(r.reference().paragraph()).append("  ").append(r.reference().url()).append('\n');
        org.matrisk.engine.pack.Citations.Verdict citation = org.matrisk.engine.pack.Citations.judge(r.reference());
        sb.append("  citation   ").append(citation.primary() ? "primary: " + citation.label()
                : "not a primary citation (" + citation.label() + " form): " + String.join("; ", citation.problems())).append('\n');
        for (int i = 0; i < r.seeAlso().size(); i++)
            sb.append(i == 0 ? "  see also   " : "             ").append(r.seeAlso().get(i)).append('\n');
        sb.append("  condition  ").append(r.condition()).append('\n');
        sb.append("  message    ").append(r.message()).append('\n');
        sb.append("  example    ").append(r.example()).append('\n');
        if (r.parameters().isEmpty()) sb.append("  parameters (none)\n");
        else {
            sb.append("  parameters\n");
            for (String name : r.parameters()) {
                Parameter p = pack.parameters().get(name);
                sb.append("    ").append(name).append(" (").append(p.type().name().toLowerCase(java.util.Locale.ROOT)).append(")");
                if (!p.description().isBlank()) sb.append(": ").append(p.description());
                sb.append('\n');
                if (p.unconfirmed())
                    sb.append("      UNCONFIRMED: the rule catalogue could not confirm ").append(p.values().stream().anyMatch(DatedValue::unconfirmed)
                            ? "the values marked below" : "this parameter (see its description)")
                            .append(" from a primary source; kept as data, used as shown (docs/sources.md)\n");
                for (DatedValue v : p.values()) {
                    sb.append("      from ").append(v.from() == null ? "the start" : v.from().toString()).append(": ")
                            .append(v.value()).append("   source: ").append(v.source());
                    if (v.url() != null) sb.append("  ").append(v.url());
                    if (v.unconfirmed()) sb.append("  [unconfirmed]");
                    sb.append('\n');
                }
            }
        }
        where(pack, r, sb);
        return sb.toString();
    }

    /** Where the rule lives: its DRL file and line, its parameters' files, its fixture file (paths from the repository root or the pack directory). */
    static void where(RulePack pack, RuleMeta r, StringBuilder sb) {
        sb.append("  where\n");
        sb.append("    rule       ").append(source(pack, r.file())).append('\n');
        java.util.Set<String> files = new java.util.LinkedHashSet<>();
        for (String name : r.parameters()) {
            Parameter p = pack.parameters().get(name);
            if (p != null && p.file() != null) files.add(source(pack, p.file()));
        }
        if (!files.isEmpty()) sb.append("    parameters ").append(String.join(", ", files)).append('\n');
        sb.append("    fixtures   ").append(fixtures(pack, r)).append('\n');
    }

    /** {@code <pack id>/<path>} (or a bare path in a pack of one component) as a path a reader can open. */
    static String source(RulePack pack, String file) {
        String packId = pack.components().size() > 1 || file.startsWith(pack.id() + "/")
                ? file.substring(0, Math.max(0, file.indexOf('/'))) : pack.id();
        String path = file.startsWith(packId + "/") ? file.substring(packId.length() + 1) : file;
        if (packId.equals("builtin")) return org.matrisk.engine.pack.Manifest.BUILTIN_SOURCE + "/" + path;
        for (RulePack.Component c : pack.components())
            if (c.id().equals(packId)) return c.origin() + "/" + path;
        return path;
    }

    static String fixtures(RulePack pack, RuleMeta r) {
        String rule = source(pack, r.file());
        if (rule.startsWith(org.matrisk.engine.pack.Manifest.BUILTIN_SOURCE + "/"))
            return "test-fixtures/src/main/resources/fixtures/" + (r.appliesTo(1) ? "rules/" : "rules-v2/") + r.id() + ".json";
        String packDir = rule.substring(0, rule.lastIndexOf('/') < 0 ? 0 : rule.lastIndexOf('/'));
        for (RulePack.Component c : pack.components())
            if (rule.startsWith(c.origin() + "/")) packDir = c.origin();
        java.nio.file.Path f = java.nio.file.Path.of(packDir, RulePack.FIXTURES + r.id() + ".json");
        return java.nio.file.Files.isRegularFile(f) ? f.toString() : "(none: " + f + " does not exist)";
    }
}
