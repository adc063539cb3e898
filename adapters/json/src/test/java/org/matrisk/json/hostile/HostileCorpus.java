package org.matrisk.json.hostile;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The hostile-input corpus of {@code src/test/resources/hostile/}: its files, the big ones made at
 * test time from their {@code .gen} descriptors, and the expected outcome of every document
 * ({@code expected.tsv}).
 *
 * <p>{@code expected.tsv}: one row per document, in the order the file yields them:
 * {@code file <TAB> position <TAB> outcome [<TAB> pointer <TAB> reason]}. {@code position} is the
 * document's 0-based position in its file, or {@code *N} for N documents in a row with the same
 * outcome; {@code outcome} is {@code accepted}, {@code rejected} or {@code none} (the file holds no
 * document: position {@code -}). A rejection names the first problem's pointer ({@code (document)}
 * for the whole document) and a substring of its reason. Blank lines and {@code #} lines are comments.
 *
 * <p>A {@code .gen} descriptor (a properties file) stands for the file named without {@code .gen}:
 * {@code prefix}, then {@code count} times {@code unit} (or the text of resource {@code unitResource};
 * {@code {n}} in it is the 0-based index) joined by {@code separator}, then {@code count} times
 * {@code closeUnit}, then {@code suffix}. With {@code base} (a resource) and {@code replace}, that
 * text replaces the one occurrence of {@code replace} in the base document.
 */
final class HostileCorpus {

    record Expected(String file, String position, String outcome, String pointer, String reason) {
        boolean accepted() { return outcome.equals("accepted"); }
        int repeat() { return position.startsWith("*") ? Integer.parseInt(position.substring(1)) : 1; }
        @Override public String toString() { return file + "\t" + position + "\t" + outcome + (reason == null ? "" : "\t" + pointer + "\t" + reason); }
    }

    /** A corpus file: its name in the corpus and where its bytes are (generated into {@code workDir} when needed). */
    record Entry(String name, Path path, boolean generated) {}

    static Path directory() {
        URL url = HostileCorpus.class.getClassLoader().getResource("hostile/expected.tsv");
        if (url == null) throw new IllegalStateException("hostile/expected.tsv is not on the test class path");
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Expected outcomes by file, in manifest order. */
    static Map<String, List<Expected>> expected() throws IOException {
        Map<String, List<Expected>> out = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(directory().resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length != 3 && f.length != 5) throw new IllegalStateException("expected.tsv line " + n + ": 3 or 5 columns: " + line);
            String pointer = f.length == 5 ? (f[3].equals("(document)") ? "" : f[3]) : null;
            Expected e = new Expected(f[0], f[1], f[2], pointer, f.length == 5 ? f[4] : null);
            if (!List.of("accepted", "rejected", "none").contains(e.outcome())) throw new IllegalStateException("line " + n + ": outcome " + e.outcome());
            if (e.outcome().equals("rejected") && e.reason() == null) throw new IllegalStateException("line " + n + ": a rejection needs a pointer and a reason");
            out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    /** Every corpus file (real ones and descriptors), sorted by name; descriptors generated into {@code workDir}. */
    static List<Entry> files(Path workDir) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (var list = Files.list(directory())) {
            for (Path p : list.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".gen")) {
                    String target = name.substring(0, name.length() - ".gen".length());
                    out.add(new Entry(target, generate(p, workDir.resolve(target)), true));
                } else if (name.endsWith(".json") || name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
                    out.add(new Entry(name, p, false));
                }
            }
        }
        return out;
    }

    static Path generate(Path descriptor, Path target) throws IOException {
        if (Files.exists(target)) return target;
        Properties d = new Properties();
        try (InputStream in = Files.newInputStream(descriptor)) {
            d.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        String base = d.getProperty("base");
        String before = "";
        String after = "";
        if (base != null) {
            String doc = resourceText(base).strip();
            String replace = d.getProperty("replace");
            int at = doc.indexOf(replace);
            if (at < 0 || doc.indexOf(replace, at + 1) >= 0) throw new IllegalStateException(descriptor + ": 'replace' must occur once in " + base);
            before = doc.substring(0, at);
            after = doc.substring(at + replace.length());
        }
        String unit = d.getProperty("unitResource") != null ? resourceText(d.getProperty("unitResource")).strip() : d.getProperty("unit", "");
        String separator = d.getProperty("separator", "");
        String closeUnit = d.getProperty("closeUnit", "");
        int count = Integer.parseInt(d.getProperty("count", "1"));
        boolean numbered = unit.contains("{n}");
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            out.write(utf8(before + d.getProperty("prefix", "")));
            byte[] u = utf8(unit);
            byte[] sep = utf8(separator);
            for (int i = 0; i < count; i++) {
                if (i > 0) out.write(sep);
                out.write(numbered ? utf8(unit.replace("{n}", Integer.toString(i))) : u);
            }
            byte[] close = utf8(closeUnit);
            for (int i = 0; i < count && close.length > 0; i++) out.write(close);
            out.write(utf8(d.getProperty("suffix", "") + after));
        }
        Files.move(tmp, target);
        return target;
    }

    static String resourceText(String name) {
        try (InputStream in = HostileCorpus.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("no resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
