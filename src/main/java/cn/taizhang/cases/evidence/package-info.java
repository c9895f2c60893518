/**
 * Evidence photos (照片): uploaded before and after a fix, checked to be images and stored by {@code platform.photos},
 * served only to those who may see the case.
 *
 * <p>Uses: platform, access.
 */
package cn.taizhang.cases.evidence;
