package org.matrisk.json.read;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.matrisk.model.DocumentInfo;

/**
 * Parses and validates one document against the trust-data contract (schema version "1" or "2"),
 * binding Parsson's streaming events straight into the model records (no JSON tree is built).
 * Thread-safe and reusable: it only holds the cached parser factory and the limits.
 */
public final class DocumentParser {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    });
    private static final HexFormat HEX = HexFormat.of();

    private final ReaderLimits limits;
    private final JsonParserFactory factory;
    private final boolean upgradeV1;

    public DocumentParser() {
        this(ReaderLimits.defaults());
    }

    public DocumentParser(ReaderLimits limits) {
        this(limits, false);
    }

    /**
     * @param upgradeV1 read version 1 documents as version 2 (contract trust-data-v2.md section 1, {@code --upgrade-v1}):
     *                  assessed with catalogue v2, every section whose data is present declared complete
     */
    public DocumentParser(ReaderLimits limits, boolean upgradeV1) {
        this.limits = limits;
        this.upgradeV1 = upgradeV1;
        // Parsson's own limits: documents are bounded by maxDocumentBytes (so no 15M-char cap), number
        // literals by maxNumberLength (checked in getBigDecimal before a BigDecimal is made), nesting by
        // our own check (Parsson's skipObject/skipArray ignore its maxDepth; its limit is only a backstop).
        this.factory = JsonProvider.provider().createParserFactory(Map.of(
                "org.eclipse.parsson.maxParsingLimit", Integer.MAX_VALUE,
                "org.eclipse.parsson.maxDepth", limits.maxDepth() + 8,
                "org.eclipse.parsson.maxBigDecimalLength", limits.maxNumberLength()));
    }

    public ReaderLimits limits() { return limits; }

    /** Version 1 documents are read as version 2 ({@code --upgrade-v1}). */
    public boolean upgradesV1() { return upgradeV1; }

    /** The same limits, reading version 1 documents as version 2 or not. */
    public DocumentParser withUpgradeV1(boolean on) { return on == upgradeV1 ? this : new DocumentParser(limits, on); }

    public ReadResult parse(RawDocument raw) {
        if (raw.splitError() != null) {
            String reason = raw.splitError();
            if (reason.equals(DocumentSource.NOT_AN_OBJECT) && raw.bytes().length > 0) reason += ", got " + startOf(raw.bytes());
            return new Rejected(new DocumentInfo(raw.source(), raw.position(), raw.line(), null),
                    List.of(new Problem("", reason)));
        }
        byte[] bytes = raw.bytes();
        DocumentInfo info = new DocumentInfo(raw.source(), raw.position(), raw.line(), sha256(bytes));
        if (bytes.length > limits.maxDocumentBytes()) {
            return new Rejected(info, List.of(new Problem("", "document exceeds " + limits.maxDocumentBytes() + " bytes")));
        }
        StrictUtf8Reader reader = new StrictUtf8Reader(bytes);
        DocumentBinder binder = new DocumentBinder(limits, raw.line(), "2".equals(version(bytes)), upgradeV1);
        JsonParser parser = factory.createParser(reader);
        try {
            binder.read(parser, reader, bytes);
        } finally {
            try { parser.close(); } catch (RuntimeException ignored) { /* already failed */ }
        }
        if (binder.problems != null) return new Rejected(info, binder.problems);
        return new Parsed(binder.document(info), binder.warnings);
    }

    private static final byte[] VERSION_KEY = "\"schemaVersion\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * The document's {@code schemaVersion} string, found before the read so that every member is read by its
     * version's rules whatever the order of members: when it is the first member (the usual case) by a look at
     * the first bytes, otherwise by a pass over the top-level members that skips their values. Null when there is
     * none (or the document is not well-formed JSON before it; the read reports that).
     */
    String version(byte[] b) {
        int i = skipSpace(b, 0);
        if (i < b.length && b[i] == '{') {
            i = skipSpace(b, i + 1);
            if (startsWith(b, i, VERSION_KEY)) {
                i = skipSpace(b, i + VERSION_KEY.length);
                if (i < b.length && b[i] == ':') {
                    i = skipSpace(b, i + 1);
                    if (i < b.length && b[i] == '"') {
                        int start = i + 1;
                        for (int j = start; j < b.length && j < start + 16; j++) {
                            if (b[j] == '\\') break;
                            if (b[j] == '"') return new String(b, start, j - start, java.nio.charset.StandardCharsets.UTF_8);
                        }
                    }
                }
            }
        }
        return scanVersion(b);
    }

    private String scanVersion(byte[] bytes) {
        try (JsonParser p = factory.createParser(new StrictUtf8Reader(bytes))) {
            if (p.next() != JsonParser.Event.START_OBJECT) return null;
            JsonParser.Event e;
            while ((e = p.next()) == JsonParser.Event.KEY_NAME) {
                boolean version = "schemaVersion".equals(p.getString());
                e = p.next();
                if (version) return e == JsonParser.Event.VALUE_STRING ? p.getString() : null;
                if (e == JsonParser.Event.START_OBJECT) p.skipObject();
                else if (e == JsonParser.Event.START_ARRAY) p.skipArray();
            }
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int skipSpace(byte[] b, int i) {
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) i++;
        return i;
    }

    private static boolean startsWith(byte[] b, int i, byte[] prefix) {
        if (i + prefix.length > b.length) return false;
        for (int k = 0; k < prefix.length; k++) if (b[i + k] != prefix[k]) return false;
        return true;
    }

    /** The first characters of a value that is not an object, as shown in a reason. */
    private static String startOf(byte[] bytes) {
        int n = Math.min(bytes.length, DocumentBinder.QUOTED * 4);
        String s = new String(bytes, 0, n, java.nio.charset.StandardCharsets.UTF_8);
        if (n < bytes.length && s.length() > DocumentBinder.QUOTED) s = s.substring(0, DocumentBinder.QUOTED);
        String shown = DocumentBinder.clip(s);
        return n < bytes.length && !shown.endsWith("...") ? shown + "..." : shown;
    }

    static String sha256(byte[] bytes) {
        return HEX.formatHex(SHA256.get().digest(bytes));
    }
}
