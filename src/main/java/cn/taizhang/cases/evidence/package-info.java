/**
 * Evidence photos (照片): uploaded before and after a fix, checked to be images, stored as files by their hash and
 * served only to those who may see the case; the cleaner that removes files no row names.
 *
 * <p>Uses: platform, access.
 */
package cn.taizhang.cases.evidence;
