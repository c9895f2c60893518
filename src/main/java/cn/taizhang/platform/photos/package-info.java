/**
 * Photos (照片) of every module — a case's evidence, a project's progress: checked to be whole images, stored as files
 * by their hash, carried by backups and cleaned when no row references them.
 */
package cn.taizhang.platform.photos;
