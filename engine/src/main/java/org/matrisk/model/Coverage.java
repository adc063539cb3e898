package org.matrisk.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.matrisk.engine.facts.Tri;

/**
 * What a document says about its own completeness, and the values it gives only approximately
 * (contract trust-data-v2.md sections 2 and 3). One per document; a fact of every evaluation.
 *
 * <ul>
 * <li>{@code catalogue}: 1 for a version 1 document (catalogue v1, every section complete), 2 for a
 *     version 2 document or a version 1 document read with {@code --upgrade-v1}.</li>
 * <li>{@code sections}: the declared entries; a section not named is partial.</li>
 * <li>{@code nulls}: the pointers of none-able fields given as JSON {@code null} (a documented none, 2.4a),
 *     e.g. {@code /transactions/3/approvalRef}. Always empty in a version 1 document.</li>
 * <li>{@code months}: fields given as a month ({@code 2016-02}), by field pointer ({@code /transactions/3/date});
 *     the model's {@code LocalDate} component of such a field is null.</li>
 * <li>{@code bands}: fields given as a band ({@code salaryBand}), by the pointer of the plain field
 *     ({@code /pay/0/salary}); the model's {@code BigDecimal} component is null.</li>
 * </ul>
 */
public record Coverage(int catalogue, Map<Section, Entry> sections, Set<String> nulls,
                       Map<String, DateSpan> months, Map<String, MoneyRange> bands) {

    /** One {@code coverage} member: {@code complete}, {@code source}, {@code asAt} (as given, informational). */
    public record Entry(boolean complete, String source, String asAt) {}

    private static final Map<Section, Entry> ALL_COMPLETE;
    static {
        Map<Section, Entry> m = new EnumMap<>(Section.class);
        for (Section s : Section.values()) m.put(s, new Entry(true, "schema version 1", null));
        ALL_COMPLETE = Collections.unmodifiableMap(m);
    }

    /** A version 1 document: catalogue v1, every section complete, exact values only. */
    public static final Coverage V1 = new Coverage(1, ALL_COMPLETE, Set.of(), Map.of(), Map.of());

    public boolean isV2() { return catalogue >= 2; }

    public boolean complete(Section s) {
        Entry e = sections.get(s);
        return e != null && e.complete();
    }

    public boolean partial(Section s) { return !complete(s); }

    /** The given field of the item at {@code itemPointer} was written as JSON null (a documented none). */
    public boolean documentedNone(String itemPointer, String field) {
        return !nulls.isEmpty() && nulls.contains(itemPointer + "/" + field);
    }

    /**
     * "The none-able field is none" (v1's "absent means none") for a field of {@code section}: FALSE when a
     * value is given, TRUE when it is documented none or the section is complete, otherwise UNKNOWN.
     */
    public Tri none(Section section, String itemPointer, String field, Object value) {
        if (value != null) return Tri.FALSE;
        if (complete(section) || documentedNone(itemPointer, field)) return Tri.TRUE;
        return Tri.UNKNOWN;
    }

    /** True when some documented none, month or band is keyed below {@code prefix} (e.g. {@code /transactions/}). */
    public boolean keysBelow(String prefix) {
        for (String k : nulls) if (k.startsWith(prefix)) return true;
        for (String k : months.keySet()) if (k.startsWith(prefix)) return true;
        for (String k : bands.keySet()) if (k.startsWith(prefix)) return true;
        return false;
    }

    /**
     * This coverage with the documented nones, months and bands of items that moved keyed by their new pointer:
     * {@code moves} maps an item's old pointer ({@code /transactions/3}) to its new one; a key below an old pointer
     * that is not in {@code moves} (an item dropped) is dropped; keys of other collections are kept.
     *
     * @param collection the collection whose items moved, e.g. {@code /transactions}
     */
    public Coverage moved(String collection, Map<String, String> moves) {
        String prefix = collection + "/";
        java.util.function.Function<String, String> rekey = k -> {
            if (!k.startsWith(prefix)) return k;
            int slash = k.indexOf('/', prefix.length());
            String item = slash < 0 ? k : k.substring(0, slash);
            String to = moves.get(item);
            return to == null ? null : to + (slash < 0 ? "" : k.substring(slash));
        };
        Set<String> n = new java.util.HashSet<>();
        for (String k : nulls) { String r = rekey.apply(k); if (r != null) n.add(r); }
        Map<String, DateSpan> m = new java.util.HashMap<>();
        months.forEach((k, v) -> { String r = rekey.apply(k); if (r != null) m.put(r, v); });
        Map<String, MoneyRange> b = new java.util.HashMap<>();
        bands.forEach((k, v) -> { String r = rekey.apply(k); if (r != null) b.put(r, v); });
        return new Coverage(catalogue, sections, Set.copyOf(n), Map.copyOf(m), Map.copyOf(b));
    }

    /** The date of a field as a span: exact when {@code exact} is given, the month when given as one, else null. */
    public DateSpan date(String itemPointer, String field, LocalDate exact) {
        if (exact != null) return DateSpan.of(exact);
        return months.isEmpty() ? null : months.get(itemPointer + "/" + field);
    }

    /** The amount of a field as a range: exact when {@code exact} is given, the band when given as one, else null. */
    public MoneyRange money(String itemPointer, String field, BigDecimal exact) {
        if (exact != null) return MoneyRange.of(exact);
        return bands.isEmpty() ? null : bands.get(itemPointer + "/" + field);
    }
}
