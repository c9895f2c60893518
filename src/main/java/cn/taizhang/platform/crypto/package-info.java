/**
 * Personal data at rest: the AES key, the encryption of phones and ID numbers, and their masks.
 *
 * <p>Uses: none.
 */
package cn.taizhang.platform.crypto;
