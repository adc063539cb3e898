package org.matrisk.json.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Batches far bigger than what is held: documents are generated on the fly and never materialised together. */
class StreamingTest {

    static final int DOCS = 20_000;

    /** An input stream of {@code count} small documents, as a JSON array or NDJSON, produced as it is read. */
    static final class Generated extends InputStream {
        private final int count;
        private final boolean array;
        private int next;
        private byte[] chunk;
        private int pos;

        Generated(int count, boolean array) {
            this.count = count;
            this.array = array;
            this.chunk = (array ? "[\n" : "").getBytes(StandardCharsets.UTF_8);
        }

        private boolean refill() {
            if (next > count) return false;
            String s;
            if (next == count) s = array ? "\n]\n" : "";
            else {
                s = (array && next > 0 ? ",\n" : "") + "{\"schemaVersion\":\"1\",\"trust\":{\"id\":\"T" + next
                        + "\",\"name\":\"Trust " + next + "\",\"type\":\"SAT\"},\"period\":{\"start\":\"2023-09-01\",\"end\":\"2024-08-31\"},"
                        + "\"finance\":{\"totalIncome\":" + next + ".25},\"governance\":{\"members\":[\"P1\"],\"trustees\":[\"P1\"]},"
                        + "\"people\":[{\"id\":\"P1\"}],\"transactions\":[{\"id\":\"X\",\"date\":\"2024-01-01\",\"partyId\":\"O\",\"amount\":"
                        + (next % 1000 == 7 ? "-1" : "1") + "}],\"parties\":[{\"id\":\"O\",\"name\":\"o\"}],"
                        + "\"academies\":[{\"urn\":\"" + next + "\",\"name\":\"A\"}]}" + (array ? "" : "\n");
            }
            next++;
            chunk = s.getBytes(StandardCharsets.UTF_8);
            pos = 0;
            return true;
        }

        @Override
        public int read() {
            while (pos >= chunk.length) if (!refill()) return -1;
            return chunk[pos++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) return 0;
            while (pos >= chunk.length) if (!refill()) return -1;
            int n = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    private static void readGenerated(boolean array) {
        AtomicLong lastPosition = new AtomicLong(-1);
        ReadCounts counts = new TrustDataReader(new Generated(DOCS, array)).read(List.of("-"), ReaderLimits.defaults(), r -> {
            assertThat(r.info().position()).isEqualTo(lastPosition.incrementAndGet());
            if (r instanceof Parsed p) assertThat(p.document().trust().id()).isEqualTo("T" + r.info().position());
            else assertThat(((Rejected) r).problems().get(0).pointer()).isEqualTo("/transactions/0/amount");
        });
        assertThat(counts.read()).isEqualTo(DOCS);
        assertThat(counts.rejected()).isEqualTo(DOCS / 1000);   // every 1000th has a negative amount
        assertThat(counts.parsed()).isEqualTo(DOCS - DOCS / 1000);
    }

    @Test
    void generatedArrayOnStdin() {
        readGenerated(true);
    }

    @Test
    void generatedNdjsonOnStdin() {
        readGenerated(false);
    }
}
