/**
 * The second factor: TOTP (RFC 6238) with its Base32 secrets and QR code, recovery codes, and which
 * roles must enrol.
 *
 * <p>Uses: platform, organisation.
 */
package cn.taizhang.access.twofactor;
