/**
 * Reads and checks division lists and grid files, collecting every bad row. Plain Java, free of Spring.
 *
 * <p>Uses: platform.
 */
package cn.taizhang.territory.imports;
