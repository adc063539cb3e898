package org.matrisk.engine.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.matrisk.assessment.Area;
import org.matrisk.assessment.Reference;
import org.matrisk.assessment.Severity;
import org.matrisk.engine.DataNeeds;

/**
 * Compiles a pack's DRL into a KieBase and checks it: DRL errors (file and line), rule metadata
 * (every rule with an {@code @id} has one primary rule declaring all of {@link RuleMeta#REQUIRED};
 * every other rule is a {@code @derives} rule), parameters (every name a rule refers to exists) and,
 * for a combined pack, that no rule id is defined by two of its packs. Every problem names the file
 * and line (as {@link RulePack#drl()} names them) where they are known.
 */
public final class PackCompiler {
    private PackCompiler() {}

    public record Compiled(KieBase kieBase, RuleCatalog catalog) {}

    private static final Pattern PARAM_CALL = Pattern.compile("param(?:AsOf|On)?\\(\\s*\"([^\"]+)\"");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?");
    private static final Pattern SYNTAX_ERROR = Pattern.compile("^[^:]*:\\d+: \\[ERR \\d+\\]");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");

    /** Where a rule is declared: its file (as reported), line, and the pack it came from. */
    record Location(String file, int line, String pack) {
        String at() { return file + ":" + line; }
    }

    public static Compiled compile(RulePack pack) {
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, List<Location>> declared = new HashMap<>();
        for (RulePack.Source s : pack.sources()) {
            String file = pack.displayPath(s);
            files.put(file, s.text());
            index(file, s, declared);
        }
        List<String> problems = new ArrayList<>();
        KieBase base = precompiled(pack);
        if (base == null) base = compileDrl(pack, files, declared, problems);

        List<Declared> rules = new ArrayList<>();
        for (KiePackage kp : base.getKiePackages()) for (Rule r : kp.getRules()) rules.add(new Declared(r.getPackageName(), r.getName(), r.getMetaData()));
        RuleCatalog catalog = check(pack, rules, declared, problems);
        if (!problems.isEmpty()) throw new RulePackException(pack.origin(), problems);
        return new Compiled(base, catalog);
    }

    /** The resource the build writes beside this class when it precompiles the built-in pack (engine/src/build/java/PrecompileBuiltinPack.java). */
    static final String PRECOMPILED = "builtin-model.properties";

    /**
     * The KieBase of a pack precompiled at build time into Drools' executable model (the built-in pack:
     * its rules, lambdas and declared types are classes of this jar), or null when the pack is not the
     * one precompiled (another sha256: a custom, combined or modified pack) or nothing was precompiled
     * (the build step did not run). No DRL is parsed and nothing is compiled: the model classes are
     * loaded and the Rete built from them.
     */
    static KieBase precompiled(RulePack pack) {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = PackCompiler.class.getResourceAsStream(PRECOMPILED)) {
            if (in == null) return null;
            p.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + PRECOMPILED, e);
        }
        if (!pack.sha256().equals(p.getProperty("pack.sha256"))) return null;
        List<org.drools.model.Model> models = new ArrayList<>();
        for (String name : p.getProperty("models", "").split(",")) {
            try {
                models.add((org.drools.model.Model) Class.forName(name.strip(), true, PackCompiler.class.getClassLoader()).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalStateException("the precompiled built-in pack is incomplete (" + name + "): rebuild matrisk-engine", e);
            }
        }
        return Model.kieBase(models);
    }

    /**
     * Builds the KieBase of the executable model. A class of its own: the verifier checks the Drools type it returns
     * against {@code KieBase} (loading Drools classes) only when this class is loaded, i.e. when a pack is built,
     * never when a command that needs no rule base merely loads PackCompiler (NoCompileCliTest).
     */
    private static final class Model {
        static KieBase kieBase(List<org.drools.model.Model> models) {
            return org.drools.modelcompiler.KieBaseBuilder.createKieBaseFromModel(models);
        }
    }

    /**
     * The class loader a DRL compile sees: the given one without the precompiled built-in pack's generated
     * classes (package {@code org.matrisk.rules}, the built-in DRL's package). A custom pack that extends the
     * built-in one compiles the built-in DRL again; with those classes visible the compiler would take the
     * executable model's declared types (e.g. {@code CashPosition}, whose {@code boolean} field it reads
     * with {@code getForecast()}) for existing classes instead of declaring its own ({@code isForecast()}).
     */
    private static final class WithoutPrecompiled extends ClassLoader {
        private static final String CLASSES = "org.matrisk.rules.";
        private static final String FILES = "org/matrisk/rules/";

        WithoutPrecompiled(ClassLoader parent) { super(parent); }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith(CLASSES)) throw new ClassNotFoundException(name);
            return super.loadClass(name, resolve);
        }

        @Override
        public java.net.URL getResource(String name) {
            return hidden(name) ? null : super.getResource(name);
        }

        @Override
        public java.util.Enumeration<java.net.URL> getResources(String name) throws java.io.IOException {
            return hidden(name) ? java.util.Collections.emptyEnumeration() : super.getResources(name);
        }

        private static boolean hidden(String name) { return name.startsWith(FILES) && name.endsWith(".class"); }
    }

    /** The pack's DRL compiled at run time, whatever was precompiled (PrecompiledPackTest compares the two); throws on errors. */
    static KieBase compileDrl(RulePack pack) {
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, List<Location>> declared = new HashMap<>();
        for (RulePack.Source s : pack.sources()) {
            files.put(pack.displayPath(s), s.text());
            index(pack.displayPath(s), s, declared);
        }
        return compileDrl(pack, files, declared, new ArrayList<>());
    }

    /** Compiles the pack's DRL (the classic compiler, at run time); adds its errors to {@code problems} and throws when there are any. */
    private static KieBase compileDrl(RulePack pack, Map<String, String> files, Map<String, List<Location>> declared, List<String> problems) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId rid = ks.newReleaseId("org.matrisk.packs", "pack-" + UUID.randomUUID(), "1.0.0");
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader loader = new WithoutPrecompiled(context != null ? context : PackCompiler.class.getClassLoader());
        KieBase base;
        try {
            try {
                problems.addAll(build(ks, rid, files, loader));
            } catch (RuntimeException crash) {
                problems.addAll(locateCrash(ks, files, crash, loader));
            }
            if (!problems.isEmpty()) throw new RulePackException(pack.origin(), explainDuplicates(problems, declared));
            base = ks.newKieContainer(rid, loader).getKieBase();
        } finally {
            ks.getRepository().removeKieModule(rid);
        }
        return base;
    }

    /** A rule as declared: its package, name and metadata (the values its {@code @} annotations evaluate to). */
    record Declared(String packageName, String name, Map<String, Object> metadata) {}

    /**
     * The checks that need no compiled rule, and the catalogue: parameter names used in the DRL text exist,
     * the rules' metadata (see the class comment), {@code @parameters} names exist, no rule id in two packs.
     * {@code rules} are the pack's rules with their metadata, from the compiled rule base or read by
     * {@link PackMetadata} without compiling; {@code declared} is {@link #index} of the pack's sources.
     * Adds every problem to {@code problems}; the catalogue holds the primary rules that passed.
     */
    static RuleCatalog check(RulePack pack, List<Declared> rules, Map<String, List<Location>> declared, List<String> problems) {
        Map<String, Location> locations = new HashMap<>();
        declared.forEach((k, v) -> locations.put(k, v.get(0)));
        // parameter names used in DRL text must exist
        for (RulePack.Source s : pack.sources()) {
            String[] lines = s.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].contains("param")) continue;
                Matcher m = PARAM_CALL.matcher(lines[i]);
                while (m.find()) if (!inComment(lines[i], m.start()) && !pack.parameters().has(m.group(1)))
                    problems.add(pack.displayPath(s) + ":" + (i + 1) + ": unknown parameter \"" + m.group(1) + "\"" + suggestion(pack, m.group(1)));
            }
        }

        Map<String, RuleMeta> primaries = new HashMap<>();
        Map<String, Location> primaryAt = new HashMap<>();
        Map<String, Map<String, Location>> idPacks = new TreeMap<>(); // id -> pack -> first declaration, in pack order
        Set<String> ids = new LinkedHashSet<>();
        Set<String> refused = new HashSet<>();
        rules = new ArrayList<>(rules);
        // in pack order (the base pack first), then file and line
        List<String> packOrder = pack.components().stream().map(RulePack.Component::id).toList();
        Function<Declared, Location> at = r -> locations.getOrDefault(r.packageName() + "/" + r.name(), UNKNOWN);
        rules.sort(Comparator.comparingInt((Declared r) -> packOrder.indexOf(at.apply(r).pack()))
                .thenComparing(r -> at.apply(r).file()).thenComparingInt(r -> at.apply(r).line()));
        for (Declared r : rules) {
            Map<String, Object> md = r.metadata();
            Location loc = at.apply(r);
            String where = (loc == UNKNOWN ? "" : loc.at() + ": ") + "rule \"" + r.name() + "\"";
            Object id = md.get("id");
            if (id == null) {
                if (!md.containsKey("derives"))
                    problems.add(where + ": has neither @id (a catalogue rule) nor @derives (a derived fact)");
                continue;
            }
            ids.add(id.toString());
            idPacks.computeIfAbsent(id.toString(), k -> new LinkedHashMap<>()).putIfAbsent(String.valueOf(loc.pack()), loc);
            if ("UNKNOWN".equals(String.valueOf(md.get("outcome")))) {
                for (String k : List.of("requires", "partial"))
                    if (md.containsKey(k)) problems.add(where + ": @" + k + " belongs on the primary rule of " + id + ", not on an UNKNOWN companion");
                continue;
            }
            List<String> missing = RuleMeta.REQUIRED.stream().filter(k -> blank(md.get(k))).toList();
            if (!missing.isEmpty()) {
                problems.add(where + ": missing metadata " + String.join(", ", missing.stream().map(k -> "@" + k).toList()));
                refused.add(id.toString());
                continue;
            }
            if (primaries.containsKey(id.toString())) {
                if (Objects.equals(primaryAt.get(id.toString()).pack(), loc.pack()))
                    problems.add(where + ": a second primary rule for " + id + " (the first is at " + primaryAt.get(id.toString()).at()
                            + "; companions declare @outcome(\"UNKNOWN\"))");
                continue;
            }
            try {
                primaries.put(id.toString(), meta(md, r.packageName() + "/" + r.name(), loc));
                primaryAt.put(id.toString(), loc);
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
                refused.add(id.toString());
            }
            for (String p : params(md)) if (!pack.parameters().has(p))
                problems.add(where + ": @parameters names unknown parameter \"" + p + "\"" + suggestion(pack, p));
        }
        idPacks.forEach((id, packs) -> {
            if (packs.size() > 1) {
                List<String> by = new ArrayList<>();
                packs.forEach((p, l) -> by.add(p + " (" + l.at() + ")"));
                problems.add("rule id " + id + " is defined by more than one pack: " + String.join(" and ", by)
                        + "; a pack's rules need ids of their own (e.g. X-01), it cannot redefine a rule of the pack it extends");
                refused.add(id);
            }
        });
        for (String id : ids) if (!primaries.containsKey(id) && !refused.contains(id)) problems.add("rule id " + id + ": no primary rule with full metadata");
        return new RuleCatalog(primaries.values());
    }

    /** Builds the files as one KieModule; returns the compiler's errors ({@code file:line: text}). */
    private static List<String> build(KieServices ks, ReleaseId rid, Map<String, String> files, ClassLoader loader) {
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(rid);
        KieModuleModel module = ks.newKieModuleModel();
        // a rule or function defined twice in one package is an error, not a silent replacement
        module.setConfigurationProperty("drools.kbuilder.severity.duplicateRule", "ERROR");
        module.setConfigurationProperty("drools.kbuilder.severity.duplicateFunction", "ERROR");
        kfs.writeKModuleXML(module.toXML());
        files.forEach((file, text) -> kfs.write(RESOURCES + file, text));
        KieBuilder kb = ks.newKieBuilder(kfs, loader).buildAll();
        // the compiler often reports one error several times over (the expression, then the constraint): keep the first per line
        Map<String, String> problems = new LinkedHashMap<>();
        for (Message m : kb.getResults().getMessages(Message.Level.ERROR)) {
            if (m.getText().contains("Parser returned a null Package")) continue;
            String path = m.getPath() == null ? "?" : m.getPath().replaceFirst("^" + RESOURCES, "");
            problems.putIfAbsent(path + ":" + m.getLine(), path + ":" + m.getLine() + ": " + m.getText().strip().replaceAll("\\s*\\R\\s*", " "));
        }
        // a file that does not parse leaves its package's declared types unbuilt, so every rule of every
        // file matching them is reported as "Unable to resolve ObjectType": report the syntax errors alone
        List<String> syntax = problems.values().stream().filter(p -> p.contains("[ERR ")).toList();
        return new ArrayList<>(syntax.isEmpty() ? problems.values() : syntax);
    }

    /**
     * The compiler threw instead of reporting (it does on some ill-typed constraints, such as a date
     * compared with a number): find the file, then the rule, by compiling them on their own.
     */
    private static List<String> locateCrash(KieServices ks, Map<String, String> files, RuntimeException crash, ClassLoader loader) {
        String reason = "the DRL compiler failed: " + rootMessage(crash) + " (is a constraint comparing values of different types?)";
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (!crashes(ks, Map.of(f.getKey(), f.getValue()), loader)) continue;
            String[] lines = f.getValue().split("\n", -1);
            List<int[]> blocks = ruleBlocks(lines);
            for (int[] b : blocks) {
                StringBuilder only = new StringBuilder();
                for (int i = 0; i < lines.length; i++) {
                    boolean inOther = false;
                    for (int[] o : blocks) if (o != b && i >= o[0] && i <= o[1]) inOther = true;
                    only.append(inOther ? "" : lines[i]).append('\n');
                }
                if (crashes(ks, Map.of(f.getKey(), only.toString()), loader)) {
                    Matcher m = RULE.matcher(lines[b[0]]);
                    String name = m.find() ? (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)) : "?";
                    return List.of(f.getKey() + ":" + (b[0] + 1) + ": rule \"" + name + "\": " + reason);
                }
            }
            return List.of(f.getKey() + ": " + reason);
        }
        return List.of(reason);
    }

    private static boolean crashes(KieServices ks, Map<String, String> files, ClassLoader loader) {
        ReleaseId rid = ks.newReleaseId("org.matrisk.packs", "probe-" + UUID.randomUUID(), "1.0.0");
        try {
            build(ks, rid, files, loader);
            return false;
        } catch (RuntimeException e) {
            return true;
        } finally {
            ks.getRepository().removeKieModule(rid);
        }
    }

    /** The first and last line (0-based) of every {@code rule ... end} block. */
    private static List<int[]> ruleBlocks(String[] lines) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lines.length; i++) {
            if (start < 0 && RULE.matcher(lines[i]).find()) start = i;
            else if (start >= 0 && lines[i].strip().equals("end")) {
                out.add(new int[] {start, i});
                start = -1;
            }
        }
        return out;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private static final String RESOURCES = "src/main/resources/";
    private static final Location UNKNOWN = new Location("?", 0, null);

    private static final Pattern DUPLICATE = Pattern.compile("^[^:]*:\\d+: Duplicate rule name: (.*)$");

    /** "Duplicate rule name" names one file: name every declaration instead. */
    private static List<String> explainDuplicates(List<String> problems, Map<String, List<Location>> declared) {
        List<String> out = new ArrayList<>();
        for (String p : problems) {
            Matcher m = DUPLICATE.matcher(p);
            List<String> at = new ArrayList<>();
            if (m.matches()) declared.forEach((k, v) -> {
                if (k.substring(k.indexOf('/') + 1).equals(m.group(1)) && v.size() > 1) {
                    v.forEach(l -> at.add(l.at()));
                    at.add(0, k.substring(0, k.indexOf('/')));
                }
            });
            if (at.size() < 3) out.add(p);
            else out.add(at.get(at.size() - 1) + ": rule \"" + m.group(1) + "\" is declared more than once in package " + at.get(0) + " ("
                    + String.join(", ", at.subList(1, at.size())) + "); rule names are unique per package (give a custom pack a package of its own)");
        }
        return out;
    }

    /** Records the package and line of every rule declared in a DRL source, by {@code package/name}. */
    static void index(String file, RulePack.Source s, Map<String, List<Location>> into) {
        String pkg = "";
        String[] lines = s.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].contains("package") && !lines[i].contains("rule")) continue; // (most lines: no regex to run)
            Matcher p = PACKAGE.matcher(lines[i]);
            if (p.find()) { pkg = p.group(1); continue; }
            Matcher r = RULE.matcher(lines[i]);
            if (r.find()) {
                String name = r.group(1) != null ? r.group(1) : r.group(2) != null ? r.group(2) : r.group(3);
                into.computeIfAbsent(pkg + "/" + name, k -> new ArrayList<>()).add(new Location(file, i + 1, s.pack()));
            }
        }
    }

    /** True when position {@code at} of a line is inside a {@code //} comment (outside string literals). */
    private static boolean inComment(String line, int at) {
        boolean quoted = false;
        for (int i = 0; i < at - 1; i++) {
            char c = line.charAt(i);
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) quoted = !quoted;
            else if (!quoted && c == '/' && line.charAt(i + 1) == '/') return true;
        }
        return false;
    }

    private static String suggestion(RulePack pack, String name) {
        int dot = name.lastIndexOf('.');
        String prefix = dot < 0 ? name : name.substring(0, dot + 1);
        List<String> near = pack.parameters().names().stream().filter(n -> n.startsWith(prefix)).limit(5).toList();
        return near.isEmpty() ? "" : " (known: " + String.join(", ", near) + (near.size() == 5 ? ", ..." : "") + ")";
    }

    private static boolean blank(Object o) { return o == null || o.toString().isBlank(); }

    private static List<String> params(Map<String, Object> md) {
        Object p = md.get("parameters");
        if (blank(p)) return List.of();
        return List.of(p.toString().strip().split("\\s*,\\s*"));
    }

    /**
     * The catalogue entry of a primary rule from its metadata (the one place metadata becomes a {@link RuleMeta});
     * {@code name} ({@code package/rule name}) stands for the file when the rule's location is unknown.
     * @throws IllegalArgumentException naming the metadata that is not valid
     */
    private static RuleMeta meta(Map<String, Object> md, String name, Location loc) {
        String s = md.get("severity").toString().toUpperCase(Locale.ROOT);
        String a = md.get("area").toString().toUpperCase(Locale.ROOT);
        String sc = md.get("scope").toString().toUpperCase(Locale.ROOT);
        Severity severity;
        Area area;
        RuleMeta.Scope scope;
        try { severity = Severity.valueOf(s); } catch (IllegalArgumentException e) { throw new IllegalArgumentException("unknown @severity \"" + md.get("severity") + "\" (one of " + names(Severity.values()) + ")"); }
        try { area = Area.valueOf(a); } catch (IllegalArgumentException e) { throw new IllegalArgumentException("unknown @area \"" + md.get("area") + "\" (one of " + names(Area.values()) + ")"); }
        try { scope = RuleMeta.Scope.valueOf(sc); } catch (IllegalArgumentException e) { throw new IllegalArgumentException("@scope must be trust or item, not \"" + md.get("scope") + "\""); }
        String requirement = blank(md.get("requirement")) ? null : md.get("requirement").toString().strip().toUpperCase(Locale.ROOT);
        if (requirement != null && !RuleMeta.REQUIREMENTS.contains(requirement))
            throw new IllegalArgumentException("@requirement must be one of " + String.join(", ", RuleMeta.REQUIREMENTS) + ", not \"" + md.get("requirement") + "\"");
        int since = 1;
        if (!blank(md.get("catalogue"))) {
            String c = md.get("catalogue").toString().strip();
            if (!c.equals("1") && !c.equals("2")) throw new IllegalArgumentException("@catalogue must be 1 or 2, not \"" + md.get("catalogue") + "\"");
            since = Integer.parseInt(c);
        }
        return new RuleMeta(md.get("id").toString(), area, severity, scope, md.get("title").toString(), md.get("message").toString(),
                md.get("condition").toString(), md.get("example").toString(),
                new Reference(md.get("source").toString(), md.get("edition").toString(), md.get("paragraph").toString(), md.get("url").toString()),
                params(md), DataNeeds.paths(md.get("requires") == null ? null : md.get("requires").toString()), loc == UNKNOWN ? name : loc.at(), requirement,
                CoverageGap.parse(md.get("partial") == null ? null : md.get("partial").toString()), since,
                RuleMeta.seeAlso(md.get("seeAlso") == null ? null : md.get("seeAlso").toString()));
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", java.util.Arrays.stream(values).map(Enum::name).toList());
    }
}
