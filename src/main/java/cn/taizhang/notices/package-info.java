/**
 * Notices (通知): in-app notices per person, and the signed outbound webhook with its outbox.
 *
 * <p>Uses: platform, access.
 */
package cn.taizhang.notices;
