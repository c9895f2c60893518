package cn.taizhang.platform.excel;

/**
 * One error found in an imported sheet: the row as Excel numbers it, the column by its Chinese header (null when the
 * row as a whole is at fault, e.g. a duplicate of another row), a stable machine code and a Chinese detail that reads
 * on its own (it names the row and column).
 */
public record ImportError(int row, String column, String code, String detail) {

    /** An error in one cell, the detail starting with where it is: "第 5 行“企业名称”：不能为空". */
    public static ImportError at(int row, String column, String code, String reason) {
        return new ImportError(row, column, code, "第 " + row + " 行“" + column + "”：" + reason);
    }

    /** An error of a row as a whole: "第 5 行：与第 3 行重复". */
    public static ImportError ofRow(int row, String code, String reason) {
        return new ImportError(row, null, code, "第 " + row + " 行：" + reason);
    }
}
