import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.model.KieModuleModel;
import org.matrisk.engine.pack.RulePack;

/**
 * Compiles the built-in rule pack into Drools' executable model at build time (issue 13): the engine
 * module runs it after compiling its classes ({@code process-classes}), with the engine's compile
 * classpath and {@code drools-model-codegen} (a {@code provided} dependency: build time only):
 * <pre>
 * java -cp CLASSPATH engine/src/build/java/PrecompileBuiltinPack.java engine/target/classes
 * </pre>
 * It reads the pack as the engine does ({@code RulePack.builtin()}: the sha256 manifest checked),
 * builds its DRL with {@code KieBuilder.buildAll(ExecutableModelProject.class)} and the kmodule settings
 * of {@code PackCompiler} (a rule or function defined twice is an error), and writes into the output
 * directory the generated classes (rules, lambdas, declared types; nothing under {@code META-INF}, so
 * no KieModule is found on the classpath) and {@code org/matrisk/engine/pack/builtin-model.properties}:
 * the pack's sha256 and the model classes. {@code PackCompiler} builds the built-in pack's KieBase
 * from those classes when the sha256 matches the pack it is given. Any compile error fails the build.
 */
public final class PrecompileBuiltinPack {
    private static final String GENERATED = "org/matrisk/rules";
    private static final String PROPERTIES = "org/matrisk/engine/pack/builtin-model.properties";
    /** The model class of a package: {@code Rules<hash>} (its rule methods, lambdas and metadata classes have suffixes or subpackages). */
    private static final java.util.regex.Pattern MODEL = java.util.regex.Pattern.compile("org/matrisk/rules/Rules[0-9A-F]+\\.class");
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long t0 = System.nanoTime();
        // every generated class is in the DRL's package (org.matrisk.rules, no source of the engine's) or below it.
        // Removed first: the output directory is on this program's classpath, and the compiler would take the
        // declared types of an earlier run found there for existing classes and not generate them again
        Path generated = out.resolve(GENERATED);
        if (Files.exists(generated)) try (var walk = Files.walk(generated)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        Files.deleteIfExists(out.resolve(PROPERTIES));
        Files.deleteIfExists(out.resolve(org.matrisk.engine.pack.PackMetadata.PREBUILT_PATH));
        RulePack pack = RulePack.builtin();
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(ks.newReleaseId("org.matrisk", "matrisk-builtin-pack", pack.version()));
        KieModuleModel module = ks.newKieModuleModel();
        module.setConfigurationProperty("drools.kbuilder.severity.duplicateRule", "ERROR");
        module.setConfigurationProperty("drools.kbuilder.severity.duplicateFunction", "ERROR");
        kfs.writeKModuleXML(module.toXML());
        for (Map.Entry<String, String> e : pack.drl().entrySet()) kfs.write("src/main/resources/" + e.getKey(), e.getValue());
        KieBuilder kb = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<String> errors = new ArrayList<>();
        for (Message m : kb.getResults().getMessages(Message.Level.ERROR)) errors.add(m.getPath() + ":" + m.getLine() + ": " + m.getText());
        if (!errors.isEmpty()) {
            System.err.println("The built-in pack does not compile to Drools' executable model:");
            errors.forEach(System.err::println);
            System.exit(1);
        }
        Object km = kb.getKieModule();
        if (km instanceof org.drools.modelcompiler.CanonicalKieModule c) km = c.getInternalKieModule();
        MemoryFileSystem mfs = ((MemoryKieModule) km).getMemoryFileSystem();
        TreeSet<String> models = new TreeSet<>();
        int classes = 0;
        for (Map.Entry<org.drools.util.PortablePath, byte[]> f : mfs.getMap().entrySet()) {
            String name = f.getKey().asString();
            if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.startsWith("org/drools/project/")) continue;
            if (!name.startsWith(GENERATED + "/")) {
                System.err.println("unexpected generated class outside " + GENERATED + ": " + name);
                System.exit(1);
            }
            if (MODEL.matcher(name).matches()) models.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
            write(out.resolve(name), f.getValue());
            classes++;
        }
        if (models.isEmpty()) {
            System.err.println("The executable model of the built-in pack has no Model class; generated files: " + mfs.getFilePaths());
            System.exit(1);
        }
        String props = "# written by engine/src/build/java/PrecompileBuiltinPack.java: the built-in pack compiled to Drools' executable model\n"
                + "pack.sha256=" + pack.sha256() + "\n"
                + "models=" + String.join(",", models) + "\n";
        write(out.resolve(PROPERTIES), props.getBytes(StandardCharsets.UTF_8));
        // and its catalogue, for the commands that print metadata (rules, explain, diff) without reading the DRL again
        org.matrisk.engine.pack.PackMetadata.writeCatalog(pack, out);
        System.out.println("built-in pack " + pack.sha256() + " precompiled: " + classes + " classes, models " + models
                + " (" + (System.nanoTime() - t0) / 1_000_000 + " ms)");
    }

    private static void write(Path p, byte[] bytes) {
        try {
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
