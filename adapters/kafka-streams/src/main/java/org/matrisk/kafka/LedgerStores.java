package org.matrisk.kafka;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.matrisk.model.Enums.Direction;
import org.matrisk.model.Period;
import org.matrisk.model.Transaction;

/**
 * The ledger flow's state, in two persistent (RocksDB, changelogged) stores, both keyed by strings:
 * <ul>
 * <li>{@value #CONTEXTS}: trust id → the CONTEXT document as read (without its transactions);
 * {@code <trust id> NUL <change number, 10 digits>} → each later context event (declaration, notice, party)
 * as it came, one entry each, in the order applied; {@code <trust id> SOH} → the next change number. No
 * entry grows with the number of a trust's events: each is at most one input record;</li>
 * <li>{@value #PAYMENTS}: {@code <trust id> NUL <financial year end, 5 digits> NUL <payment id>} → the
 * payment's date, party, amount and contract: every payment of the retained years, related or not, since
 * whether it counts in a related-party total is judged against the context when a total is taken.</li>
 * </ul>
 * Totals are never stored: they are recomputed from the payments, so a restart (or a declaration that
 * makes a party related) cannot leave a stale total behind.
 */
final class LedgerStores {
    private LedgerStores() {}

    static final String CONTEXTS = "matrisk-ledger-contexts";
    static final String PAYMENTS = "matrisk-ledger-payments";
    private static final char SEP = '\u0000';

    static StoreBuilder<KeyValueStore<String, byte[]>> contexts() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CONTEXTS), Serdes.String(), Serdes.ByteArray());
    }

    static StoreBuilder<KeyValueStore<String, byte[]>> payments() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PAYMENTS), Serdes.String(), Serdes.ByteArray());
    }

    static String trustPrefix(String trustId) { return trustId + SEP; }

    /** The first key of financial year {@code yearEnd} (keys of earlier years sort before it). */
    static String yearStart(String trustId, int yearEnd) { return trustId + SEP + padded(yearEnd, 5); }

    /** {@code n} in decimal, left-padded with zeros to {@code width} digits (String.format("%0Nd"), without the formatter: on every payment). */
    static String padded(int n, int width) {
        if (n < 0) return String.format("%0" + width + "d", n);
        String digits = Integer.toString(n);
        if (digits.length() >= width) return digits;
        return "0".repeat(width - digits.length()) + digits;
    }

    static String paymentKey(String trustId, Transaction t) {
        return yearStart(trustId, Period.financialYearEnd(t.date())) + SEP + t.id();
    }

    static byte[] encodePayment(Transaction t) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(48);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(t.date().toEpochDay());
            text(out, t.partyId());
            text(out, t.amount().toPlainString());
            out.writeBoolean(t.contractId() != null);
            if (t.contractId() != null) text(out, t.contractId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The payment stored under {@code key}: what the totals need (date, party, amount, contract). */
    static Transaction decodePayment(String key, byte[] value) {
        String id = key.substring(key.lastIndexOf(SEP) + 1);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value))) {
            LocalDate date = LocalDate.ofEpochDay(in.readLong());
            String party = text(in);
            BigDecimal amount = new BigDecimal(text(in));
            String contract = in.readBoolean() ? text(in) : null;
            return new Transaction(id, date, party, amount, Direction.PAYMENT, null, contract, null, null, null, false, null, null, "");
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable payment " + key.replace(SEP, '/'), e);
        }
    }

    /** The key of a trust's context change number {@code seq} (in the contexts store; they sort in the order applied). */
    static String changeKey(String trustId, int seq) { return trustId + SEP + padded(seq, 10); }

    /** The key under which a trust's next change number is kept (in the contexts store, outside the changes' prefix). */
    static String nextChangeKey(String trustId) { return trustId + '\u0001'; }

    static byte[] encodeInt(int n) { return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n}; }

    static int decodeInt(byte[] b) { return b == null ? 0 : (b[0] & 255) << 24 | (b[1] & 255) << 16 | (b[2] & 255) << 8 | (b[3] & 255); }

    /**
     * A trust's stored context: the CONTEXT document's bytes. The context events applied since are stored one
     * entry each ({@link #changeKey}), so that no entry grows with the number of events; {@code changes} holds
     * only those of a store written before that layout (read, never written again).
     */
    record StoredContext(byte[] document, List<byte[]> changes) {
        StoredContext(byte[] document) { this(document, List.of()); }

        byte[] encode() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(document.length + 64);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(document.length);
                out.write(document);
                out.writeInt(changes.size());
                for (byte[] c : changes) {
                    out.writeInt(c.length);
                    out.write(c);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        static StoredContext decode(byte[] value) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value))) {
                byte[] doc = in.readNBytes(in.readInt());
                int n = in.readInt();
                List<byte[]> changes = new ArrayList<>(n);
                for (int i = 0; i < n; i++) changes.add(in.readNBytes(in.readInt()));
                return new StoredContext(doc, changes);
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable stored context", e);
            }
        }
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }
}
