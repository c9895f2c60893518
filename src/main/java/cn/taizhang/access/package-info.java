/**
 * Access: sign-in with password and second factor, API tokens, sessions, lockouts, the resolution of a
 * caller's jurisdiction into a scope, the audit trail of who did what, and the administrators' duties and pages (the
 * 系统管理员's console lands here; its sections are pages of the modules they configure).
 *
 * <p>Uses: platform, territory, organisation.
 */
package cn.taizhang.access;
