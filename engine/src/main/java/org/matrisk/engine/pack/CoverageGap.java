package org.matrisk.engine.pack;

import java.util.ArrayList;
import java.util.List;
import org.matrisk.model.Section;

/**
 * One group of a rule's {@code @partial} metadata: the pointer of an item collection the rule judges item by item,
 * and the sections whose partial state leaves unlisted items unjudged (catalogue v2 Readings 7.2). On a version 2
 * document, each group with a partial section gives the rule one UNKNOWN entry citing {@code items} with
 * {@code missing: ["coverage.<section>", ...]}, whatever else the rule finds.
 * <pre>
 * &#64;partial("/transactions: transactions; /transfers: transfers")
 * </pre>
 */
public record CoverageGap(String items, List<Section> sections) {

    /** The groups of a {@code @partial} value ({@code POINTER: section, section; POINTER: ...}); blank gives none. */
    public static List<CoverageGap> parse(String value) {
        if (value == null || value.isBlank()) return List.of();
        List<CoverageGap> out = new ArrayList<>();
        for (String group : value.strip().split("\\s*;\\s*")) {
            int colon = group.indexOf(':');
            if (colon < 0) throw new IllegalArgumentException("@partial group \"" + group + "\" is not POINTER: section, section");
            String items = group.substring(0, colon).strip();
            if (!items.startsWith("/")) throw new IllegalArgumentException("@partial: \"" + items + "\" is not a JSON Pointer");
            List<Section> sections = new ArrayList<>();
            for (String s : group.substring(colon + 1).strip().split("\\s*,\\s*")) {
                Section sec = Section.byKey(s);
                if (sec == null) throw new IllegalArgumentException("@partial: unknown section \"" + s + "\"");
                sections.add(sec);
            }
            out.add(new CoverageGap(items, List.copyOf(sections)));
        }
        return List.copyOf(out);
    }
}
