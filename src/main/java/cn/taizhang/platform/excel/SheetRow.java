package cn.taizhang.platform.excel;

import java.util.Map;

/**
 * One data row of an uploaded sheet: its number as Excel shows it (the header is usually row 1, so the first data row is
 * 2) and the text of each of its columns by header, for every expected column the file has ("" when the cell is blank).
 */
public record SheetRow(int row, Map<String, String> cells) {

    /** The cell's text under {@code header}; "" when blank or when the file has no such column. */
    public String text(String header) {
        return cells.getOrDefault(header, "");
    }
}
