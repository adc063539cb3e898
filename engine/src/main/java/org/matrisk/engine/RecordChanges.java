package org.matrisk.engine;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The members in which a new version of the document differs from the one it replaces in a session, for a
 * property-specific update: Drools then evaluates again only the patterns that read one of them. A member
 * counts as changed unless it is the same object, or an equal value that is neither a collection nor an
 * input record.
 */
public final class RecordChanges {
    private RecordChanges() {}

    private record Accessors(String[] names, Method[] methods) {}

    /** The document's members (record components and their accessors), in declaration order. */
    private static final Accessors DOCUMENT = accessors(org.matrisk.model.TrustDocument.class);

    /**
     * The changed members' names, or null to update everything: when {@code a} and {@code b} are not both
     * {@link org.matrisk.model.TrustDocument}s (the one root record with bean getters, which is how Drools learns a
     * class's properties; for the others a property-specific update fails with "Unknown property").
     */
    public static String[] changed(Object a, Object b) {
        if (!(a instanceof org.matrisk.model.TrustDocument) || !(b instanceof org.matrisk.model.TrustDocument) || DOCUMENT == null) return null;
        List<String> out = new ArrayList<>(2);
        try {
            for (int i = 0; i < DOCUMENT.methods.length; i++) {
                Object x = DOCUMENT.methods[i].invoke(a), y = DOCUMENT.methods[i].invoke(b);
                if (!same(x, y)) out.add(DOCUMENT.names[i]);
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
