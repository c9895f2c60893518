/**
 * The audit chain: seals the audit rows into a hash chain, exports its head every minute, and verifies
 * the chain (the verify-audit command).
 *
 * <p>Uses: platform.
 */
package cn.taizhang.access.chain;
