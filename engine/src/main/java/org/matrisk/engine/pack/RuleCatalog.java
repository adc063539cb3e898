package org.matrisk.engine.pack;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The rules of a pack by id, in catalogue order (area, then id). */
public final class RuleCatalog {
    private final Map<String, RuleMeta> byId;
    private final List<RuleMeta> ordered;

    public RuleCatalog(Collection<RuleMeta> rules) {
        this.byId = new TreeMap<>();
        rules.forEach(r -> byId.put(r.id(), r));
        this.ordered = byId.values().stream()
                .sorted(Comparator.comparing(RuleMeta::area).thenComparing(RuleMeta::id))
                .toList();
    }

    public Optional<RuleMeta> find(String id) { return Optional.ofNullable(byId.get(id)); }
    public RuleMeta get(String id) {
        RuleMeta m = byId.get(id);
        if (m == null) throw new IllegalArgumentException("no rule " + id + " in this pack");
        return m;
    }
    public List<RuleMeta> rules() { return ordered; }
    public int size() { return ordered.size(); }
}
