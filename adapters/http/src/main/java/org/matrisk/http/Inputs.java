package org.matrisk.http;

import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matrisk.json.read.DocumentParser;
import org.matrisk.json.read.Parsed;
import org.matrisk.json.read.Problem;
import org.matrisk.json.read.RawDocument;
import org.matrisk.json.read.ReadResult;
import org.matrisk.json.read.ReaderLimits;
import org.matrisk.json.read.Rejected;
import org.matrisk.model.TrustDocument;

/**
 * Request bodies to model records, through the reader of the input contract ({@link DocumentParser}),
 * so that a body is accepted or rejected exactly as {@code scan} would accept or reject the same bytes
 * in a file. Before that, one pass of a plain streaming parser tells malformed JSON (400, with its line
 * and column) from JSON that breaks the contract (422, every problem with its JSON Pointer).
 */
final class Inputs {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ReaderLimits limits;
    private final DocumentParser parser;
    private final JsonParserFactory factory;

    Inputs(ReaderLimits limits) {
        this.limits = limits;
        this.parser = new DocumentParser(limits);
        this.factory = JsonProvider.provider().createParserFactory(Map.of(
                "org.eclipse.parsson.maxParsingLimit", Integer.MAX_VALUE,
                "org.eclipse.parsson.maxDepth", limits.maxDepth() + 64,
                "org.eclipse.parsson.maxBigDecimalLength", Math.max(limits.maxNumberLength(), 1100)));
    }

    ReaderLimits limits() { return limits; }

    /** A leading UTF-8 byte order mark is dropped, as the file reader does. */
    static byte[] withoutBom(byte[] b) {
        if (b.length >= 3 && b[0] == BOM[0] && b[1] == BOM[1] && b[2] == BOM[2]) return java.util.Arrays.copyOfRange(b, 3, b.length);
        return b;
    }

    /**
     * Checks that {@code body} is one well-formed JSON object in UTF-8: 400 when it is not JSON, 422 when
     * it is JSON but not an object (or nested deeper than the reader's limit).
     *
     * @param what what the body should be, for the detail ("one trust document")
     */
    void requireObject(byte[] body, String what) {
        if (isBlank(body)) throw new ProblemException(400, "Malformed JSON", "the body is empty; expected " + what + " (a JSON object)",
                List.of(new Problem("", "empty body")));
        JsonParser.Event first = null;
        try (JsonParser p = factory.createParser(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8.newDecoder()))) {
            first = p.next();
            // every event walked (Parsson's skipObject can spin at a premature end of input)
            int depth = first == JsonParser.Event.START_OBJECT || first == JsonParser.Event.START_ARRAY ? 1 : 0;
            while (depth > 0) {
                JsonParser.Event e = p.next();
                if (e == JsonParser.Event.START_OBJECT || e == JsonParser.Event.START_ARRAY) {
                    if (++depth > limits.maxDepth()) throw tooDeep();
                }
                else if (e == JsonParser.Event.END_OBJECT || e == JsonParser.Event.END_ARRAY) depth--;
            }
            if (p.hasNext()) {
                p.next();
                throw malformed("unexpected content after the end of the JSON value", p.getLocation());
            }
        } catch (JsonParsingException e) {
            if (depth(e)) throw tooDeep();
            throw malformed(e.getMessage(), e.getLocation());
        } catch (JsonException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                // the reader names the byte offset and the bytes
                ReadResult r = parser.parse(RawDocument.of("request", 0, 1, body));
                String reason = r instanceof Rejected rej && rej.problems().get(0).reason().startsWith("invalid UTF-8")
                        ? rej.problems().get(0).reason() : "invalid UTF-8";
                throw new ProblemException(400, "Malformed JSON", "the body is not valid UTF-8", List.of(new Problem("", reason)));
            }
            if (depth(e)) throw tooDeep();
            throw new ProblemException(400, "Malformed JSON", "the body is not well-formed JSON", List.of(new Problem("", "invalid JSON")));
        } catch (java.util.NoSuchElementException e) {
            throw new ProblemException(400, "Malformed JSON", "the body ends inside a JSON value", List.of(new Problem("", "unexpected end of input")));
        } catch (RuntimeException e) {
            if (e instanceof ProblemException pe) throw pe;
            if (depth(e)) throw tooDeep();
            throw new ProblemException(400, "Malformed JSON", "the body is not well-formed JSON", List.of(new Problem("", "invalid JSON")));
        }
        if (first != JsonParser.Event.START_OBJECT) {
            throw new ProblemException(422, "Not " + what, "expected " + what + " (a JSON object), got " + describe(first),
                    List.of(new Problem("", "top level must be a JSON object, got " + describe(first))));
        }
    }

    private static boolean depth(RuntimeException e) {
        String m = e.getMessage();
        return m != null && m.toLowerCase(java.util.Locale.ROOT).contains("depth");
    }

    private ProblemException tooDeep() {
        return new ProblemException(422, "Invalid input", "the body is nested deeper than " + limits.maxDepth() + " levels",
                List.of(new Problem("", "nesting deeper than " + limits.maxDepth() + " levels (the reader's limit)")));
    }

    private static final Pattern PARSSON_AT = Pattern.compile("\\s*at \\(line no=\\d+, column no=\\d+, offset=-?\\d+\\)\\.?");

    private static ProblemException malformed(String message, JsonLocation at) {
        String why = message == null ? "invalid JSON" : PARSSON_AT.matcher(message).replaceAll("");
        String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber() + " (byte offset " + at.getStreamOffset() + ")";
        return new ProblemException(400, "Malformed JSON", "the body is not well-formed JSON" + where + ": " + why,
                List.of(new Problem("", "invalid JSON" + where + ": " + why)));
    }

    private static String describe(JsonParser.Event e) {
        if (e == null) return "nothing";
        return switch (e) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> e.name();
        };
    }

    private static boolean isBlank(byte[] b) {
        for (byte c : b) if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
        return true;
    }

    /** One trust document (400, 413 and 422 as the contract says); {@code names}: whether reasons may quote a person's name. */
    TrustDocument document(byte[] raw, String source, long position, boolean names) {
        return document(raw, source, position, names, true);
    }

    /** @param wholeBody the bytes are a whole body (a leading BOM is dropped), not a line of a stream (where a BOM is an error, as in scan) */
    TrustDocument document(byte[] raw, String source, long position, boolean names, boolean wholeBody) {
        byte[] body = wholeBody ? withoutBom(raw) : raw;
        if (body.length > limits.maxDocumentBytes()) throw tooLarge(body.length);
        requireObject(body, "one trust document");
        ReadResult r = parser.parse(RawDocument.of(source, position, 1, body));
        if (r instanceof Parsed p) return p.document();
        throw invalid((Rejected) r, "", names);
    }

    ProblemException tooLarge(long bytes) {
        return new ProblemException(413, "Body too large", "the body exceeds the limit of " + limits.maxDocumentBytes() + " bytes",
                List.of(new Problem("", "more than " + limits.maxDocumentBytes() + " bytes (--max-document-bytes)")));
    }

    /**
     * A transaction object, read by the contract's reader as the only transaction of the trust's context
     * document ({@code skeletonPrefix} is that document's JSON without its closing brace): its fields, enums,
     * money and dates are checked, and its party must be one of the context's. Problems come back with
     * pointers into the transaction object itself.
     */
    TrustDocument transaction(byte[] raw, String skeletonPrefix, boolean names) {
        byte[] body = withoutBom(raw);
        if (body.length > limits.maxDocumentBytes()) throw tooLarge(body.length);
        requireObject(body, "one transaction");
        byte[] head = (skeletonPrefix + ",\"transactions\":[").getBytes(StandardCharsets.UTF_8);
        byte[] doc = new byte[head.length + body.length + 2];
        System.arraycopy(head, 0, doc, 0, head.length);
        System.arraycopy(body, 0, doc, head.length, body.length);
        doc[doc.length - 2] = ']';
        doc[doc.length - 1] = '}';
        ReadResult r = parser.parse(RawDocument.of("request", 0, 1, doc));
        if (r instanceof Parsed p) return p.document();
        throw invalid((Rejected) r, "/transactions/0", names);
    }

    /** 422 with the reader's problems; pointers under {@code base} are made relative to it. */
    static ProblemException invalid(Rejected r, String base, boolean names) {
        List<Problem> out = new ArrayList<>(r.problems().size());
        for (Problem p : r.problems()) {
            String ptr = p.pointer();
            if (!base.isEmpty()) {
                if (ptr.equals(base)) ptr = "";
                else if (ptr.startsWith(base + "/")) ptr = ptr.substring(base.length());
            }
            out.add(new Problem(ptr, names ? p.reason() : Redaction.reason(p.pointer(), p.reason())));
        }
        String first = out.get(0).pointer().isEmpty() ? "(document)" : out.get(0).pointer();
        return new ProblemException(422, "Invalid input", out.size() + " problem" + (out.size() == 1 ? "" : "s")
                + " with the input contract; the first at " + first, out);
    }

    /** The person-name fields of the contract, whose values a reason must not quote. */
    static final class Redaction {
        private Redaction() {}

        private static final Pattern NAME = Pattern.compile("^/people/\\d+/name(/.*)?$|^/parties/\\d+/name(/.*)?$");
        private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

        static String reason(String pointer, String reason) {
            if (!NAME.matcher(pointer).matches()) return reason;
            Matcher m = QUOTED.matcher(reason);
            return m.replaceAll("\"(a name, not shown)\"");
        }
    }
}
