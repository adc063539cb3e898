package org.matrisk.engine;

import org.matrisk.model.Coverage;
import org.matrisk.model.Section;
import org.matrisk.engine.pack.CoverageGap;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.matrisk.engine.facts.Outcome;
import org.matrisk.engine.pack.RuleCatalog;
import org.matrisk.engine.pack.RuleMeta;
import org.matrisk.model.TrustDocument;

/**
 * Declared data needs: the {@code @requires} metadata of a primary rule, and the UNKNOWN outcomes
 * that follow from it when the data is absent from a document.
 *
 * <h2>Paths</h2>
 * A path names a field of the trust document, JSON-Pointer-like: segments separated by {@code /}
 * (a leading {@code /} is optional: {@code transactions} = {@code /transactions}), each segment the
 * name of a field of the object reached so far ({@code /governance/boardMeetings}), or {@code *}
 * after a list: every item of the list ({@code /finance/forecast/* /revenueReserves}, without the
 * space). Field names are those of the trust-data contract (the components of the
 * {@code org.matrisk.model} records). A path ends with a field, never with {@code *}; a field that
 * can never be absent (a {@code boolean} or {@code int}) cannot be required.
 *
 * <h2>Semantics</h2>
 * A path is <em>absent</em> on a document when its last field is {@code null} on an object that
 * exists; when an object on the way is itself absent (a {@code null} parent, or a list with no
 * items) the need does not apply there (require the parent too if it is needed). For each rule, the
 * absent fields are grouped by the object that lacks them, and each object gives one UNKNOWN outcome
 * citing it ({@code /finance}, an item's pointer such as {@code /finance/forecast/2}, or {@code ""}
 * for the document itself) with its absent fields in the declared order:
 * {@code Outcome.unknown(id).at(object).missing(field, ...)}. These are exactly the outcomes the
 * hand-written "unknown: X absent" companions recorded, and they combine with the rule's FAIL
 * outcomes like them (a FAIL beats an UNKNOWN for the same rule and subject).
 *
 * <p>Paths are checked against the model records when the pack is compiled ({@link #path}) and
 * resolved once (record accessors found by reflection, cached per path).
 */
public final class DataNeeds {
    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    /** Record components that are not fields of the input document. */
    private static final Set<String> NOT_IN_DOCUMENT = Set.of("pointer", "info");
    private static final Map<String, Path> COMPILED = new ConcurrentHashMap<>();

    private final List<Need> needs;

    /** The needs of every rule of the catalogue that declares {@code @requires}. */
    public DataNeeds(RuleCatalog catalog) {
        List<Need> list = new ArrayList<>();
        for (RuleMeta r : catalog.rules())
            if (!r.requires().isEmpty() || !r.coverage().isEmpty())
                list.add(new Need(r.id(), r.requires().stream().map(DataNeeds::compiled).toList(), r.coverage(), r.since()));
        this.needs = List.copyOf(list);
    }

    private record Need(String ruleId, List<Path> paths, List<CoverageGap> gaps, int since) {}

    /**
     * The UNKNOWN outcomes of every rule whose declared data is absent from {@code doc}, and, on a version 2
     * document, the section-level UNKNOWN of every rule whose {@code @partial} names a partial section
     * (catalogue v2 Readings 7.2: unlisted items were not judged).
     */
    public List<Outcome> unknowns(TrustDocument doc) {
        List<Outcome> out = new ArrayList<>();
        Coverage coverage = doc.coverage();
        for (Need n : needs) {
            if (n.since() > doc.catalogue()) continue; // a rule of a later catalogue (@catalogue)
            if (!n.paths().isEmpty()) {
                Map<String, List<String>> absent = absent(doc, n.paths());
                absent.forEach((object, fields) -> out.add(Outcome.unknown(n.ruleId()).at(object).missing(fields.toArray(new String[0])).done()));
            }
            if (!coverage.isV2()) continue;
            for (CoverageGap g : n.gaps()) {
                List<String> partial = new ArrayList<>();
                for (Section s : g.sections()) if (coverage.partial(s)) partial.add("coverage." + s.key());
                if (!partial.isEmpty()) out.add(Outcome.unknown(n.ruleId()).at(g.items()).missing(partial.toArray(new String[0])).done());
            }
        }
        return out;
    }

    /**
     * The outcomes of {@link #unknowns} that cite one item of {@code doc}'s transactions, {@code t} (item
     * {@code index} of the list): those of the paths through {@code /transactions/*}, walked on {@code t} alone. When
     * {@code doc}'s transactions are a list {@code L} followed by {@code t}, {@code unknowns(doc)} is
     * {@code unknowns} of the document with {@code L} together with these (every other outcome cites another item or
     * does not depend on the transactions), so an inline check need not walk the whole ledger.
     */
    public List<Outcome> unknownsOfTransaction(TrustDocument doc, org.matrisk.model.Transaction t, int index) {
        List<Outcome> out = new ArrayList<>(2);
        String pointer = itemPointer(t, "/transactions/" + index);
        for (Need n : needs) {
            if (n.since() > doc.catalogue() || n.paths().isEmpty()) continue;
            Map<String, List<String>> absent = new LinkedHashMap<>();
            for (Path p : n.paths()) {
                if (p.steps.size() < 2 || !p.steps.get(0).name().equals("transactions") || !p.steps.get(0).items()) continue;
                p.walk(t, pointer, 1, absent, doc.coverage());
            }
            absent.forEach((object, fields) -> out.add(Outcome.unknown(n.ruleId()).at(object).missing(fields.toArray(new String[0])).done()));
        }
        return out;
    }

    /** The absent fields of {@code paths} on {@code doc}, by the pointer of the object lacking them, in declared order. */
    public static Map<String, List<String>> absent(TrustDocument doc, List<Path> paths) {
        Map<String, List<String>> absent = new LinkedHashMap<>();
        for (Path p : paths) p.walk(doc, "", 0, absent, doc.coverage());
        return absent;
    }

    /**
     * Checks one {@code @requires} path against the model and returns it in canonical form (with a
     * leading {@code /}).
     *
     * @throws IllegalArgumentException naming the path and what is wrong with it
     */
    public static String path(String text) {
        return compiled(text).text();
    }

    /** The compiled form of a path (cached). */
    public static Path compiled(String text) {
        String key = text.strip();
        Path p = COMPILED.get(key);
        if (p == null) {
            p = compile(key);
            COMPILED.putIfAbsent(key, p);
        }
        return p;
    }

    /** The paths of a {@code @requires} value: comma-separated, each checked; blank gives none. */
    public static List<String> paths(String value) {
        if (value == null || value.isBlank()) return List.of();
        List<String> out = new ArrayList<>();
        for (String s : value.strip().split("\\s*,\\s*")) {
            String p = path(s);
            if (out.contains(p)) throw new IllegalArgumentException("@requires names \"" + p + "\" twice");
            out.add(p);
        }
        return List.copyOf(out);
    }

    /** One step of a path: a record field, whose value is walked as one object or, with {@code items}, as a list of items. */
    private record Step(String name, Method accessor, boolean items) {}

    /** A compiled path: its canonical text and steps. */
    public static final class Path {
        private final String text;
        private final List<Step> steps;

        private Path(String text, List<Step> steps) {
            this.text = text;
            this.steps = steps;
        }

        public String text() { return text; }

        @Override
        public String toString() { return text; }

        private void walk(Object object, String pointer, int i, Map<String, List<String>> absent, Coverage coverage) {
            Step s = steps.get(i);
            Object value = get(s.accessor(), object);
            if (i == steps.size() - 1) {
                // a field given as a month or a band (version 2) is present, only not exact
                if (value == null && !coverage.months().containsKey(pointer + "/" + s.name())
                        && !coverage.bands().containsKey(pointer + "/" + s.name())) {
                    List<String> fields = absent.computeIfAbsent(pointer, k -> new ArrayList<>());
                    if (!fields.contains(s.name())) fields.add(s.name());
                }
                return;
            }
            if (value == null) return; // the need does not apply under an absent object
            String here = pointer + "/" + s.name();
            if (!s.items()) {
                walk(value, here, i + 1, absent, coverage);
                return;
            }
            int k = 0;
            for (Object item : (List<?>) value) {
                if (item != null) walk(item, itemPointer(item, here + "/" + k), i + 1, absent, coverage);
                k++;
            }
        }
    }

    private static Object get(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("reading " + accessor + " failed", e.getCause());
        }
    }

    /** An item's own JSON Pointer (its {@code pointer} component), or the list's pointer and the index. */
    private static String itemPointer(Object item, String byIndex) {
        Method m = POINTERS.computeIfAbsent(item.getClass(), DataNeeds::pointerAccessor).orElse(null);
        Object p = m == null ? null : get(m, item);
        return p == null ? byIndex : p.toString();
    }

    private static final Map<Class<?>, java.util.Optional<Method>> POINTERS = new ConcurrentHashMap<>();

    private static java.util.Optional<Method> pointerAccessor(Class<?> type) {
        if (!type.isRecord()) return java.util.Optional.empty();
        return Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals("pointer") && c.getType() == String.class)
                .map(RecordComponent::getAccessor).findFirst();
    }

    private static Path compile(String text) {
        String body = text.startsWith("/") ? text.substring(1) : text;
        if (body.isEmpty()) throw new IllegalArgumentException("@requires names an empty path" + (text.isEmpty() ? "" : " \"" + text + "\""));
        String[] segments = body.split("/", -1);
        String canonical = "/" + body;
        List<Step> steps = new ArrayList<>();
        Class<?> type = TrustDocument.class;
        Type generic = TrustDocument.class;
        for (int i = 0; i < segments.length; i++) {
            String seg = segments[i];
            String at = "@requires \"" + canonical + "\": ";
            if (seg.equals("*")) {
                if (steps.isEmpty() || steps.get(steps.size() - 1).items() || !List.class.isAssignableFrom(type))
                    throw new IllegalArgumentException(at + "* must follow a list (it stands for every item of the list)");
                Class<?> element = elementType(generic);
                if (element == null || !element.isRecord())
                    throw new IllegalArgumentException(at + "the items of " + steps.get(steps.size() - 1).name() + " have no fields");
                Step last = steps.remove(steps.size() - 1);
                steps.add(new Step(last.name(), last.accessor(), true));
                if (i == segments.length - 1) throw new IllegalArgumentException(at + "a path ends with a field, not with *");
                type = element;
                generic = element;
                continue;
            }
            if (!FIELD.matcher(seg).matches())
                throw new IllegalArgumentException(at + (seg.isEmpty() ? "an empty segment" : "\"" + seg + "\" is not a field name (letters and digits, or *)"));
            if (!type.isRecord()) {
                String owner = steps.get(steps.size() - 1).name();
                throw new IllegalArgumentException(at + (List.class.isAssignableFrom(type)
                        ? owner + " is a list: name its items with * (/" + String.join("/", Arrays.copyOf(segments, i)) + "/*/" + seg + ")"
                        : owner + " has no fields"));
            }
            RecordComponent c = component(type, seg);
            if (c == null) throw new IllegalArgumentException(at + "unknown field \"" + seg + "\" of " + type.getSimpleName()
                    + " (fields: " + String.join(", ", fields(type)) + ")");
            if (i == segments.length - 1 && c.getType().isPrimitive())
                throw new IllegalArgumentException(at + seg + " is never absent (a " + c.getType().getName() + ")");
            steps.add(new Step(seg, c.getAccessor(), false));
            type = c.getType();
            generic = c.getGenericType();
        }
        return new Path(canonical, List.copyOf(steps));
    }

    /** The component named {@code name}, or the one the model stores as {@code nameGiven} (a field with a default, such as asOf). */
    private static RecordComponent component(Class<?> type, String name) {
        if (NOT_IN_DOCUMENT.contains(name)) return null;
        for (RecordComponent c : type.getRecordComponents()) if (c.getName().equals(name)) return c;
        for (RecordComponent c : type.getRecordComponents()) if (c.getName().equals(name + "Given")) return c;
        return null;
    }

    private static List<String> fields(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .filter(n -> !NOT_IN_DOCUMENT.contains(n)).map(n -> n.endsWith("Given") ? n.substring(0, n.length() - 5) : n).toList();
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType pt && pt.getActualTypeArguments().length == 1 && pt.getActualTypeArguments()[0] instanceof Class<?> c)
            return c;
        return null;
    }
}
