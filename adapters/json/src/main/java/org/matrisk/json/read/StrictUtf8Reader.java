package org.matrisk.json.read;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a document's bytes as strict UTF-8 while the parser reads (no second copy of the
 * document as chars). Malformed input is not replaced: it stops the read and records its byte offset.
 */
final class StrictUtf8Reader extends Reader {

    static final class InvalidUtf8 extends CharacterCodingException {
        @Override public String getMessage() { return "invalid UTF-8"; }
    }

    private final ByteBuffer in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private boolean flushed;
    /** Offset of the first byte of the invalid sequence, or -1. */
    long errorOffset = -1;
    int errorLength;

    StrictUtf8Reader(byte[] bytes) {
        this.in = ByteBuffer.wrap(bytes);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (errorOffset >= 0) throw new InvalidUtf8();
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        if (in.hasRemaining()) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                errorOffset = in.position();
                errorLength = r.length();
                if (out.position() > off) return out.position() - off;  // hand over what was good first
                throw new InvalidUtf8();
            }
        }
        if (!in.hasRemaining() && !flushed) {
            if (decoder.flush(out).isUnderflow()) flushed = true;
        }
        int n = out.position() - off;
        return n == 0 && flushed ? -1 : n;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
