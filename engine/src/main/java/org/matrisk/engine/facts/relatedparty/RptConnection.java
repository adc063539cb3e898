package org.matrisk.engine.facts.relatedparty;

import java.util.List;
import org.matrisk.engine.facts.Tri;

/**
 * A Kleene value of catalogue v2 relatedness ({@link RptNetwork}) with the first route found in words (Readings 7.7:
 * route 1, 2, 3, then paths by length and party id), the person and the pointer it cites, and, when UNKNOWN, the
 * partial sections that leave it so ({@code coverage.<section>}).
 */
public record RptConnection(Tri value, String text, String personId, String pointer, List<String> missing) {
    static RptConnection of(Tri v, String text, String personId, String pointer) { return new RptConnection(v, text, personId, pointer, List.of()); }

    public boolean isTrue() { return value == Tri.TRUE; }

    public boolean isUnknown() { return value == Tri.UNKNOWN; }
}
