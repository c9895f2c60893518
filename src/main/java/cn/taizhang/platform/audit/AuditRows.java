package cn.taizhang.platform.audit;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The statement that appends to the audit trail, for the access module and for a statement that must write its
 * change and the change's audit row at once (a single report is one autocommitted statement).
 */
public final class AuditRows {

    private static final String INTO = """
            INSERT INTO audit_event (action, actor_id, actor_username, actor_jurisdiction, source_address, method, path,
                                     status, target_type, target_id, before_ref, after_ref, detail)
            """;
    private static final String VALUES = """
            :action, CAST(:actorId AS bigint), :actorUsername, :jurisdiction, :source, :method, :path, CAST(:status AS int),
            :targetType, :targetId, :beforeRef, :afterRef, :detail""";

    public static final String INSERT = INTO + "VALUES (" + VALUES + ")";

    /** {@link #INSERT} in a transaction that has written something, else nothing: one that only read changed nothing. */
    public static final String INSERT_IF_WRITTEN = INTO + "SELECT " + VALUES + " WHERE pg_current_xact_id_if_assigned() IS NOT NULL";

    private AuditRows() {
    }

    /**
     * A common table expression ({@code name AS (INSERT …)}) that writes one CHANGE row for each row of the
     * expression {@code from} (which has an {@code id}), naming it as a {@code targetType}; its parameters come from
     * {@link #params}.
     */
    public static String createdRowsOf(String from, String name, String targetType) {
        return name + " AS (INSERT INTO audit_event (action, actor_id, actor_username, actor_jurisdiction, source_address, method, path,"
                + " target_type, target_id, after_ref) SELECT 'CHANGE', :auditActorId, :auditActorUsername, :auditJurisdiction,"
                + " :auditSource, :auditMethod, :auditPath, '" + targetType + "', " + from + ".id::text, " + from + ".id::text FROM " + from + ")";
    }

    /** The parameters of {@link #createdRowsOf} over those of the statement itself. */
    public static SqlParameterSource params(SqlParameterSource statement, AuditNote.Change change) {
        MapSqlParameterSource audit = new MapSqlParameterSource()
                .addValue("auditActorId", change.actorId()).addValue("auditActorUsername", change.actorUsername())
                .addValue("auditJurisdiction", change.actorJurisdiction()).addValue("auditSource", change.sourceAddress())
                .addValue("auditMethod", change.method()).addValue("auditPath", change.path());
        return new SqlParameterSource() {
            @Override
            public boolean hasValue(String name) {
                return audit.hasValue(name) || statement.hasValue(name);
            }

            @Override
            public Object getValue(String name) {
                return audit.hasValue(name) ? audit.getValue(name) : statement.getValue(name);
            }

            @Override
            public int getSqlType(String name) {
                return audit.hasValue(name) ? audit.getSqlType(name) : statement.getSqlType(name);
            }

            @Override
            public String getTypeName(String name) {
                return audit.hasValue(name) ? audit.getTypeName(name) : statement.getTypeName(name);
            }
        };
    }
}
