package org.matrisk.engine;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The members in which a new version of a root record of a document (the document, its trust, finance,
 * governance, coverage) differs from the one it replaces in a session, for a property-specific update:
 * Drools then evaluates again only the patterns that read one of them. A member counts as changed
 * unless it is the same object, or an equal value that is neither a collection nor an input record.
 */
public final class RecordChanges {
    private RecordChanges() {}

    private static final Map<Class<?>, Accessors> ACCESSORS = new ConcurrentHashMap<>();

    private record Accessors(String[] names, Method[] methods) {}

    /**
     * The changed members' names, or null to update everything: when {@code a} and {@code b} are not both
     * {@link org.matrisk.model.TrustDocument}s (the one root record with bean getters, which is how Drools learns a
     * class's properties; for the others a property-specific update fails with "Unknown property").
     */
    public static String[] changed(Object a, Object b) {
        if (!(a instanceof org.matrisk.model.TrustDocument) || b == null || a.getClass() != b.getClass()) return null;
        Accessors acc = ACCESSORS.computeIfAbsent(a.getClass(), RecordChanges::accessors);
        if (acc == null) return null;
        List<String> out = new ArrayList<>(2);
        try {
            for (int i = 0; i < acc.methods.length; i++) {
                Object x = acc.methods[i].invoke(a), y = acc.methods[i].invoke(b);
                if (!same(x, y)) out.add(acc.names[i]);
            }
        } catch (ReflectiveOperationException e) {
            return null;
        }
        return out.isEmpty() ? null : out.toArray(new String[0]);
    }

    private static boolean same(Object x, Object y) {
        if (x == y) return true;
        if (x == null || y == null || x instanceof Collection<?> || x.getClass().getPackageName().equals("org.matrisk.model")) return false;
        return x.equals(y);
    }

    private static Accessors accessors(Class<?> c) {
        RecordComponent[] rc = c.getRecordComponents();
        String[] names = new String[rc.length];
        Method[] methods = new Method[rc.length];
        for (int i = 0; i < rc.length; i++) {
            names[i] = rc[i].getName();
            methods[i] = rc[i].getAccessor();
            try {
                methods[i].setAccessible(true);
            } catch (RuntimeException e) {
                return null;
            }
        }
        return new Accessors(names, methods);
    }
}
