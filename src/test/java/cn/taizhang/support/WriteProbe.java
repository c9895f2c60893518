package cn.taizhang.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Notices any write to the business tables: a row-level trigger on each (installed as the schema owner)
 * appends to a probe table, whose size a test compares before and after a request. Tables written behind
 * a request or by background jobs are left out, as their rows may follow an earlier request. Close it to
 * drop the triggers, so that other tests run against the schema as the application has it.
 */
public final class WriteProbe implements AutoCloseable {

    /** Written behind requests or by timers: the audit trail and its seals (refused attempts are audited on purpose),
     * the failed sign-ins (counted on purpose), tally deltas and their folding, the notices outbox, tokens (their last
     * use) and Flyway's history. */
    private static final Set<String> UNWATCHED = Set.of("audit_event", "audit_seal", "sign_in_throttle", "case_tally", "case_tally_delta", "notice",
            "webhook_delivery", "api_token", "case_number_counter", "flyway_schema_history", "write_probe");

    private final Connection owner;
    private final List<String> tables = new ArrayList<>();

    public WriteProbe(DataSource ownerDataSource) throws SQLException {
        owner = ownerDataSource.getConnection();
        owner.setAutoCommit(true);
        try (Statement s = owner.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS write_probe (tbl text NOT NULL, op text NOT NULL)");
            s.execute("TRUNCATE write_probe");
            s.execute("""
                    CREATE OR REPLACE FUNCTION write_probe() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
                    BEGIN
                        INSERT INTO write_probe VALUES (TG_TABLE_NAME, TG_OP);
                        RETURN NULL;
                    END $$""");
            try (ResultSet rs = s.executeQuery("""
                    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition""")) {
                while (rs.next()) {
                    if (!UNWATCHED.contains(rs.getString(1))) {
                        tables.add(rs.getString(1));
                    }
                }
            }
            for (String table : tables) {
                s.execute("CREATE TRIGGER write_probe AFTER INSERT OR UPDATE OR DELETE ON " + table
                        + " FOR EACH ROW EXECUTE FUNCTION write_probe()");
            }
        }
    }

    /** How many rows have been written to the watched tables so far. */
    public long writes() throws SQLException {
        try (Statement s = owner.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM write_probe")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The tables written since the {@code since}-th write, for a failure message. */
    public List<String> writtenSince(long since) throws SQLException {
        List<String> written = new ArrayList<>();
        try (Statement s = owner.createStatement();
                ResultSet rs = s.executeQuery("SELECT tbl || ' ' || op FROM write_probe OFFSET " + since)) {
            while (rs.next()) {
                written.add(rs.getString(1));
            }
        }
        return written;
    }

    public List<String> tables() {
        return tables;
    }

    @Override
    public void close() throws SQLException {
        try (Statement s = owner.createStatement()) {
            for (String table : tables) {
                s.execute("DROP TRIGGER IF EXISTS write_probe ON " + table);
            }
            s.execute("DROP TABLE IF EXISTS write_probe");
            s.execute("DROP FUNCTION IF EXISTS write_probe()");
        } finally {
            owner.close();
        }
    }
}
