/**
 * Excel (.xlsx) in and out. Out: ledgers (台账) as a sheet with a Chinese header row, short lists built in memory and
 * long ones streamed row by row ({@link cn.taizhang.platform.excel.ExcelSheet}). In: uploads read for the registries'
 * imports ({@link cn.taizhang.platform.excel.SpreadsheetReader}), checked before they are parsed (zip bombs, oversized
 * or malformed content) and refused as Problems; the errors of a refused import
 * ({@link cn.taizhang.platform.excel.ImportRejected}) and the template and error report sheets
 * ({@link cn.taizhang.platform.excel.ImportSheets}).
 *
 * <p>Uses: none.
 */
package cn.taizhang.platform.excel;
