/**
 * The backup and restore commands: one consistent snapshot of every table and the photo files it
 * references, checked and loaded back in one transaction.
 *
 * <p>Uses: none.
 */
package cn.taizhang.platform.backup;
