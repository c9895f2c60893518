package cn.taizhang.evaluation;

import cn.taizhang.platform.web.FormReader;
import cn.taizhang.organisation.Department;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * A 观摩 visit as a leader sends it, checked field by field: the group, the day (not in the future), exactly
 * one of the visited 镇街 ({@code area}) or department ({@code department}, its id) — either within the
 * leader's jurisdiction —, the score 0–100 with one decimal at most, an optional comment and {@code clientId}.
 */
final class VisitForm {

    static final int MAX_GROUP = 50;
    static final int MAX_COMMENT = 500;
    static final int MAX_KEY = 200;
    private static final Set<String> FIELDS = Set.of("groupName", "visitedOn", "area", "department", "score", "comment", "clientId");

    /** What the form looks up: is this 镇街 within reach; this department, if within reach. */
    record Targets(Predicate<String> townInReach, Function<Long, Optional<Department>> departmentInReach) {
    }

    /** A checked visit and the key that makes its retries safe (null without one). */
    record Checked(NewObservationVisit visit, String clientKey) {
    }

    private VisitForm() {
    }

    static Checked read(JsonNode body, String idempotencyKey, Targets targets, LocalDate today, String recordedBy) {
        FormReader form = new FormReader();
        if (!form.object(body, FIELDS, "")) {
            form.check();
        }
        String group = form.text(body.get("groupName"), "groupName", "观摩组名称", MAX_GROUP, true);
        LocalDate day = form.date(body.get("visitedOn"), "visitedOn", "观摩日期");
        if (day != null && day.isAfter(today)) {
            form.problem("visitedOn", "IN_FUTURE", "visitedOn：观摩日期不能晚于今天 " + today);
            day = null;
        }
        String area = null;
        Long departmentId = null;
        JsonNode a = body.get("area");
        JsonNode d = body.get("department");
        if (FormReader.missing(a) == FormReader.missing(d)) {
            form.problem("area", "ONE_TARGET", "area：被观摩单位须填写镇（街道）area 或部门 department，二者选一");
        } else if (!FormReader.missing(a)) {
            area = form.text(a, "area", "被观摩的镇（街道）代码", 9, true);
            if (area != null && !targets.townInReach().test(area)) {
                form.problem("area", "UNKNOWN_TOWN", "area：镇（街道）" + area + " 不存在或不在您的管辖范围内");
                area = null;
            }
        } else if (!d.isIntegralNumber() || !d.canConvertToLong()) {
            form.problem("department", "INVALID_FIELD", "department：部门须为部门编号（整数）");
        } else {
            Optional<Department> found = targets.departmentInReach().apply(d.longValue());
            if (found.isEmpty()) {
                form.problem("department", "UNKNOWN_DEPARTMENT", "department：部门 " + d.longValue() + " 不存在或不在您的管辖范围内");
            } else {
                departmentId = found.get().id();
                area = found.get().areaCode();
            }
        }
        BigDecimal score = form.decimal(body.get("score"), "score", "观摩得分", BigDecimal.ZERO, Scoring.HUNDRED, 1);
        String comment = form.text(body.get("comment"), "comment", "观摩评语", MAX_COMMENT, false);
        String key = form.text(body.get("clientId"), "clientId", "客户端编号", MAX_KEY, false);
        if (key == null && idempotencyKey != null && !idempotencyKey.isBlank()) {
            key = idempotencyKey.strip();
            if (key.length() > MAX_KEY) {
                form.problem("Idempotency-Key", "TOO_LONG", "Idempotency-Key 不能超过 " + MAX_KEY + " 个字符");
            }
        }
        form.check();
        return new Checked(new NewObservationVisit(group, day, area, departmentId, score, comment, recordedBy), key);
    }
}
