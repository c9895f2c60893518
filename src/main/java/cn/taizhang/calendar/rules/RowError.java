package cn.taizhang.calendar.rules;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One bad row of a calendar file: its line in the file (the header is line 1; none for the file as a
 * whole), a stable machine {@code code} and a Chinese {@code detail} that names the line.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RowError(Integer line, String code, String detail) {

    public static RowError atLine(int line, String code, String reason) {
        return new RowError(line, code, "第" + line + "行：" + reason);
    }

    public static RowError ofFile(String code, String reason) {
        return new RowError(null, code, reason);
    }
}
