/**
 * What other modules tell the audit trail: the facts of the change request being handled, the statement
 * that appends an audit row, and the personal data a response showed unmasked.
 *
 * <p>Uses: none.
 */
package cn.taizhang.platform.audit;
