import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the {@code "files"} manifest of the built-in pack's {@code pack.json}: the sha256 of every
 * {@code .drl} and {@code .json} file below the pack directory except {@code pack.json} (and
 * {@code fixtures/}), sorted by path, as the last field, in the layout
 * {@code org.matrisk.engine.pack.Manifest} writes (two-space indentation), keeping the other fields
 * as they are. A build step: the rules module runs it on {@code target/classes} after copying the
 * resources (so the jar's manifest always matches the jar's files), and by hand on the sources:
 * <pre>
 * java rules/src/build/java/PackManifest.java rules/src/main/resources/org/matrisk/rules/builtin
 * java rules/src/build/java/PackManifest.java --check DIR   # exit 1 when DIR/pack.json is stale
 * </pre>
 * A single-file program (no dependencies: the rules module is built before the engine and its
 * {@code Manifest}); {@code BuiltinManifestTest} checks both write the same bytes.
 */
public final class PackManifest {
    private static final Pattern FILES = Pattern.compile(",\\s*\"files\"\\s*:\\s*\\{[^}]*\\}");

    public static void main(String[] args) throws Exception {
        boolean check = args.length == 2 && args[0].equals("--check");
        if (args.length != (check ? 2 : 1)) {
            System.err.println("usage: java PackManifest.java [--check] PACK_DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[check ? 1 : 0]);
        Path file = dir.resolve("pack.json");
        String old = Files.readString(file, StandardCharsets.UTF_8);
        String now = manifest(old, hashes(dir));
        if (check) {
            if (!now.equals(old)) {
                System.out.println(file + ": manifest stale; regenerate it with java rules/src/build/java/PackManifest.java " + dir);
                System.exit(1);
            }
            System.out.println(file + ": manifest current");
        } else if (!now.equals(old)) {
            Files.writeString(file, now, StandardCharsets.UTF_8);
            System.out.println(file + ": manifest written");
        }
    }

    /** pack.json with its {@code "files"} replaced (or added, last) by {@code hashes}. */
    static String manifest(String json, Map<String, String> hashes) {
        StringBuilder files = new StringBuilder(",\n  \"files\": {");
        String sep = "\n";
        for (Map.Entry<String, String> e : hashes.entrySet()) {
            files.append(sep).append("    \"").append(e.getKey()).append("\": \"").append(e.getValue()).append('"');
            sep = ",\n";
        }
        files.append(hashes.isEmpty() ? "}" : "\n  }");
        Matcher m = FILES.matcher(json);
        String rest = m.find() ? json.substring(0, m.start()) + json.substring(m.end()) : json;
        int end = rest.lastIndexOf('}');
        if (end < 0) throw new IllegalArgumentException("pack.json is not a JSON object");
        String head = rest.substring(0, end).stripTrailing();
        return head + files + "\n}\n";
    }

    static Map<String, String> hashes(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (rel.equals("pack.json") || rel.startsWith("fixtures/") || !(rel.endsWith(".drl") || rel.endsWith(".json"))) continue;
                out.put(rel, HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out;
    }
}
