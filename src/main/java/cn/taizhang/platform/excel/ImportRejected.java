package cn.taizhang.platform.excel;

import cn.taizhang.platform.Problem;
import java.util.List;
import java.util.Map;

/**
 * An import refused as a whole because of errors in its rows: nothing was written. Answered as 400 problem+json with
 * {@code code: "IMPORT_REJECTED"} and {@code errors: [{row, column, code, detail}]}, the first {@value #LISTED} of them
 * (the detail says how many there are; {@link ImportSheets#writeErrors} writes them all as a sheet).
 */
public class ImportRejected extends Problem {

    public static final String CODE = "IMPORT_REJECTED";
    /** Errors listed in the answer, which must stay readable whatever the file. */
    public static final int LISTED = 1_000;

    private final List<ImportError> importErrors;

    /** Refused with a detail that counts the errors: "导入文件有 3 处错误，未写入任何数据". */
    public ImportRejected(List<ImportError> errors) {
        this(detail(errors.size()), errors);
    }

    public ImportRejected(String detail, List<ImportError> errors) {
        super(Kind.INVALID, CODE, detail);
        this.importErrors = List.copyOf(errors);
    }

    /** Every error, not only those listed in the answer. */
    public List<ImportError> importErrors() {
        return importErrors;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", importErrors.subList(0, Math.min(LISTED, importErrors.size())));
    }

    private static String detail(int errors) {
        return "导入文件有 " + errors + " 处错误，未写入任何数据" + (errors > LISTED ? "（下面列出前 " + LISTED + " 处）" : "");
    }
}
