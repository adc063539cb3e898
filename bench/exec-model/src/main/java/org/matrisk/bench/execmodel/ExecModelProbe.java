package org.matrisk.bench.execmodel;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.mvel.parser.DrlxParser;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.model.KieModuleModel;

/**
 * Compiles a pack's DRL with Drools' executable model and prints what fails: first every constraint the
 * DRLX expression parser rejects (file:line, expression, error), then the model compiler's messages
 * (for generated Java: the generated file and line; the source of each failing file follows in the
 * message). Arguments: ENGINE_CLASSES PACK_DIR [OUT_DIR]; with OUT_DIR and no error the generated
 * sources and classes are written there. Exit 0 when the pack compiles, 1 otherwise.
 */
public final class ExecModelProbe {
    private static final Set<Object> SEEN = Collections.newSetFromMap(new IdentityHashMap<>());
    private static int parseErrors;

    public static void main(String[] args) throws Exception {
        Path engine = Path.of(args[0]), pack = Path.of(args[1]);
        String out = args.length > 2 && args[2] != null ? args[2] : "";
        List<Path> drl;
        try (var s = Files.list(pack)) { drl = s.filter(p -> p.toString().endsWith(".drl")).sorted().toList(); }
        System.out.println("== DRLX parse of every constraint");
        for (Path p : drl) walk(p.getFileName().toString(), new DrlParser().parse(false, Files.readString(p)));
        System.out.println(parseErrors + " constraint(s) rejected by the DRLX parser");

        ClassLoader cl = new URLClassLoader(new URL[] {engine.toUri().toURL()}, ExecModelProbe.class.getClassLoader());
        Thread.currentThread().setContextClassLoader(cl);
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(ks.newReleaseId("org.matrisk", "builtin-probe", "1"));
        KieModuleModel module = ks.newKieModuleModel();
        module.setConfigurationProperty("drools.kbuilder.severity.duplicateRule", "ERROR");
        module.setConfigurationProperty("drools.kbuilder.severity.duplicateFunction", "ERROR");
        kfs.writeKModuleXML(module.toXML());
        for (Path p : drl) kfs.write("src/main/resources/org/matrisk/rules/builtin/" + p.getFileName(), Files.readString(p));
        long t0 = System.nanoTime();
        System.out.println("== executable model compile");
        KieBuilder kb;
        try {
            kb = ks.newKieBuilder(kfs, cl).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            Throwable t = e;
            while (t.getCause() != null && t.getCause() != t) t = t.getCause();
            System.out.println("the model compiler threw: " + t.toString().lines().limit(20).reduce((a, b) -> a + "\n" + b).orElse(""));
            e.printStackTrace(System.out);
            System.exit(1);
            return;
        }
        System.out.println("compile ms " + (System.nanoTime() - t0) / 1_000_000);
        int errors = 0;
        for (Message m : kb.getResults().getMessages(Message.Level.ERROR)) {
            errors++;
            String text = m.getText();
            int cut = text.indexOf(" in error:");
            System.out.println("ERROR " + m.getPath() + ":" + m.getLine() + " " + (cut > 0 ? text.substring(0, cut + 9) + " (source follows in the message)" : text));
        }
        System.out.println(errors + " error(s)");
        if (errors == 0 && !out.isBlank()) {
            Object km = kb.getKieModule();
            if (km instanceof org.drools.modelcompiler.CanonicalKieModule c) km = c.getInternalKieModule();
            ((MemoryKieModule) km).getMemoryFileSystem().writeAsFs(Path.of(out).toFile());
            System.out.println("generated sources and classes written to " + out);
        }
        System.exit(errors == 0 && parseErrors == 0 ? 0 : 1);
    }

    private static void walk(String file, Object o) throws Exception {
        if (o == null || !SEEN.add(o)) return;
        if (o instanceof Collection<?> c) { for (Object x : c) walk(file, x); return; }
        if (!(o instanceof BaseDescr d)) return;
        if (o instanceof org.drools.drl.ast.descr.FromDescr f && f.getDataSource() != null) {
            try {
                DrlxParser.parseExpression(DrlxParser.buildDrlxParserWithArguments(List.of()), f.getDataSource().toString());
            } catch (RuntimeException t) {
                parseErrors++;
                System.out.println(file + ":" + d.getLine() + ": from [" + f.getDataSource() + "] " + String.valueOf(t.getMessage()).lines().findFirst().orElse(""));
            }
        }
        if (o instanceof ExprConstraintDescr e) {
            try {
                DrlxParser.parseExpression(DrlxParser.buildDrlxParserWithArguments(List.of()), e.getExpression());
            } catch (RuntimeException t) {
                parseErrors++;
                System.out.println(file + ":" + d.getLine() + ": [" + e.getExpression() + "] " + String.valueOf(t.getMessage()).lines().findFirst().orElse(""));
            }
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || !m.getName().startsWith("get") || m.getName().equals("getParent")) continue;
            Class<?> r = m.getReturnType();
            if (BaseDescr.class.isAssignableFrom(r) || Collection.class.isAssignableFrom(r)) {
                try { walk(file, m.invoke(o)); } catch (InvocationTargetException ignore) { }
            }
        }
    }
}
