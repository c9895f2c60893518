package cn.taizhang.access.chain;

import java.time.Instant;

/** Every column of one {@code audit_event} row, as the chain hashes it. {@code xact} is the writing transaction's id. */
public record AuditRecord(long id, Instant at, String action, Long actorId, String actorUsername, String actorJurisdiction,
        String sourceAddress, String method, String path, Integer status, String targetType, String targetId,
        String beforeRef, String afterRef, String detail, String xact) {
}
