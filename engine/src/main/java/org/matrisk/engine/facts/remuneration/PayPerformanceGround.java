package org.matrisk.engine.facts.remuneration;

import java.util.ArrayList;
import java.util.List;
import org.matrisk.engine.facts.Tri;

/**
 * Derived (PAY-06): one of the conditions under which a high executive salary is not commensurate with
 * performance, when it holds ({@link Tri#TRUE}) or cannot be judged ({@link Tri#UNKNOWN}); grounds that
 * are definitely false are not derived.
 *
 * @param ground  {@code DEFICIT} (revenueReserves &lt; 0), {@code NOTICE} (a trust notice open on asOf) or
 *                {@code OFSTED} (an academy whose latest grade on asOf is INADEQUATE)
 * @param pointer what the ground cites (the field, the notice, the academy; or the object lacking data)
 * @param field   the field examined (null for an UNKNOWN ground)
 * @param value   its value
 * @param missing for an UNKNOWN ground, the absent data (an absolute pointer)
 * @param text    the ground in words, for messages
 */
public record PayPerformanceGround(String ground, Tri status, String pointer, String field, Object value, String missing, String text) {

    /** Grounds in input order (by pointer). */
    public static List<PayPerformanceGround> ordered(List<?> grounds) {
        List<PayPerformanceGround> out = new ArrayList<>(grounds.size());
        for (Object g : grounds) out.add((PayPerformanceGround) g);
        out.sort((a, b) -> org.matrisk.engine.PointerOrder.INSTANCE.compare(a.pointer(), b.pointer()));
        return out;
    }

    /** The texts of several grounds joined for a message. */
    public static String describe(List<?> grounds) {
        List<String> texts = new ArrayList<>();
        for (PayPerformanceGround g : ordered(grounds)) texts.add(g.text());
        return String.join(", and ", texts);
    }
}
