/**
 * Excel ledgers (台账): a list written as an .xlsx sheet with a Chinese header row.
 *
 * <p>Uses: none.
 */
package cn.taizhang.platform.excel;
