package cn.taizhang.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A 观摩 visit to store: the group, the day, the visited 镇街 ({@code areaCode}, with {@code departmentId} null)
 * or department ({@code departmentId}, with {@code areaCode} the area it serves), the score 0–100 (one decimal),
 * the comment and the username of whoever recorded it.
 */
public record NewObservationVisit(String groupName, LocalDate visitedOn, String areaCode, Long departmentId, BigDecimal score,
        String comment, String recordedBy) {
}
