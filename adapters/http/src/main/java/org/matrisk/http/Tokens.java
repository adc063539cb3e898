package org.matrisk.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The bearer tokens the service accepts, read from {@code --tokens FILE}: one per line,
 * {@code sha256-hex-of-token SCOPES NAME} (scopes comma-separated), blank lines and {@code #} comments
 * skipped. Only the hashes are kept; a presented token is hashed and compared with every hash in
 * constant time ({@link MessageDigest#isEqual}), without stopping at the first match, so the time taken
 * says nothing about which hash, or how much of one, matched.
 */
public final class Tokens {

    /** What a token allows. {@code names}: person names in answers, when a request also asks {@code ?includeNames=true}. */
    public enum Scope {
        ASSESS, CHECK, NAMES;

        public String label() { return name().toLowerCase(Locale.ROOT); }
    }

    /** One accepted token: its hash, scopes, and the holder's label (never logged, never answered). */
    public record Holder(byte[] sha256, Set<Scope> scopes, String name) {
        public boolean has(Scope s) { return scopes.contains(s); }
    }

    private final List<Holder> holders;
    private final boolean everyone;

    private Tokens(List<Holder> holders, boolean everyone) {
        this.holders = List.copyOf(holders);
        this.everyone = everyone;
    }

    /** No authentication: every request has every scope ({@code --insecure-no-auth}). */
    public static Tokens insecureNoAuth() {
        return new Tokens(List.of(), true);
    }

    public boolean insecure() { return everyone; }

    public int size() { return holders.size(); }

    /** Reads a token file; a line that is not {@code HEX64 SCOPES NAME} is an error naming its line number (not its content). */
    public static Tokens load(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Holder> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split("\\s+", 3);
            if (f.length < 3) throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected 'sha256-hex SCOPES NAME'");
            if (!f[0].matches("[0-9a-fA-F]{64}"))
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": the first field must be the sha256 of the token, 64 hex digits");
            Set<Scope> scopes = EnumSet.noneOf(Scope.class);
            for (String s : f[1].split(",")) {
                try {
                    scopes.add(Scope.valueOf(s.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + " line " + (i + 1) + ": unknown scope; expected assess, check or names (comma-separated)");
                }
            }
            out.add(new Holder(HexFormat.of().parseHex(f[0].toLowerCase(Locale.ROOT)), Set.copyOf(scopes), f[2]));
        }
        if (out.isEmpty()) throw new IllegalArgumentException(file + ": no tokens");
        return new Tokens(out, false);
    }

    /** The holder of {@code token}, if it is one of ours. */
    public Optional<Holder> authenticate(String token) {
        if (everyone) return Optional.of(new Holder(new byte[32], EnumSet.allOf(Scope.class), "insecure-no-auth"));
        if (token == null || token.isEmpty()) return Optional.empty();
        byte[] h = sha256(token);
        Holder found = null;
        for (Holder x : holders) {
            if (MessageDigest.isEqual(x.sha256(), h) && found == null) found = x; // no early exit
        }
        return Optional.ofNullable(found);
    }

    /** The hex sha256 of a token, as it is written in a token file. */
    public static String hash(String token) {
        return HexFormat.of().formatHex(sha256(token));
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
