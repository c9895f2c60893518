package cn.taizhang.platform.excel;

/**
 * One column of an import sheet, as the registry defines it: its Chinese header, whether a file must have it, and what
 * may be written under it (shown in the template's 填写说明, e.g. "18 位，数字或大写字母" or "是/否").
 */
public record SheetColumn(String header, boolean required, String format) {

    public static SheetColumn required(String header, String format) {
        return new SheetColumn(header, true, format);
    }

    public static SheetColumn optional(String header, String format) {
        return new SheetColumn(header, false, format);
    }
}
