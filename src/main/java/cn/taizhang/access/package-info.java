/**
 * Access: sign-in with password and second factor, API tokens, sessions, lockouts, the resolution of a
 * caller's jurisdiction into a scope, and the audit trail of who did what.
 *
 * <p>Uses: platform, territory, organisation.
 */
package cn.taizhang.access;
