package org.matrisk.engine.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Writes and checks the {@code "files"} manifest of a pack's {@code pack.json}: the sha256 of every
 * {@code .drl} and {@code .json} file of the pack except {@code pack.json}.
 * <pre>
 * java -cp matrisk.jar org.matrisk.engine.pack.Manifest DIR...          # write (or rewrite) the manifest
 * java -cp matrisk.jar org.matrisk.engine.pack.Manifest --check DIR...  # exit 1 when a manifest is stale, 2 when a pack.json is unreadable
 * </pre>
 * The built-in pack's manifest is produced by the build of the rules module (its
 * {@code src/build/java/PackManifest.java}, run on {@code target/classes}); the copy in the sources is
 * regenerated with {@link #BUILTIN_COMMAND} and checked by the engine's {@code BuiltinManifestTest}.
 */
public final class Manifest {
    private Manifest() {}

    /** How to write a pack's manifest from the command line (followed by the pack directory). */
    public static final String COMMAND = "java -cp matrisk.jar org.matrisk.engine.pack.Manifest";

    /** The source directory of the built-in pack, relative to the repository root. */
    public static final String BUILTIN_SOURCE = "rules/src/main/resources/" + RulePack.BUILTIN_ROOT;

    /** How to regenerate the built-in pack's manifest, from the repository root. */
    public static final String BUILTIN_COMMAND = "java rules/src/build/java/PackManifest.java " + BUILTIN_SOURCE
            + " (the build writes the manifest of the rules jar itself: rebuild the rules module)";

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /** The sha256 of every file the manifest of the pack in {@code dir} must list, by path. */
    public static Map<String, String> hashes(Path dir) {
        Map<String, String> out = new TreeMap<>();
        RulePack.readFiles(dir, dir.toString()).forEach((path, bytes) -> {
            if (!path.equals(RulePack.MANIFEST)) out.put(path, RulePack.sha256Hex(bytes));
        });
        return out;
    }

    /**
     * Sets {@code "files"} in {@code dir/pack.json} to the current hashes, keeping every other field
     * (and their order); {@code "files"} comes last, sorted by path. Returns the manifest written.
     */
    public static Map<String, String> write(Path dir) {
        Path file = dir.resolve(RulePack.MANIFEST);
        JsonObject old = readManifest(dir);
        Map<String, String> hashes = hashes(dir);
        JsonObject out = new JsonObject();
        for (Map.Entry<String, JsonElement> e : old.entrySet()) if (!e.getKey().equals("files")) out.add(e.getKey(), e.getValue());
        JsonObject files = new JsonObject();
        hashes.forEach(files::addProperty);
        out.add("files", files);
        try {
            Files.writeString(file, GSON.toJson(out) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return hashes;
    }

    /** The differences between the files of the pack in {@code dir} and its manifest, one line per file; empty when current. */
    public static List<String> check(Path dir) {
        JsonObject m = readManifest(dir);
        if (!m.has("files") || !m.get("files").isJsonObject())
            return List.of(RulePack.MANIFEST + ": no \"files\" manifest");
        Map<String, String> listed = new TreeMap<>();
        for (Map.Entry<String, JsonElement> e : m.getAsJsonObject("files").entrySet())
            listed.put(e.getKey(), e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : "");
        Map<String, String> actual = hashes(dir);
        actual.put(RulePack.MANIFEST, "");
        return RulePack.compare(listed, actual);
    }

    private static JsonObject readManifest(Path dir) {
        Path file = dir.resolve(RulePack.MANIFEST);
        if (!Files.isRegularFile(file))
            throw new RulePackException(dir.toString(), List.of(RulePack.MANIFEST + ": missing; create it first with at least {\"id\": ..., \"version\": ...}"));
        try {
            JsonElement e = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
            if (!e.isJsonObject()) throw new RulePackException(dir.toString(), List.of(RulePack.MANIFEST + ": not a JSON object"));
            return e.getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (com.google.gson.JsonParseException e) {
            Throwable t = e.getCause() != null ? e.getCause() : e;
            throw new RulePackException(dir.toString(), List.of(RulePack.MANIFEST + ": not valid JSON: " + t.getMessage()));
        }
    }

    /** {@code Manifest [--check] DIR...}: writes (or with {@code --check} verifies) each pack's manifest. */
    public static void main(String[] args) {
        boolean check = false;
        List<Path> dirs = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--check")) check = true;
            else if (a.startsWith("-")) {
                System.err.println("usage: Manifest [--check] DIR...");
                System.exit(2);
            } else dirs.add(Path.of(a));
        }
        if (dirs.isEmpty()) {
            System.err.println("usage: Manifest [--check] DIR...   (writes the \"files\" sha256 manifest into DIR/pack.json)");
            System.exit(2);
        }
        int stale = 0, failed = 0;
        for (Path dir : dirs) {
            try {
                if (check) {
                    List<String> diff = check(dir);
                    if (diff.isEmpty()) System.out.println(dir + ": manifest current");
                    else {
                        stale++;
                        System.out.println(dir + ": manifest stale");
                        diff.forEach(d -> System.out.println("  " + d));
                    }
                } else {
                    Map<String, String> written = write(dir);
                    System.out.println(dir.resolve(RulePack.MANIFEST) + ": manifest of " + written.size() + " files written");
                }
            } catch (RulePackException e) {
                System.err.println(e.getMessage());
                failed++;
            }
        }
        if (failed > 0) System.exit(2);
        if (stale > 0) System.exit(1);
    }
}
