package cn.taizhang.platform.audit;

/**
 * The statement that appends to the audit trail, for the access module and for a statement that must write its
 * changes and their audit rows at once (reports are autocommitted statements).
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

    /**
     * The start of an INSERT of CHANGE rows from a query, for a statement that writes its changes and their audit rows
     * at once; to be followed by the rest of the SELECT list (actor id, username, jurisdiction, source address, method,
     * path, target type, target id, after-reference) and its FROM.
     */
    public static final String INSERT_CHANGES = """
            INSERT INTO audit_event (action, actor_id, actor_username, actor_jurisdiction, source_address, method, path,
                                     target_type, target_id, after_ref)
            SELECT 'CHANGE',\s""";

    private AuditRows() {
    }
}
