package org.matrisk.bench.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.matrisk.engine.pack.RulePack;

/**
 * A copy of the built-in rule pack reduced to some rule ids: every DRL rule block whose {@code @id} is
 * one of them (the primary rule and its UNKNOWN companions) and every {@code @derives} rule (derived
 * facts any rule may need) is kept; every other rule block is dropped. Package, imports and comments
 * stay. Parameter files are copied whole. The pack's sha256 manifest is rewritten with
 * {@link RulePack#writeManifest} so the reduced pack loads as a verified pack.
 */
public final class SubsetPack {
    private SubsetPack() {}

    /** The five representative rules of the benchmark target (issue: rule evaluation vs hand-coded Java). */
    public static final Set<String> FIVE = Set.of("RPT-02", "PAY-05", "GRW-05", "AUT-03", "NTI-05");

    private static final Pattern RULE_START = Pattern.compile("^\\s*rule\\s+.*");
    private static final Pattern RULE_END = Pattern.compile("^\\s*end\\s*$");
    private static final Pattern ID = Pattern.compile("@id\\(\\s*\"?([A-Za-z0-9._-]+)\"?\\s*\\)");
    private static final Pattern DERIVES = Pattern.compile("@derives\\(");

    /** Builds the reduced pack in a new temporary directory and loads it (verified against its manifest). */
    public static RulePack load(Set<String> ids) {
        try {
            Path dir = Files.createTempDirectory("matrisk-subset-pack-");
            write(dir, ids);
            return RulePack.fromDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the built-in pack reduced to {@code ids} into {@code dir}; returns the rule names kept. */
    public static List<String> write(Path dir, Set<String> ids) throws IOException {
        List<String> kept = new ArrayList<>();
        for (String file : builtinFiles()) {
            byte[] bytes = builtinBytes(file);
            Path target = dir.resolve(file);
            Files.createDirectories(target.getParent());
            if (file.endsWith(".drl")) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                Files.writeString(target, filter(text, ids, kept), StandardCharsets.UTF_8);
            } else if (file.equals(RulePack.MANIFEST)) {
                String manifest = new String(bytes, StandardCharsets.UTF_8)
                        .replaceFirst("\"id\"\\s*:\\s*\"[^\"]*\"", "\"id\": \"bench-subset\"");
                Files.writeString(target, manifest, StandardCharsets.UTF_8);
            } else {
                Files.write(target, bytes);
            }
        }
        RulePack.writeManifest(dir);
        return kept;
    }

    /** The DRL text with only the rule blocks of {@code ids} and the {@code @derives} rules. */
    static String filter(String drl, Set<String> ids, List<String> kept) {
        String[] lines = drl.split("\n", -1);
        StringBuilder out = new StringBuilder(drl.length());
        int i = 0;
        while (i < lines.length) {
            if (!RULE_START.matcher(lines[i]).matches()) {
                out.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
                i++;
                continue;
            }
            int end = i;
            while (end < lines.length && !RULE_END.matcher(lines[end]).matches()) end++;
            if (end == lines.length) throw new IllegalStateException("rule without end: " + lines[i]);
            StringBuilder block = new StringBuilder();
            for (int k = i; k <= end; k++) block.append(lines[k]).append('\n');
            String head = headerOf(block.toString());
            Matcher id = ID.matcher(head);
            boolean keep = (id.find() && ids.contains(id.group(1))) || DERIVES.matcher(head).find();
            if (keep) {
                out.append(block);
                kept.add(lines[i].trim());
            } else {
                // keep the line count (DRL problems keep their line numbers)
                for (int k = i; k <= end; k++) out.append('\n');
            }
            i = end + 1;
        }
        return out.toString();
    }

    /** The part of a rule block before {@code when} (its metadata). */
    private static String headerOf(String block) {
        int w = block.indexOf("\nwhen");
        return w < 0 ? block : block.substring(0, w);
    }

    private static final String ROOT = RulePack.BUILTIN_ROOT + "/";

    /** Files of the built-in pack, read through its manifest's list plus pack.json. */
    static List<String> builtinFiles() {
        List<String> files = new ArrayList<>(RulePack.builtin(true).files().keySet());
        if (!files.contains(RulePack.MANIFEST)) files.add(RulePack.MANIFEST);
        files.sort(Comparator.naturalOrder());
        return files;
    }

    static byte[] builtinBytes(String file) throws IOException {
        try (InputStream in = SubsetPack.class.getClassLoader().getResourceAsStream(ROOT + file)) {
            if (in == null) throw new IOException("no " + ROOT + file + " on the classpath");
            return in.readAllBytes();
        }
    }

    /** For use by hand: {@code java -cp benchmarks.jar org.matrisk.bench.rules.SubsetPack DIR} writes the five-rule pack. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "five-rule-pack");
        Files.createDirectories(dir);
        try (Stream<Path> s = Files.list(dir)) {
            if (s.findAny().isPresent()) throw new IllegalArgumentException(dir + " is not empty");
        }
        for (String r : write(dir, FIVE)) System.out.println("kept " + r);
        System.out.println("loaded " + RulePack.fromDirectory(dir));
    }
}
