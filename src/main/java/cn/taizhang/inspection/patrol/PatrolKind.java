package cn.taizhang.inspection.patrol;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a round was for; the codes are the API's and the database's. */
public enum PatrolKind {
    ROUTINE("routine", "日常巡查"),
    INTERNET_CAFE("internet_cafe", "网吧巡查"),
    SAFETY("safety", "安全隐患巡查"),
    SECURITY("security", "治安巡逻"),
    SANITATION("sanitation", "环境卫生巡查"),
    OTHER("other", "其他");

    private final String code;
    private final String label;

    PatrolKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<PatrolKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    /** The name of a stored code; the code itself for one this build does not know. */
    public static String labelOf(String code) {
        return of(code).map(PatrolKind::label).orElse(code);
    }

    static String codes() {
        return Arrays.stream(values()).map(k -> k.code + "（" + k.label + "）").collect(Collectors.joining("、"));
    }
}
