package org.matrisk.output;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** Finds output formats by name: the providers on the class path, or a provider class name. */
public final class AssessmentWriters {
    private AssessmentWriters() {}

    public static List<AssessmentWriterProvider> available() {
        TreeMap<String, AssessmentWriterProvider> byName = new TreeMap<>();
        for (AssessmentWriterProvider p : ServiceLoader.load(AssessmentWriterProvider.class)) byName.putIfAbsent(p.name(), p);
        return new ArrayList<>(byName.values());
    }

    public static AssessmentWriterProvider provider(String nameOrClass) {
        for (AssessmentWriterProvider p : available()) if (p.name().equalsIgnoreCase(nameOrClass)) return p;
        if (nameOrClass.contains(".")) {
            try {
                Class<?> c = Class.forName(nameOrClass, true, Thread.currentThread().getContextClassLoader());
                return (AssessmentWriterProvider) c.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalArgumentException("cannot use " + nameOrClass + " as an output format: " + e, e);
            }
        }
        throw new IllegalArgumentException("unknown output format \"" + nameOrClass + "\"; available: "
                + available().stream().map(AssessmentWriterProvider::name).toList());
    }

    public static AssessmentWriter open(String nameOrClass, OutputStream out, WriterOptions options) {
        return provider(nameOrClass).open(out, options);
    }
}
