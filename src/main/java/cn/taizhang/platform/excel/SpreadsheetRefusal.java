package cn.taizhang.platform.excel;

import cn.taizhang.platform.Problem;

/** The codes {@link SpreadsheetReader} refuses an upload with: each a {@link Problem} of kind INVALID with a Chinese detail. */
public final class SpreadsheetRefusal {

    /** Not an .xlsx workbook: another kind of file (an image, a web page, CSV, an old .xls), a damaged or cut-off one. */
    public static final String NOT_A_SPREADSHEET = "NOT_A_SPREADSHEET";
    /** Larger than {@link SpreadsheetLimits} allow, once inflated, or compressed beyond belief (a zip bomb). */
    public static final String SPREADSHEET_TOO_LARGE = "SPREADSHEET_TOO_LARGE";
    /** More data rows, or rows of any kind, than {@link SpreadsheetLimits} allow. */
    public static final String TOO_MANY_ROWS = "TOO_MANY_ROWS";
    /** A required column is not in the header row; the detail names each. */
    public static final String HEADER_MISSING = "HEADER_MISSING";
    /** The header row has a column the import does not know; the detail names each. */
    public static final String HEADER_UNKNOWN = "HEADER_UNKNOWN";
    /** The header row has a column twice. */
    public static final String HEADER_DUPLICATE = "HEADER_DUPLICATE";
    /** No data row after the header, or no header at all. */
    public static final String EMPTY_SPREADSHEET = "EMPTY_SPREADSHEET";

    private SpreadsheetRefusal() {
    }

    static Problem notASpreadsheet(String detail) {
        return Problem.invalid(NOT_A_SPREADSHEET, detail);
    }

    static Problem damaged() {
        return notASpreadsheet("文件已损坏或不完整，无法作为 Excel 工作簿（.xlsx）读取");
    }

    /** Beyond what Excel itself writes: no file Excel saved looks like this. */
    static Problem beyondExcel(String what) {
        return notASpreadsheet("文件不是有效的 Excel 工作簿：" + what + "超出了 Excel 的限制");
    }

    static Problem tooLarge(String detail) {
        return Problem.invalid(SPREADSHEET_TOO_LARGE, detail);
    }

    static Problem tooManyRows(String detail) {
        return Problem.invalid(TOO_MANY_ROWS, detail);
    }
}
