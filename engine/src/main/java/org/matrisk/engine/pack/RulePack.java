package org.matrisk.engine.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.matrisk.engine.params.Parameter;
import org.matrisk.engine.params.ParameterFiles;
import org.matrisk.engine.params.ParameterSet;

/**
 * A rule pack: DRL files (rule metadata is declared beside each rule), dated parameter files
 * ({@code parameters/*.json}) and {@code pack.json}:
 * <pre>
 * { "id": "cash-reserves", "version": "1", "description": "...",
 *   "mode": "extend",                       // or "replace"; default "extend" (see {@link #load})
 *   "overrides": ["gov.minBoardMeetings"],  // built-in parameters this pack redefines (extend only)
 *   "files": { "reserves.drl": "&lt;sha256&gt;", "parameters/reserves.json": "&lt;sha256&gt;" } }
 * </pre>
 * <p><b>Tamper evidence.</b> {@code files} lists the sha256 of every {@code .drl} and {@code .json}
 * file of the pack except {@code pack.json}. Loading refuses a pack whose files differ from it (a
 * modified file, a listed file missing, an unlisted file, or no {@code files} at all) unless it is
 * loaded with {@code allowModified} (command line: {@code --allow-modified-rules}); then the pack is
 * used as it is and each difference becomes a {@link #warnings() warning}. {@link #writeManifest}
 * (or {@link Manifest}'s {@code main}) writes the manifest.
 *
 * <p><b>Identity.</b> {@link #sha256()} identifies the exact content read: the sha256 of the lines
 * {@code <path> <sha256 of file>\n} for every {@code .drl} and {@code .json} file including
 * {@code pack.json}, sorted by path. A {@link #combine combined} pack has id {@code base+custom},
 * version {@code v1+v2} and the sha256 of the lines {@code <id> <sha256>\n} of its components in order.
 */
public final class RulePack {
    public static final String BUILTIN_ROOT = "org/matrisk/rules/builtin";
    public static final String MANIFEST = "pack.json";

    /** How a pack given on the command line relates to the built-in pack ({@code "mode"} in pack.json). */
    public enum Mode {
        /** The pack's rules and parameters are added to the built-in pack's (the default). */
        EXTEND,
        /** The pack is used alone, instead of the built-in pack. */
        REPLACE
    }

    /** One pack inside a (possibly combined) pack. */
    public record Component(String id, String version, String sha256, String origin) {}

    /** One DRL file: the pack it came from and its path relative to that pack's root. */
    record Source(String pack, String path, String text) {}

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final String id;
    private final String version;
    private final String description;
    private final Mode mode;
    private final List<String> overrides;
    private final List<Source> sources;
    private final ParameterSet parameters;
    private final String sha256;
    private final String origin;
    private final Map<String, String> files;
    private final List<Component> components;
    private final List<String> warnings;

    private RulePack(String origin, String id, String version, String description, Mode mode, List<String> overrides,
                     List<Source> sources, ParameterSet parameters, String sha256, Map<String, String> files,
                     List<Component> components, List<String> warnings) {
        this.origin = origin;
        this.id = id;
        this.version = version;
        this.description = description;
        this.mode = mode;
        this.overrides = List.copyOf(overrides);
        this.sources = List.copyOf(sources);
        this.parameters = parameters;
        this.sha256 = sha256;
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
        this.components = components == null ? List.of(new Component(id, version, sha256, origin)) : List.copyOf(components);
        this.warnings = List.copyOf(warnings);
    }

    public String id() { return id; }
    public String version() { return version; }
    /** The sha256 stamped on every assessment (see the class comment). */
    public String sha256() { return sha256; }
    /** Where the pack was read from: a directory, {@code builtin}, or {@code DIR (extending builtin)}. */
    public String origin() { return origin; }
    public String description() { return description; }
    public Mode mode() { return mode; }
    /** Built-in parameters this pack declares it redefines ({@code "overrides"} in pack.json). */
    public List<String> overrides() { return overrides; }
    /** The packs this one is made of, in order: itself alone, or the base pack then the custom pack. */
    public List<Component> components() { return components; }
    /** The sha256 of every file read, by path (of a combined pack: {@code <pack id>/<path>}). */
    public Map<String, String> files() { return files; }
    /** Differences from the manifest accepted by {@code allowModified}; empty for a verified pack. */
    public List<String> warnings() { return warnings; }
    public ParameterSet parameters() { return parameters; }

    /**
     * DRL sources by path: relative to the pack root, or for a combined pack {@code <pack id>/<path>}.
     * These are the file names problems are reported under.
     */
    public Map<String, String> drl() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Source s : sources) m.put(displayPath(s), s.text());
        return m;
    }

    List<Source> sources() { return sources; }

    String displayPath(Source s) { return components.size() > 1 ? s.pack() + "/" + s.path() : s.path(); }

    // ---- loading ------------------------------------------------------------------------------

    private static volatile RulePack builtin;

    /** The built-in pack, read once from the classpath and verified against its manifest. */
    public static RulePack builtin() {
        RulePack p = builtin;
        if (p == null) {
            synchronized (RulePack.class) {
                if (builtin == null) builtin = loadBuiltin(false);
                p = builtin;
            }
        }
        return p;
    }

    /** The built-in pack; with {@code allowModified} files differing from its manifest are accepted (with warnings). */
    public static RulePack builtin(boolean allowModified) {
        if (!allowModified) return builtin();
        RulePack strict = null;
        try {
            strict = builtin();
        } catch (RulePackException e) {
            // modified: read it again, accepting the differences
        }
        return strict != null ? strict : loadBuiltin(true);
    }

    private static RulePack loadBuiltin(boolean allowModified) {
        URL url = RulePack.class.getClassLoader().getResource(BUILTIN_ROOT + "/" + MANIFEST);
        if (url == null) throw new RulePackException("builtin", List.of("no " + BUILTIN_ROOT + "/" + MANIFEST + " on the classpath (is matrisk-rules there?)"));
        try {
            URI uri = url.toURI();
            // in a jar: its entries below the pack's directory, read with the jar's own index (a zip file system
            // indexes the whole shaded jar again: ~0.1 s of every command that reads the pack)
            if ("jar".equals(uri.getScheme())) {
                if (url.openConnection() instanceof java.net.JarURLConnection c) return read(readJarFiles(c, "builtin"), "builtin", allowModified);
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return read(fs.getPath("/" + BUILTIN_ROOT), "builtin", allowModified);
            }
            return read(Path.of(uri).getParent(), "builtin", allowModified);
        } catch (URISyntaxException | IOException e) {
            throw new RulePackException("builtin", List.of("cannot read the built-in pack: " + e));
        }
    }

    /**
     * Reads a pack from a directory on its own ({@code pack.json}, {@code *.drl} anywhere below,
     * {@code parameters/*.json}), verified against its manifest. It is not combined with the
     * built-in pack: for a pack given by a user use {@link #load(Path, boolean)}.
     */
    public static RulePack fromDirectory(Path root) {
        return fromDirectory(root, false);
    }

    /** As {@link #fromDirectory(Path)}; with {@code allowModified} files differing from the manifest are accepted (with warnings). */
    public static RulePack fromDirectory(Path root, boolean allowModified) {
        return read(root, root.toString(), allowModified);
    }

    /**
     * The pack to assess with when the user gives {@code --rules DIR}: the pack in {@code dir}
     * {@link #combine combined} with the built-in pack when its mode is {@code extend} (the default),
     * or alone when it is {@code replace}. {@code allowModified} applies to both packs.
     */
    public static RulePack load(Path dir, boolean allowModified) {
        RulePack custom = fromDirectory(dir, allowModified);
        return custom.mode() == Mode.REPLACE ? custom : combine(builtin(allowModified), custom);
    }

    /**
     * One pack made of {@code base}'s rules and parameters and {@code custom}'s. The custom pack may
     * add parameters; it may redefine a parameter of {@code base} only by naming it in its
     * {@code "overrides"}, keeping its type. Rule ids must not clash (checked by {@link PackCompiler}).
     */
    public static RulePack combine(RulePack base, RulePack custom) {
        List<String> problems = new ArrayList<>();
        String origin = custom.origin();
        if (custom.mode() == Mode.REPLACE)
            problems.add(MANIFEST + ": \"mode\": \"replace\" packs are used alone, not combined with " + base.id());
        for (Component c : custom.components()) for (Component b : base.components())
            if (c.id().equals(b.id())) problems.add(MANIFEST + ": the pack id \"" + c.id() + "\" is already used by the pack it extends; choose another id");
        Map<String, Parameter> merged = new TreeMap<>();
        for (String n : base.parameters().names()) merged.put(n, base.parameters().get(n));
        for (String n : custom.parameters().names()) {
            Parameter p = custom.parameters().get(n);
            Parameter old = merged.get(n);
            if (old != null && !custom.overrides().contains(n)) {
                problems.add("parameter \"" + n + "\" is already defined by the " + base.id() + " pack; a pack redefines it only by naming it in \"overrides\" in " + MANIFEST);
                continue;
            }
            if (old != null && old.type() != p.type()) {
                problems.add("parameter \"" + n + "\" overrides a " + base.id() + " parameter of type "
                        + old.type().name().toLowerCase(Locale.ROOT) + " with type " + p.type().name().toLowerCase(Locale.ROOT) + "; an override keeps the type");
                continue;
            }
            merged.put(n, p);
        }
        for (String n : custom.overrides())
            if (!base.parameters().has(n))
                problems.add(MANIFEST + ": \"overrides\" names \"" + n + "\", which is not a parameter of the " + base.id() + " pack");
            else if (!custom.parameters().has(n))
                problems.add(MANIFEST + ": \"overrides\" names \"" + n + "\" but the pack's parameters do not define it");
        if (!problems.isEmpty()) throw new RulePackException(origin, problems);

        List<Component> components = new ArrayList<>(base.components());
        components.addAll(custom.components());
        List<Source> sources = new ArrayList<>(base.sources());
        sources.addAll(custom.sources());
        Map<String, String> files = new TreeMap<>();
        for (RulePack p : List.of(base, custom))
            p.files().forEach((path, hash) -> files.put(p.components().size() > 1 ? path : p.id() + "/" + path, hash));
        List<String> warnings = new ArrayList<>();
        for (RulePack p : List.of(base, custom)) for (String w : p.warnings()) warnings.add(p.id() + ": " + w);
        String id = components.stream().map(Component::id).collect(Collectors.joining("+"));
        String version = components.stream().map(Component::version).collect(Collectors.joining("+"));
        StringBuilder lines = new StringBuilder();
        for (Component c : components) lines.append(c.id()).append(' ').append(c.sha256()).append('\n');
        return new RulePack(custom.origin() + " (extending " + base.id() + ")", id, version, custom.description(), Mode.EXTEND, custom.overrides(),
                sources, new ParameterSet(merged), sha256Hex(lines.toString().getBytes(StandardCharsets.UTF_8)), files, components, warnings);
    }

    static RulePack read(Path root, String origin, boolean allowModified) {
        if (!Files.isDirectory(root))
            throw new RulePackException(origin, List.of(origin + ": " + (Files.exists(root) ? "not a directory" : "no such directory")));
        return read(readFiles(root, origin), origin, allowModified);
    }

    /** A pack from its files' content (as {@link #readFiles} gives it), verified against its manifest. */
    private static RulePack read(Map<String, byte[]> content, String origin, boolean allowModified) {
        List<String> problems = new ArrayList<>();
        String id = null, version = null, description = null;
        Mode mode = Mode.EXTEND;
        List<String> overrides = new ArrayList<>();
        Map<String, String> listed = null;
        boolean parsed = false;
        byte[] manifest = content.get(MANIFEST);
        if (manifest == null) {
            problems.add(MANIFEST + ": missing (every pack needs one: {\"id\": ..., \"version\": ..., \"files\": {...}})");
        } else {
            JsonObject m = null;
            try {
                JsonElement e = JsonParser.parseString(new String(manifest, StandardCharsets.UTF_8));
                if (!e.isJsonObject()) problems.add(MANIFEST + ": not a JSON object");
                else m = e.getAsJsonObject();
            } catch (RuntimeException e) {
                problems.add(MANIFEST + ": not valid JSON: " + rootCause(e));
            }
            if (m != null) {
                parsed = true;
                id = string(m, "id", problems);
                version = string(m, "version", problems);
                description = m.has("description") && m.get("description").isJsonPrimitive() ? m.get("description").getAsString() : null;
                if (id == null) problems.add(MANIFEST + ": needs \"id\" (a name such as \"cash-reserves\")");
                else if (!ID.matcher(id).matches()) problems.add(MANIFEST + ": \"id\" \"" + id + "\" must be letters, digits, '.', '_' or '-'");
                if (version == null) problems.add(MANIFEST + ": needs \"version\"");
                else if (!ID.matcher(version).matches()) problems.add(MANIFEST + ": \"version\" \"" + version + "\" must be letters, digits, '.', '_' or '-'");
                String modeText = string(m, "mode", problems);
                if (modeText != null) {
                    try {
                        mode = Mode.valueOf(modeText.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        problems.add(MANIFEST + ": \"mode\" must be \"extend\" or \"replace\", not \"" + modeText + "\"");
                    }
                }
                if (m.has("overrides")) {
                    if (!m.get("overrides").isJsonArray()) problems.add(MANIFEST + ": \"overrides\" must be an array of parameter names");
                    else for (JsonElement e : m.getAsJsonArray("overrides")) {
                        if (e.isJsonPrimitive()) overrides.add(e.getAsString());
                        else problems.add(MANIFEST + ": \"overrides\" must be an array of parameter names");
                    }
                    if (mode == Mode.REPLACE && !overrides.isEmpty())
                        problems.add(MANIFEST + ": \"overrides\" only applies to \"mode\": \"extend\" (a replace pack defines all its parameters)");
                }
                if (m.has("files")) {
                    listed = new TreeMap<>();
                    if (!m.get("files").isJsonObject()) problems.add(MANIFEST + ": \"files\" must be an object {\"path\": \"sha256\", ...}");
                    else for (Map.Entry<String, JsonElement> e : m.getAsJsonObject("files").entrySet()) {
                        String h = e.getValue().isJsonPrimitive() ? e.getValue().getAsString().toLowerCase(Locale.ROOT) : "";
                        if (!SHA256.matcher(h).matches()) problems.add(MANIFEST + ": \"files\": \"" + e.getKey() + "\" must map to a sha256 (64 hex digits)");
                        else listed.put(e.getKey(), h);
                    }
                }
            }
        }

        // tamper evidence: the files must be exactly those of the manifest
        Map<String, String> actual = new TreeMap<>();
        content.forEach((path, bytes) -> actual.put(path, sha256Hex(bytes)));
        List<String> differences = new ArrayList<>();
        if (parsed && listed == null) {
            differences.add(MANIFEST + ": no \"files\" manifest (the sha256 of every .drl and .json file of the pack); write one with "
                    + Manifest.COMMAND + " " + origin);
        } else if (listed != null) {
            differences.addAll(compare(listed, actual));
        }
        List<String> warnings = new ArrayList<>();
        boolean refusedAsModified = !differences.isEmpty() && !allowModified;
        if (allowModified) warnings.addAll(differences);
        else problems.addAll(differences);

        List<Source> sources = new ArrayList<>();
        Map<String, Parameter> params = new TreeMap<>();
        for (Map.Entry<String, byte[]> f : content.entrySet()) {
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            if (f.getKey().endsWith(".drl")) sources.add(new Source(id, f.getKey(), text));
            else if (f.getKey().startsWith("parameters/")) {
                try {
                    ParameterFiles.parseInto(f.getKey(), text, params, id + "/" + f.getKey());
                } catch (RuntimeException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        if (sources.isEmpty()) problems.add(origin + ": no .drl files");
        if (!problems.isEmpty()) throw new RulePackException(origin, problems, refusedAsModified ? modifiedHint(origin) : null);
        return new RulePack(origin, id, version, description, mode, overrides, sources, new ParameterSet(params),
                digest(actual), actual, null, warnings);
    }

    /** The differences between a manifest ({@code listed}) and the files' actual hashes, one line per file. */
    static List<String> compare(Map<String, String> listed, Map<String, String> actual) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : listed.entrySet()) {
            String a = actual.get(e.getKey());
            if (e.getKey().equals(MANIFEST)) out.add(MANIFEST + ": lists itself in \"files\" (it cannot; remove the entry)");
            else if (a == null) out.add(e.getKey() + ": listed in " + MANIFEST + " but missing (expected sha256 " + e.getValue() + ")");
            else if (!a.equals(e.getValue())) out.add(e.getKey() + ": modified (expected sha256 " + e.getValue() + ", actual " + a + ")");
        }
        for (Map.Entry<String, String> e : actual.entrySet())
            if (!e.getKey().equals(MANIFEST) && !listed.containsKey(e.getKey()))
                out.add(e.getKey() + ": not listed in " + MANIFEST + " \"files\" (actual sha256 " + e.getValue() + ")");
        return out;
    }

    private static String modifiedHint(String origin) {
        String regenerate = "builtin".equals(origin) ? Manifest.BUILTIN_COMMAND : Manifest.COMMAND + " " + origin;
        return "The files differ from the sha256 manifest in " + MANIFEST + ". If the change is intended, regenerate the manifest: "
                + regenerate + ". To use the files as they are, load the pack with allowModified (command line: --allow-modified-rules).";
    }

    private static String string(JsonObject m, String key, List<String> problems) {
        if (!m.has(key) || m.get(key).isJsonNull()) return null;
        if (!m.get(key).isJsonPrimitive()) {
            problems.add(MANIFEST + ": \"" + key + "\" must be a string");
            return null;
        }
        String s = m.get(key).getAsString();
        return s.isBlank() ? null : s;
    }

    private static String rootCause(Throwable e) {
        while (e.getCause() != null && e.getCause() != e) e = e.getCause();
        return String.valueOf(e.getMessage());
    }

    /** Test cases of a pack's rules, kept beside it ({@code fixtures/ID.json}): not part of the pack or its manifest. */
    public static final String FIXTURES = "fixtures/";

    /** Every .drl and .json file below root (pack.json included, fixtures not), by path relative to root with '/'. */
    /** As {@link #readFiles}, for the pack's directory in a jar ({@code connection} names a file in that directory). */
    private static Map<String, byte[]> readJarFiles(java.net.JarURLConnection connection, String origin) throws IOException {
        String entry = connection.getEntryName();
        String dir = entry.substring(0, entry.lastIndexOf('/') + 1);
        Map<String, byte[]> files = new TreeMap<>();
        java.io.File file;
        try {
            file = new java.io.File(connection.getJarFileURL().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the jar of " + connection.getURL(), e);
        }
        // a plain ZipFile: it shares the index the class loader read (by file), and its entries are lighter than a JarFile's
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(file)) {
            for (java.util.Enumeration<? extends java.util.zip.ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
                java.util.zip.ZipEntry j = e.nextElement();
                if (j.isDirectory() || !j.getName().startsWith(dir)) continue;
                String rel = j.getName().substring(dir.length());
                if (packFile(rel)) try (java.io.InputStream in = jar.getInputStream(j)) { files.put(rel, in.readAllBytes()); }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule pack " + origin, e);
        }
        return files;
    }

    /** Whether a file of a pack's directory (relative path, '/') is part of the pack: .drl and .json, fixtures not. */
    private static boolean packFile(String rel) {
        return !rel.startsWith(FIXTURES) && (rel.endsWith(".drl") || rel.endsWith(".json"));
    }

    static Map<String, byte[]> readFiles(Path root, String origin) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (packFile(rel)) files.put(rel, Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule pack " + origin, e);
        }
        return files;
    }

    // ---- manifest -----------------------------------------------------------------------------

    /**
     * Writes the {@code "files"} manifest of the pack in {@code dir} into its {@code pack.json}
     * (keeping its other fields), from the current content of its files. Returns the manifest.
     */
    public static Map<String, String> writeManifest(Path dir) {
        return Manifest.write(dir);
    }

    /** The differences between the pack in {@code dir} and its manifest, one line per file; empty when current. */
    public static List<String> checkManifest(Path dir) {
        return Manifest.check(dir);
    }

    // ---- hashing ------------------------------------------------------------------------------

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** sha256 of the lines {@code <path> <sha256>\n}, sorted by path. */
    static String digest(Map<String, String> hashes) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(hashes).forEach((path, h) -> sb.append(path).append(' ').append(h).append('\n'));
        return sha256Hex(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "RulePack[" + id + " " + version + " sha256 " + sha256 + " from " + origin + "]";
    }
}
