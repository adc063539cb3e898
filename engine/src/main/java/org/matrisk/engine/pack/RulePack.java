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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.matrisk.engine.params.Parameter;
import org.matrisk.engine.params.ParameterFiles;
import org.matrisk.engine.params.ParameterSet;

/**
 * A rule pack: DRL files (rule metadata is declared beside each rule), dated parameter files
 * ({@code parameters/*.json}) and {@code pack.json} ({@code {"id": ..., "version": ...}}).
 * The sha256 identifies the pack's exact content: it is the sha256 of the lines
 * {@code <path> <sha256 of file>\n} for every file, sorted by path.
 */
public final class RulePack {
    public static final String BUILTIN_ROOT = "org/matrisk/rules/builtin";

    private final String id;
    private final String version;
    private final Map<String, String> drl;
    private final ParameterSet parameters;
    private final String sha256;
    private final String origin;

    private RulePack(String origin, String id, String version, Map<String, String> drl, ParameterSet parameters, String sha256) {
        this.origin = origin;
        this.id = id;
        this.version = version;
        this.drl = drl;
        this.parameters = parameters;
        this.sha256 = sha256;
    }

    public String id() { return id; }
    public String version() { return version; }
    public String sha256() { return sha256; }
    public String origin() { return origin; }
    /** DRL sources by path relative to the pack root. */
    public Map<String, String> drl() { return drl; }
    public ParameterSet parameters() { return parameters; }

    private static volatile RulePack builtin;

    /** The built-in pack, read once from the classpath. */
    public static RulePack builtin() {
        RulePack p = builtin;
        if (p == null) {
            synchronized (RulePack.class) {
                if (builtin == null) builtin = loadBuiltin();
                p = builtin;
            }
        }
        return p;
    }

    private static RulePack loadBuiltin() {
        URL url = RulePack.class.getClassLoader().getResource(BUILTIN_ROOT + "/pack.json");
        if (url == null) throw new RulePackException("builtin", List.of("no " + BUILTIN_ROOT + "/pack.json on the classpath (is matrisk-rules there?)"));
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fromDirectory(fs.getPath("/" + BUILTIN_ROOT), "builtin");
            }
            return fromDirectory(Path.of(uri).getParent(), "builtin");
        } catch (URISyntaxException | IOException e) {
            throw new RulePackException("builtin", List.of("cannot read the built-in pack: " + e));
        }
    }

    /** Reads a pack from a directory: {@code pack.json}, {@code *.drl} anywhere below, {@code parameters/*.json}. */
    public static RulePack fromDirectory(Path root) {
        return fromDirectory(root, root.toString());
    }

    private static RulePack fromDirectory(Path root, String origin) {
        List<String> problems = new ArrayList<>();
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.endsWith(".drl") || rel.endsWith(".json")) files.put(rel, Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule pack " + origin, e);
        }
        String id = null, version = null;
        byte[] manifest = files.get("pack.json");
        if (manifest == null) {
            problems.add(origin + ": no pack.json");
        } else {
            try {
                JsonObject m = JsonParser.parseString(new String(manifest, StandardCharsets.UTF_8)).getAsJsonObject();
                id = m.has("id") ? m.get("id").getAsString() : null;
                version = m.has("version") ? m.get("version").getAsString() : null;
                if (id == null || version == null) problems.add("pack.json: needs \"id\" and \"version\"");
            } catch (RuntimeException e) {
                problems.add("pack.json: " + e.getMessage());
            }
        }
        Map<String, String> drl = new LinkedHashMap<>();
        Map<String, Parameter> params = new TreeMap<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            if (f.getKey().endsWith(".drl")) drl.put(f.getKey(), text);
            else if (f.getKey().startsWith("parameters/")) {
                try {
                    ParameterFiles.parseInto(f.getKey(), text, params);
                } catch (RuntimeException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        if (drl.isEmpty()) problems.add(origin + ": no .drl files");
        if (!problems.isEmpty()) throw new RulePackException(origin, problems);
        return new RulePack(origin, id, version, drl, new ParameterSet(params), digest(files));
    }

    private static String digest(Map<String, byte[]> files) {
        try {
            MessageDigest all = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                String line = f.getKey() + " " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(f.getValue())) + "\n";
                all.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(all.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
