package cn.taizhang.cases;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a case came from (case_record.source): the one list of codes and the Chinese names every page, export,
 * statistic and briefing shows for them. The database's CHECK constraint (V6) holds the same codes.
 */
public enum CaseSource {
    GRID_WORKER("grid_worker", "网格员上报"),
    INSPECTION("inspection", "检查发现"),
    CITIZEN("citizen", "群众举报"),
    ASSIGNED("assigned", "上级交办"),
    VIDEO("video", "视频监控"),
    LEADER_VISIT("leader_visit", "领导走访");

    private final String code;
    private final String label;

    CaseSource(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<CaseSource> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /** The name of a stored code; the code itself for one this build does not know. */
    public static String labelOf(String code) {
        return fromCode(code).map(CaseSource::label).orElse(code);
    }

    /** "grid_worker、inspection、…": the codes as an error message lists them. */
    public static String codes() {
        return Arrays.stream(values()).map(CaseSource::code).collect(Collectors.joining("、"));
    }
}
