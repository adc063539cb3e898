package org.matrisk.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.matrisk.engine.pack.RuleCatalog;
import org.matrisk.engine.pack.RuleMeta;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules of the pack, from their metadata (nothing is compiled).")
final class RulesCommand implements Callable<Integer> {
    enum Format { text, json, markdown }

    @Option(names = "--format", description = "text, json or markdown (default text)")
    Format format = Format.text;

    @picocli.CommandLine.Mixin
    RulePackOptions rulePacks = new RulePackOptions();

    @Override
    public Integer call() {
        RulePackOptions.Catalogued pack = rulePacks.catalogue(System.err);
        RuleCatalog catalog = pack.catalog();
        PrintStream out = System.out;
        if (format == Format.markdown) {
            out.print(RulesMarkdown.render(pack.pack(), catalog));
        } else if (format == Format.json) {
            JsonArray a = new JsonArray();
            for (RuleMeta r : catalog.rules()) a.add(json(r));
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(a));
        } else {
            // columns as wide as their widest value, so that no value runs into the next (the reference is last but the title)
            int id = "ID".length(), area = "AREA".length(), sev = "SEVERITY".length(), ref = "REFERENCE".length();
            for (RuleMeta r : catalog.rules()) {
                id = Math.max(id, r.id().length());
                area = Math.max(area, r.area().name().length());
                sev = Math.max(sev, r.severity().name().length());
                ref = Math.max(ref, reference(r).length());
            }
            String row = "%-" + id + "s  %-" + area + "s  %-" + sev + "s  %-" + ref + "s  %s%n";
            out.printf(row, "ID", "AREA", "SEVERITY", "REFERENCE", "TITLE");
            for (RuleMeta r : catalog.rules()) out.printf(row, r.id(), r.area(), r.severity(), reference(r), r.title());
            out.printf("%d rules; pack %s version %s, sha256 %s%n", catalog.size(), pack.pack().id(), pack.pack().version(), pack.pack().sha256());
        }
        return Main.OK;
    }

    /** The widest a reference is shown in the text list (the whole reference is in --format json and markdown). */
    static final int REFERENCE_WIDTH = 48;

    /** Source, edition and paragraph, cut with an ellipsis past {@value #REFERENCE_WIDTH} characters. */
    static String reference(RuleMeta r) {
        String ref = (r.reference().source() + " " + r.reference().edition() + " " + r.reference().paragraph()).strip();
        return ref.length() <= REFERENCE_WIDTH ? ref : ref.substring(0, REFERENCE_WIDTH - 1) + "…";
    }

    static JsonObject json(RuleMeta r) {
        return org.matrisk.json.write.RuleJson.summary(r);
    }
}
