package cn.taizhang.access.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Reads audit rows for the chain: every column, {@code xact} as text. */
final class AuditRows {

    /** The columns of {@code audit_event a}, in the order {@link #read} expects them. */
    static final String COLUMNS = """
            a.id, a.at, a.action, a.actor_id, a.actor_username, a.actor_jurisdiction, a.source_address, a.method, a.path,
            a.status, a.target_type, a.target_id, a.before_ref, a.after_ref, a.detail, a.xact::text AS xact""";

    private AuditRows() {
    }

    /** The row under the cursor, or {@code null} where an outer join found none. */
    static AuditRecord read(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject("at", OffsetDateTime.class);
        if (at == null) {
            return null;
        }
        return new AuditRecord(rs.getLong("id"), at.toInstant(), rs.getString("action"), rs.getObject("actor_id", Long.class),
                rs.getString("actor_username"), rs.getString("actor_jurisdiction"), rs.getString("source_address"),
                rs.getString("method"), rs.getString("path"), rs.getObject("status", Integer.class), rs.getString("target_type"),
                rs.getString("target_id"), rs.getString("before_ref"), rs.getString("after_ref"), rs.getString("detail"),
                rs.getString("xact"));
    }
}
