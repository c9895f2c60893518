package cn.taizhang.access.chain;

/** One row of {@code audit_seal} with the audit row it seals ({@code null} if that row is gone). */
public record SealedLink(long seq, long auditId, byte[] hash, AuditRecord row) {
}
