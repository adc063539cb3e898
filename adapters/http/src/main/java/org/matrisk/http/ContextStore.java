package org.matrisk.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where trust contexts and recorded payments live: an SQLite database ({@code DIR/matrisk.db}) in WAL
 * mode with {@code synchronous=FULL}, so a write is on disk (the WAL fsynced) when its commit returns:
 * a payment is acknowledged with 201 only after that, and survives {@code kill -9} or a power cut.
 *
 * <p>A context is stored as its document without {@code transactions} (the skeleton, as JSON) and its
 * ledger as one row per transaction (the transaction's JSON as received, with the decision given when
 * it was recorded). One connection, one writer at a time (the methods are synchronized).
 */
final class ContextStore implements AutoCloseable {
    static final String FILE = "matrisk.db";

    private final Connection db;
    private volatile boolean open;

    record Stored(String trustId, byte[] skeleton, List<byte[]> ledger) {}

    private ContextStore(Connection db) {
        this.db = db;
        this.open = true;
    }

    static ContextStore open(Path dir) throws IOException, SQLException {
        Files.createDirectories(dir);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(FILE).toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA busy_timeout=5000");
            s.execute("CREATE TABLE IF NOT EXISTS contexts (trust_id TEXT PRIMARY KEY, skeleton BLOB NOT NULL, updated_at TEXT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS payments (trust_id TEXT NOT NULL, tx_id TEXT NOT NULL, tx BLOB NOT NULL, "
                    + "decision TEXT, recorded_at TEXT NOT NULL, PRIMARY KEY (trust_id, tx_id))");
            try (ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
                if (!r.next() || !"wal".equalsIgnoreCase(r.getString(1))) throw new SQLException("SQLite did not switch to WAL mode");
            }
        }
        c.setAutoCommit(false);
        return new ContextStore(c);
    }

    boolean isOpen() { return open; }

    /**
     * Stores a context: its skeleton, and when {@code ledger} is not null, that ledger in place of the
     * one recorded (each entry {@code {txId, json}}); when null, the recorded ledger is kept.
     */
    synchronized void putContext(String trustId, byte[] skeleton, List<String[]> ledger) throws SQLException {
        String now = Instant.now().toString();
        try {
            try (PreparedStatement p = db.prepareStatement("INSERT OR REPLACE INTO contexts (trust_id, skeleton, updated_at) VALUES (?, ?, ?)")) {
                p.setString(1, trustId);
                p.setBytes(2, skeleton);
                p.setString(3, now);
                p.executeUpdate();
            }
            if (ledger != null) {
                try (PreparedStatement p = db.prepareStatement("DELETE FROM payments WHERE trust_id = ?")) {
                    p.setString(1, trustId);
                    p.executeUpdate();
                }
                try (PreparedStatement p = db.prepareStatement(
                        "INSERT OR REPLACE INTO payments (trust_id, tx_id, tx, decision, recorded_at) VALUES (?, ?, ?, NULL, ?)")) {
                    for (String[] t : ledger) {
                        p.setString(1, trustId);
                        p.setString(2, t[0]);
                        p.setBytes(3, t[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        p.setString(4, now);
                        p.addBatch();
                    }
                    p.executeBatch();
                }
            }
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        }
    }

    /** Records a payment (replacing one with the same id) with the decision given for it; durable when this returns. */
    synchronized void recordPayment(String trustId, String txId, byte[] tx, String decision) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "INSERT OR REPLACE INTO payments (trust_id, tx_id, tx, decision, recorded_at) VALUES (?, ?, ?, ?, ?)")) {
            p.setString(1, trustId);
            p.setString(2, txId);
            p.setBytes(3, tx);
            p.setString(4, decision);
            p.setString(5, Instant.now().toString());
            p.executeUpdate();
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        }
    }

    synchronized Optional<Stored> load(String trustId) throws SQLException {
        byte[] skeleton;
        try (PreparedStatement p = db.prepareStatement("SELECT skeleton FROM contexts WHERE trust_id = ?")) {
            p.setString(1, trustId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) return Optional.empty();
                skeleton = r.getBytes(1);
            }
        }
        List<byte[]> ledger = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement("SELECT tx FROM payments WHERE trust_id = ? ORDER BY rowid")) {
            p.setString(1, trustId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) ledger.add(r.getBytes(1));
            }
        }
        db.commit();
        return Optional.of(new Stored(trustId, skeleton, ledger));
    }

    synchronized List<String> trustIds() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT trust_id FROM contexts ORDER BY trust_id")) {
            while (r.next()) out.add(r.getString(1));
        }
        db.commit();
        return out;
    }

    @Override
    public synchronized void close() throws SQLException {
        if (!open) return;
        open = false;
        db.close();
    }
}
