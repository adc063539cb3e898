package org.matrisk.engine.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.Reference;
import org.matrisk.assessment.Severity;

/**
 * Compiles a pack's DRL into a KieBase and checks it: DRL errors (file and line), rule metadata
 * (every rule with an {@code @id} has one primary rule declaring all of {@link RuleMeta#REQUIRED};
 * every other rule is a {@code @derives} rule), and parameters (every name a rule refers to exists).
 */
public final class PackCompiler {
    private PackCompiler() {}

    public record Compiled(KieBase kieBase, RuleCatalog catalog) {}

    private static final Pattern PARAM_CALL = Pattern.compile("param(?:AsOf|On)?\\(\\s*\"([^\"]+)\"");

    public static Compiled compile(RulePack pack) {
        List<String> problems = new ArrayList<>();
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId rid = ks.newReleaseId("org.matrisk.packs", "pack-" + UUID.randomUUID(), "1.0.0");
        kfs.generateAndWritePomXML(rid);
        pack.drl().forEach((path, src) -> kfs.write("src/main/resources/" + path, src));
        KieBuilder kb = ks.newKieBuilder(kfs).buildAll();
        for (Message m : kb.getResults().getMessages(Message.Level.ERROR)) {
            if (m.getText().contains("Parser returned a null Package")) continue;
            String path = m.getPath() == null ? "?" : m.getPath().replaceFirst("^src/main/resources/", "");
            problems.add(path + ":" + m.getLine() + ": " + m.getText().strip());
        }
        if (!problems.isEmpty()) throw new RulePackException(pack.origin(), problems);
        KieBase base;
        try {
            base = ks.newKieContainer(rid).getKieBase();
        } finally {
            ks.getRepository().removeKieModule(rid);
        }

        // parameter names used in DRL text must exist
        pack.drl().forEach((path, src) -> {
            String[] lines = src.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = PARAM_CALL.matcher(lines[i]);
                while (m.find()) if (!pack.parameters().has(m.group(1)))
                    problems.add(path + ":" + (i + 1) + ": unknown parameter \"" + m.group(1) + "\"");
            }
        });

        Map<String, RuleMeta> primaries = new HashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        for (KiePackage kp : base.getKiePackages()) {
            for (Rule r : kp.getRules()) {
                Map<String, Object> md = r.getMetaData();
                String where = "rule \"" + r.getName() + "\" (package " + kp.getName() + ")";
                Object id = md.get("id");
                if (id == null) {
                    if (!md.containsKey("derives"))
                        problems.add(where + ": has neither @id (a catalogue rule) nor @derives (a derived fact)");
                    continue;
                }
                ids.add(id.toString());
                if ("UNKNOWN".equals(String.valueOf(md.get("outcome")))) continue;
                List<String> missing = RuleMeta.REQUIRED.stream().filter(k -> blank(md.get(k))).toList();
                if (!missing.isEmpty()) {
                    problems.add(where + ": missing metadata " + String.join(", ", missing.stream().map(k -> "@" + k).toList()));
                    continue;
                }
                if (primaries.containsKey(id.toString())) {
                    problems.add(where + ": a second primary rule for " + id + " (companions declare @outcome(\"UNKNOWN\"))");
                    continue;
                }
                try {
                    primaries.put(id.toString(), meta(md, r, kp));
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": " + e.getMessage());
                }
                for (String p : params(md)) if (!pack.parameters().has(p)) problems.add(where + ": @parameters names unknown parameter \"" + p + "\"");
            }
        }
        for (String id : ids) if (!primaries.containsKey(id)) problems.add("rule id " + id + ": no primary rule with full metadata");
        if (!problems.isEmpty()) throw new RulePackException(pack.origin(), problems);
        return new Compiled(base, new RuleCatalog(primaries.values()));
    }

    private static boolean blank(Object o) { return o == null || o.toString().isBlank(); }

    private static List<String> params(Map<String, Object> md) {
        Object p = md.get("parameters");
        if (blank(p)) return List.of();
        return List.of(p.toString().split("\\s*,\\s*"));
    }

    private static RuleMeta meta(Map<String, Object> md, Rule r, KiePackage kp) {
        String s = md.get("severity").toString().toUpperCase(Locale.ROOT);
        String a = md.get("area").toString().toUpperCase(Locale.ROOT);
        String sc = md.get("scope").toString().toUpperCase(Locale.ROOT);
        Severity severity;
        Area area;
        RuleMeta.Scope scope;
        try { severity = Severity.valueOf(s); } catch (IllegalArgumentException e) { throw new IllegalArgumentException("unknown @severity " + s); }
        try { area = Area.valueOf(a); } catch (IllegalArgumentException e) { throw new IllegalArgumentException("unknown @area " + a); }
        try { scope = RuleMeta.Scope.valueOf(sc); } catch (IllegalArgumentException e) { throw new IllegalArgumentException("@scope must be trust or item, not " + sc); }
        return new RuleMeta(md.get("id").toString(), area, severity, scope, md.get("title").toString(), md.get("message").toString(),
                md.get("condition").toString(), md.get("example").toString(),
                new Reference(md.get("source").toString(), md.get("edition").toString(), md.get("paragraph").toString(), md.get("url").toString()),
                params(md), kp.getName() + "/" + r.getName());
    }
}
