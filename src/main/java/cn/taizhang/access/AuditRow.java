package cn.taizhang.access;

/** One audit row to write; the actor's fields are copied from the {@link Caller}, if any. */
record AuditRow(String action, Long actorId, String actorUsername, String jurisdiction, String source, String method, String path,
        Integer status, String targetType, String targetId, String beforeRef, String afterRef, String detail) {

    static final String INSERT = """
            INSERT INTO audit_event (action, actor_id, actor_username, actor_jurisdiction, source_address, method, path,
                                     status, target_type, target_id, before_ref, after_ref, detail)
            VALUES (:action, :actorId, :actorUsername, :jurisdiction, :source, :method, :path, :status,
                    :targetType, :targetId, :beforeRef, :afterRef, :detail)
            """;

    static AuditRow of(String action, Caller caller, String attemptedUsername, String source, String method, String path,
            Integer status, String targetType, String targetId, String beforeRef, String afterRef, String detail) {
        return new AuditRow(action, caller == null ? null : caller.id(), caller == null ? attemptedUsername : caller.getUsername(),
                caller == null ? null : caller.jurisdictionCode(), source, method, path, status, targetType, targetId, beforeRef,
                afterRef, detail);
    }
}
