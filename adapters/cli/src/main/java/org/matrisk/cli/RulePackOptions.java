package org.matrisk.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.matrisk.engine.RiskEngine;
import org.matrisk.engine.pack.PackMetadata;
import org.matrisk.engine.pack.RuleCatalog;
import org.matrisk.engine.pack.RulePack;
import picocli.CommandLine.Option;

/** --rules DIR and --allow-modified-rules, shared by scan, serve, rules and explain (a picocli mixin). */
final class RulePackOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "add the rules of the pack in DIR to the built-in ones (or use them instead when its pack.json says \"mode\": \"replace\"); see docs/rule-packs.md")
    Path rules;

    @Option(names = "--allow-modified-rules",
            description = "use rule packs whose files differ from the sha256 manifest of their pack.json (a warning names each file; assessments carry the actual pack sha256)")
    boolean allowModified;

    /** A pack and its catalogue, read without compiling the pack (what {@code rules} and {@code explain} show). */
    record Catalogued(RulePack pack, RuleCatalog catalog) {}

    /**
     * The pack for these options, verified against its manifest as for a scan, and its catalogue read from the rule
     * metadata without building a rule base; warnings (accepted modifications) go to {@code err}. RulePackException
     * propagates (exit 2).
     */
    Catalogued catalogue(PrintStream err) {
        RulePack pack = pack(err);
        return new Catalogued(pack, PackMetadata.catalog(pack));
    }

    /** The engine for these options (this compiles the pack); warnings (accepted modifications) go to {@code err}. RulePackException propagates (exit 2). */
    RiskEngine engine(PrintStream err) {
        if (rules == null && !allowModified) return RiskEngine.builtin();
        RulePack pack = pack(err);
        return rules == null && pack.warnings().isEmpty() ? RiskEngine.builtin() : RiskEngine.of(pack);
    }

    private RulePack pack(PrintStream err) {
        RulePack pack = rules == null ? RulePack.builtin(allowModified) : RulePack.load(rules, allowModified);
        for (String w : pack.warnings()) err.println("matrisk: warning: rule pack " + pack.origin() + ": " + w + " (accepted: --allow-modified-rules)");
        return pack;
    }
}
