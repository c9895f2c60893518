/**
 * A CSV line splitter (RFC 4180 quoting) for the import files. Plain Java, free of Spring.
 *
 * <p>Uses: none.
 */
package cn.taizhang.platform.csv;
