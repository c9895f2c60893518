package cn.taizhang.territory;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One bad row of an import: where it is ({@code line}: the file line of a CSV; {@code index}: the 0-based
 * position of a GeoJSON feature or an overlay member; neither for the file as a whole), a stable
 * machine {@code code} and a Chinese {@code detail} that also names the position.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportError(Integer line, Integer index, String code, String detail) {

    public static ImportError atLine(int line, String code, String reason) {
        return new ImportError(line, null, code, "第" + line + "行：" + reason);
    }

    public static ImportError atFeature(int index, String code, String reason) {
        return new ImportError(null, index, code, "第" + (index + 1) + "个要素（features[" + index + "]）：" + reason);
    }

    public static ImportError atMember(int index, String code, String reason) {
        return new ImportError(null, index, code, "第" + (index + 1) + "个成员：" + reason);
    }

    public static ImportError ofFile(String code, String reason) {
        return new ImportError(null, null, code, reason);
    }
}
