package org.matrisk.engine.params;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every dated parameter of a rule pack, resolved "as at" a day. Immutable and thread-safe;
 * resolutions are memoised since rules ask for the same (name, day) pairs over and over.
 */
public final class ParameterSet {
    private final Map<String, Parameter> parameters;
    private final Map<Key, ParamValue> cache = new ConcurrentHashMap<>();

    private record Key(String name, LocalDate day) {}

    public ParameterSet(Map<String, Parameter> parameters) {
        this.parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    public boolean has(String name) { return parameters.containsKey(name); }
    public Set<String> names() { return parameters.keySet(); }
    public Parameter get(String name) {
        Parameter p = parameters.get(name);
        if (p == null) throw new IllegalArgumentException("unknown parameter \"" + name + "\"");
        return p;
    }

    /** The value of {@code name} in force on {@code day}. Unknown names are an error. */
    public ParamValue at(String name, LocalDate day) {
        Key key = new Key(name, day);
        ParamValue cached = cache.get(key);
        if (cached != null) return cached;
        Parameter p = get(name);
        DatedValue v = p.valueOn(day);
        ParamValue resolved = v == null
                ? new ParamValue(name, p.type(), null, null, null, null, day)
                : new ParamValue(name, p.type(), v.value(), v.from(), v.source(), v.url(), day);
        if (cache.size() < 100_000) cache.put(key, resolved);
        return resolved;
    }
}
