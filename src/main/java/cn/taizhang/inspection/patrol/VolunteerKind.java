package cn.taizhang.inspection.patrol;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a volunteer does; the codes are the API's and the database's (V33). */
public enum VolunteerKind {
    /** 老干部、老战士、老专家、老教师、老模范 who watch the internet cafés for minors. */
    WULAO_INTERNET_CAFE("wulao_internet_cafe", "“五老”网吧监督员"),
    SAFETY_VOLUNTEER("safety_volunteer", "平安志愿者"),
    OTHER("other", "其他");

    private final String code;
    private final String label;

    VolunteerKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<VolunteerKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    public static String labelOf(String code) {
        return of(code).map(VolunteerKind::label).orElse(code);
    }

    static String codes() {
        return Arrays.stream(values()).map(k -> k.code + "（" + k.label + "）").collect(Collectors.joining("、"));
    }
}
