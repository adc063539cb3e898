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
 * Parses and validates one document against the trust-data contract (schema version "1"),
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

    public DocumentParser() {
        this(ReaderLimits.defaults());
    }

    public DocumentParser(ReaderLimits limits) {
        this.limits = limits;
        // Parsson's own limits: documents are bounded by maxDocumentBytes (so no 15M-char cap), number
        // literals by maxNumberLength (checked in getBigDecimal before a BigDecimal is made), nesting by
        // our own check (Parsson's skipObject/skipArray ignore its maxDepth; its limit is only a backstop).
        this.factory = JsonProvider.provider().createParserFactory(Map.of(
                "org.eclipse.parsson.maxParsingLimit", Integer.MAX_VALUE,
                "org.eclipse.parsson.maxDepth", limits.maxDepth() + 8,
                "org.eclipse.parsson.maxBigDecimalLength", limits.maxNumberLength()));
    }

    public ReaderLimits limits() { return limits; }

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
        DocumentBinder binder = new DocumentBinder(limits, raw.line());
        JsonParser parser = factory.createParser(reader);
        try {
            binder.read(parser, reader, bytes);
        } finally {
            try { parser.close(); } catch (RuntimeException ignored) { /* already failed */ }
        }
        if (binder.problems != null) return new Rejected(info, binder.problems);
        return new Parsed(binder.document(info));
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
