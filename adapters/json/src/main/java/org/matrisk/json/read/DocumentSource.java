package org.matrisk.json.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Cuts one source (a file or a stream) into documents without holding more than one document's
 * bytes at a time.
 *
 * <p>Formats: a file ending {@code .ndjson} or {@code .jsonl} is split by lines (blank lines are
 * skipped; each other line is one document, so a broken line rejects only itself). Any other
 * content is one object, a JSON array of objects, or a sequence of top-level objects; a byte-level
 * scanner that follows strings, escapes and bracket depth finds each document's exact bytes.
 * A stream (stdin) is sniffed: {@code [} means an array; a first object that ends on the line it
 * started on means NDJSON; otherwise a sequence of objects. A UTF-8 BOM at the start is skipped.
 *
 * <p>A source whose whole content is a single object yields that content (without the BOM) as the
 * document's bytes, so its sha256 is the file's own; otherwise a document's bytes run from its
 * first to its last byte (for NDJSON: the line without its terminator).
 *
 * <p>What cannot be split becomes a {@link RawDocument} with a {@code splitError}: an array element
 * that is not an object (the source continues), a document over the size limit (skipped to its
 * end without being buffered; the source continues), and unbalanced brackets, a missing separator
 * or the end of input inside a value (the source stops there). Not thread-safe.
 */
public final class DocumentSource implements Iterator<RawDocument>, Closeable {

    enum Format { LINES, JSON, SNIFF }

    static final String NOT_AN_OBJECT = "document is not a JSON object";
    private static final byte[] EMPTY = new byte[0];
    /** Whitespace kept around a lone document so that its hash can be the file's; more than this and it is not kept. */
    private static final int MAX_KEPT_WHITESPACE = 4096;

    private final InputStream in;
    private final boolean ownsStream;
    private final String name;
    private final int maxBytes;
    private Format format;

    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;

    private long line = 1;
    private long position;
    private boolean started;
    private boolean done;
    /** Nothing but whitespace has been consumed so far (after the BOM). */
    private boolean untouched = true;
    private boolean inArray;
    private long arrayLine;
    private boolean expectSeparator;
    private boolean afterComma;

    private final DocBuffer doc;
    private RawDocument pending;

    private DocumentSource(InputStream in, boolean ownsStream, String name, Format format, ReaderLimits limits) {
        this.in = in;
        this.ownsStream = ownsStream;
        this.name = name;
        this.format = format;
        this.maxBytes = limits.bufferableDocumentBytes();
        this.doc = new DocBuffer(maxBytes);
    }

    /** A file: NDJSON when its name ends {@code .ndjson} or {@code .jsonl}, else JSON (object, array or sequence). */
    public static DocumentSource open(Path file, ReaderLimits limits) throws IOException {
        InputStream in = Files.newInputStream(file);
        return new DocumentSource(in, true, file.toString(), isLineFile(file) ? Format.LINES : Format.JSON, limits);
    }

    /** A stream whose format is sniffed (see the class comment). The stream is not closed by {@link #close()}. */
    public static DocumentSource open(InputStream stdin, String name, ReaderLimits limits) {
        return new DocumentSource(stdin, false, name, Format.SNIFF, limits);
    }

    /** A stream of a known format: {@code lines} true for NDJSON. The stream is not closed by {@link #close()}. */
    public static DocumentSource open(InputStream stream, String name, boolean lines, ReaderLimits limits) {
        return new DocumentSource(stream, false, name, lines ? Format.LINES : Format.JSON, limits);
    }

    static boolean isLineFile(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ndjson") || n.endsWith(".jsonl");
    }

    static boolean isBatchFile(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".json") || n.endsWith(".ndjson") || n.endsWith(".jsonl");
    }

    public String name() { return name; }

    @Override
    public boolean hasNext() {
        if (pending == null && !done) {
            pending = advance();
            if (pending == null) finish();
        }
        return pending != null;
    }

    @Override
    public RawDocument next() {
        if (!hasNext()) throw new NoSuchElementException();
        RawDocument r = pending;
        pending = null;
        return r;
    }

    @Override
    public void close() {
        done = true;
        pending = null;
        if (ownsStream) {
            try { in.close(); } catch (IOException ignored) { /* nothing useful to do */ }
        }
    }

    private void finish() {
        if (!done) close();
    }

    private RawDocument advance() {
        try {
            if (!started) {
                started = true;
                String otherEncoding = skipBom();
                if (otherEncoding != null) {
                    return stop(new RawDocument(name, position++, line, EMPTY,
                            "the input is " + otherEncoding + "; expected UTF-8 (convert it, e.g. with iconv)"));
                }
            }
            return format == Format.LINES ? nextLine() : nextValue();
        } catch (IOException e) {
            return stop(new RawDocument(name, position++, line, EMPTY, "read error at line " + line + ": " + e));
        }
    }

    /** Emits a last document and stops this source. */
    private RawDocument stop(RawDocument last) {
        done = true;
        pending = null;
        if (ownsStream) {
            try { in.close(); } catch (IOException ignored) { /* nothing useful to do */ }
        }
        return last;
    }

    // ---------------------------------------------------------------------------------- lines

    private RawDocument nextLine() throws IOException {
        while (true) {
            if (peek() < 0) return null;
            long startLine = line;
            doc.reset();
            readRestOfLine();
            if (doc.overflow) return tooLarge(startLine);
            int end = doc.size;
            if (end > 0 && doc.data[end - 1] == '\r') end--;
            if (isBlank(doc.data, end)) continue;
            return new RawDocument(name, position++, startLine, doc.copy(0, end), null);
        }
    }

    /** Appends up to the next newline (which is consumed, not appended). */
    private void readRestOfLine() throws IOException {
        while (true) {
            if (pos == lim && !fill()) return;
            int i = pos;
            byte[] b = buf;
            int l = lim;
            while (i < l && b[i] != '\n') i++;
            doc.append(b, pos, i - pos);
            if (i < l) {
                pos = i + 1;
                line++;
                return;
            }
            pos = i;
        }
    }

    private static boolean isBlank(byte[] b, int end) {
        for (int i = 0; i < end; i++) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\r') return false;
        }
        return true;
    }

    // ----------------------------------------------------------------------------------- JSON

    private RawDocument nextValue() throws IOException {
        while (true) {
            if (inArray) {
                skipWhitespace(false);
                int b = peek();
                if (b < 0) return endInsideArray();
                if (b == '/') {
                    RawDocument comment = comment();
                    if (comment != null) return comment;
                }
                if (expectSeparator) {
                    if (b == ',') { pos++; expectSeparator = false; afterComma = true; continue; }
                    if (b == ']') { pos++; inArray = false; continue; }
                    return stop(new RawDocument(name, position++, line, EMPTY,
                            "expected ',' or ']' after the document, found " + show(b) + " at line " + line));
                }
                if (b == ']') {
                    if (afterComma) {
                        return stop(new RawDocument(name, position++, line, EMPTY,
                                "expected a document after ',' but found ']' at line " + line));
                    }
                    pos++;
                    inArray = false;
                    continue;
                }
                expectSeparator = true;
                afterComma = false;
                doc.reset();
                return element(false, 0);
            }
            doc.reset();
            boolean lone = untouched && format != Format.LINES;
            int kept = skipWhitespace(lone);
            int b = peek();
            if (b < 0) return null;
            if (b == '[' && format != Format.LINES) {
                pos++;
                untouched = false;
                if (format == Format.SNIFF) format = Format.JSON;
                inArray = true;
                arrayLine = line;
                expectSeparator = false;
                afterComma = false;
                continue;
            }
            if (b == '/') {
                untouched = false;
                RawDocument comment = comment();
                if (comment != null) return comment;
            }
            if (b == ']' || b == '}' || b == ',') {
                return stop(new RawDocument(name, position++, line, EMPTY,
                        "unexpected " + show(b) + " at line " + line + " (unbalanced brackets or a stray separator)"));
            }
            return element(lone && kept >= 0, kept < 0 ? 0 : kept);
        }
    }

    static final String COMMENT = "a comment: JSON has no comments";

    /**
     * At a '/': skips a {@code //} comment (to the end of its line) or a block comment and makes it a
     * rejected document of its own, so that the documents around it are still read. Null (nothing
     * consumed) when the '/' does not start a comment.
     */
    private RawDocument comment() throws IOException {
        if (!ensure(2) || buf[pos + 1] != '/' && buf[pos + 1] != '*') return null;
        long startLine = line;
        boolean block = buf[pos + 1] == '*';
        pos += 2;
        if (!block) {
            while (true) {     // to the end of the line, without buffering it
                if (pos == lim && !fill()) break;
                if (buf[pos++] == '\n') {
                    line++;
                    break;
                }
            }
            return new RawDocument(name, position++, startLine, EMPTY, COMMENT + " (line " + startLine + ")");
        }
        boolean star = false;
        while (true) {
            if (pos == lim && !fill()) {
                return stop(new RawDocument(name, position++, startLine, EMPTY,
                        "unexpected end of input inside the comment that starts at line " + startLine));
            }
            byte c = buf[pos++];
            if (c == '\n') line++;
            if (star && c == '/') break;
            star = c == '*';
        }
        return new RawDocument(name, position++, startLine, EMPTY, COMMENT + " (line " + startLine + ")");
    }

    /** At least {@code n} bytes from {@code pos} in the buffer (moving them to its start when needed); false at the end of input. */
    private boolean ensure(int n) throws IOException {
        if (lim - pos >= n) return true;
        if (eof) return false;
        System.arraycopy(buf, pos, buf, 0, lim - pos);
        lim -= pos;
        pos = 0;
        while (lim < n) {
            int r = in.read(buf, lim, buf.length - lim);
            if (r < 0) { eof = true; return false; }
            lim += r;
        }
        return true;
    }

    private RawDocument endInsideArray() {
        return stop(new RawDocument(name, position++, line, EMPTY,
                "unexpected end of input: the array that starts at line " + arrayLine + " is not closed"));
    }

    /**
     * Scans one value at the current byte into {@link #doc} (after {@code lead} bytes of kept
     * leading whitespace) and makes it a document.
     */
    private RawDocument element(boolean lone, int lead) throws IOException {
        long startLine = line;
        int b = peek();
        boolean object = b == '{';
        untouched = false;
        if (format == Format.SNIFF && !object) format = Format.JSON;
        boolean complete;
        if (b == '{' || b == '[') complete = scanContainer();
        else if (b == '"') complete = scanString();
        else { scanToken(); complete = true; }
        if (!complete) {
            byte[] partial = doc.overflow ? EMPTY : doc.copy(lead, doc.size);
            return stop(new RawDocument(name, position++, startLine, partial,
                    "unexpected end of input inside the document that starts at line " + startLine
                            + " (unbalanced brackets or an unterminated string)"));
        }
        if (doc.overflow) return tooLarge(startLine);
        if (!object) {
            return new RawDocument(name, position++, startLine, doc.copy(lead, doc.size), NOT_AN_OBJECT);
        }
        if (format == Format.SNIFF) {
            if (line == startLine) {
                // One object per line: NDJSON. The rest of this line belongs to the first document.
                format = Format.LINES;
                readRestOfLine();
                if (doc.overflow) return tooLarge(startLine);
                int end = doc.size;
                if (end > lead && doc.data[end - 1] == '\r') end--;
                return new RawDocument(name, position++, startLine, doc.copy(lead, end), null);
            }
            format = Format.JSON;
        }
        int end = doc.size;
        if (lone) {
            int kept = skipWhitespace(true);
            if (kept >= 0 && !doc.overflow && peek() < 0) {
                return new RawDocument(name, position++, startLine, doc.copy(0, doc.size), null);
            }
        }
        return new RawDocument(name, position++, startLine, doc.copy(lead, end), null);
    }

    private RawDocument tooLarge(long startLine) {
        return new RawDocument(name, position++, startLine, EMPTY, "document exceeds " + maxBytes + " bytes");
    }

    /** Bytes that matter outside strings ('"', brackets, newline) and inside them ('"', '\\', newline). */
    private static final boolean[] STRUCTURAL = new boolean[256];
    private static final boolean[] IN_STRING = new boolean[256];

    static {
        for (char c : new char[] {'"', '{', '}', '[', ']', '\n'}) STRUCTURAL[c] = true;
        for (char c : new char[] {'"', '\\', '\n'}) IN_STRING[c] = true;
    }

    /** From an opening bracket to its matching closing one. False at the end of input. */
    private boolean scanContainer() throws IOException {
        int depth = 0;
        boolean inString = false;
        boolean escape = false;
        final boolean[] structural = STRUCTURAL;
        final boolean[] inStr = IN_STRING;
        while (true) {
            if (pos == lim && !fill()) return false;
            final byte[] b = buf;
            final int l = lim;
            final int start = pos;
            int i = start;
            boolean closed = false;
            if (escape) {           // the byte after a backslash that ended the previous buffer
                escape = false;
                i++;
            }
            scan:
            while (i < l) {
                if (inString) {
                    while (i < l && !inStr[b[i] & 0xFF]) i++;
                    if (i == l) break;
                    byte c = b[i++];
                    if (c == '"') inString = false;
                    else if (c == '\\') {
                        if (i < l) i++;
                        else escape = true;
                    } else {
                        line++;
                    }
                } else {
                    while (i < l && !structural[b[i] & 0xFF]) i++;
                    if (i == l) break;
                    byte c = b[i++];
                    switch (c) {
                        case '"' -> inString = true;
                        case '{', '[' -> depth++;
                        case '}', ']' -> {
                            if (--depth == 0) {
                                closed = true;
                                break scan;
                            }
                        }
                        default -> line++;
                    }
                }
            }
            doc.append(b, start, i - start);
            pos = i;
            if (closed) return true;
        }
    }

    /** From an opening quote to the closing one. False at the end of input. */
    private boolean scanString() throws IOException {
        boolean escape = false;
        boolean first = true;
        while (true) {
            if (pos == lim && !fill()) return false;
            int start = pos;
            int i = start;
            boolean closed = false;
            for (; i < lim; i++) {
                byte c = buf[i];
                if (first) { first = false; continue; }
                if (escape) escape = false;
                else if (c == '\\') escape = true;
                else if (c == '"') { i++; closed = true; break; }
                else if (c == '\n') line++;
            }
            doc.append(buf, start, i - start);
            pos = i;
            if (closed) return true;
        }
    }

    /** A bare token (number, literal or garbage): up to whitespace, a structural character or the end. */
    private void scanToken() throws IOException {
        boolean first = true;
        while (true) {
            if (pos == lim && !fill()) return;
            int start = pos;
            int i = start;
            for (; i < lim; i++) {
                byte c = buf[i];
                if (!first && (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == ']' || c == '}'
                        || c == '[' || c == '{' || c == '"')) {
                    doc.append(buf, start, i - start);
                    pos = i;
                    return;
                }
                first = false;
            }
            doc.append(buf, start, i - start);
            pos = i;
        }
    }

    /**
     * Skips whitespace, counting lines. With {@code keep}, the whitespace is also appended to
     * {@link #doc} and the count kept is returned, or -1 when there was too much to keep.
     */
    private int skipWhitespace(boolean keep) throws IOException {
        int kept = 0;
        while (true) {
            if (pos == lim && !fill()) return kept;
            byte c = buf[pos];
            if (c == '\n') line++;
            else if (c != ' ' && c != '\t' && c != '\r') return kept;
            if (keep && kept >= 0) {
                if (kept < MAX_KEPT_WHITESPACE && doc.size < maxBytes) {
                    doc.append(buf, pos, 1);
                    kept++;
                } else {
                    kept = -1;
                }
            }
            pos++;
        }
    }

    // ---------------------------------------------------------------------------------- bytes

    /**
     * Skips a UTF-8 byte order mark. Returns what a UTF-16 or UTF-32 byte order mark says the input is
     * (such an input is not read: every byte of it would be a syntax error), or null.
     */
    private String skipBom() throws IOException {
        while (lim - pos < 4 && !eof) {
            int n = in.read(buf, lim, buf.length - lim);
            if (n < 0) eof = true;
            else lim += n;
        }
        int avail = lim - pos;
        if (avail >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF) {
            pos += 3;
            return null;
        }
        if (avail >= 4 && buf[pos] == 0 && buf[pos + 1] == 0 && buf[pos + 2] == (byte) 0xFE && buf[pos + 3] == (byte) 0xFF) {
            return "UTF-32 (big-endian byte order mark 00 00 FE FF)";
        }
        if (avail >= 4 && buf[pos] == (byte) 0xFF && buf[pos + 1] == (byte) 0xFE && buf[pos + 2] == 0 && buf[pos + 3] == 0) {
            return "UTF-32 (little-endian byte order mark FF FE 00 00)";
        }
        if (avail >= 2 && buf[pos] == (byte) 0xFE && buf[pos + 1] == (byte) 0xFF) return "UTF-16 (big-endian byte order mark FE FF)";
        if (avail >= 2 && buf[pos] == (byte) 0xFF && buf[pos + 1] == (byte) 0xFE) return "UTF-16 (little-endian byte order mark FF FE)";
        // RFC 4627 section 3: JSON text starts with two ASCII characters, so the pattern of zero bytes
        // among the first four tells UTF-16 and UTF-32 without a byte order mark
        if (avail >= 4) {
            boolean z0 = buf[pos] == 0, z1 = buf[pos + 1] == 0, z2 = buf[pos + 2] == 0, z3 = buf[pos + 3] == 0;
            if (z0 && z1 && z2 && !z3) return "UTF-32 (big-endian, no byte order mark)";
            if (!z0 && z1 && z2 && z3) return "UTF-32 (little-endian, no byte order mark)";
            if (z0 && !z1 && z2 && !z3) return "UTF-16 (big-endian, no byte order mark)";
            if (!z0 && z1 && !z2 && z3) return "UTF-16 (little-endian, no byte order mark)";
        }
        return null;
    }

    private int peek() throws IOException {
        if (pos == lim && !fill()) return -1;
        return buf[pos] & 0xFF;
    }

    /** Refills the (consumed) buffer. False at the end of input. */
    private boolean fill() throws IOException {
        if (eof) return false;
        pos = 0;
        lim = 0;
        while (true) {
            int n = in.read(buf, 0, buf.length);
            if (n < 0) { eof = true; return false; }
            if (n > 0) { lim = n; return true; }
        }
    }

    private static String show(int b) {
        if (b >= 0x20 && b < 0x7F) return "'" + (char) b + "'";
        return String.format("byte 0x%02X", b);
    }

    /** The bytes of the document being cut; stops growing (and says so) past the size limit. */
    static final class DocBuffer {
        /** Reused up to this size; a bigger one (a rare huge document) is let go after its document. */
        private static final int KEEP = 64 << 20;
        final int max;
        byte[] data = new byte[8192];
        int size;
        boolean overflow;

        DocBuffer(int max) { this.max = max; }

        void reset() {
            size = 0;
            overflow = false;
            if (data.length > KEEP) data = new byte[8192];
        }

        void append(byte[] src, int off, int len) {
            if (overflow || len == 0) return;
            if ((long) size + len > max) {
                overflow = true;
                size = 0;
                data = new byte[8192];
                return;
            }
            if (size + len > data.length) {
                long want = Math.max((long) data.length * 2, (long) size + len);
                data = Arrays.copyOf(data, (int) Math.min(want, ReaderLimits.MAX_BUFFERABLE_BYTES));
            }
            System.arraycopy(src, off, data, size, len);
            size += len;
        }

        byte[] copy(int from, int to) { return Arrays.copyOfRange(data, from, to); }
    }
}
