package cn.taizhang.organisation;

/**
 * Published inside the transaction that changed an account's roles, jurisdiction, department, password or state, so
 * that the signed-in side looks the account up again: its tokens and sessions must not act on what it was.
 * {@code disabled}: the account can no longer sign in, and its tokens are to be revoked with the change.
 */
public record StaffAccountChanged(long staffId, boolean disabled) {
}
