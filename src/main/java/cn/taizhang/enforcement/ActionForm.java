package cn.taizhang.enforcement;

import cn.taizhang.platform.web.FormReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Reads an action's JSON without looking anything up: each field's shape, the date not after today, and which fields
 * each kind needs (a penalty its document number, an order its deadline, a re-inspection its target and verdict). Every
 * bad field is named.
 */
final class ActionForm {

    static final int MAX_VIOLATIONS = 50;
    static final int MAX_CASES = 100;
    static final BigDecimal MAX_FINE = new BigDecimal("1000000000");

    private static final Set<String> FIELDS = Set.of("clientId", "enterpriseId", "kind", "date", "documentNumber", "violations", "fine",
            "otherPenalties", "deadline", "caseIds", "inspectionId", "targetId", "passed", "note");
    private static final Set<String> VIOLATION_FIELDS = Set.of("description", "basis", "majorHazard");

    private final FormReader form = new FormReader();

    private ActionForm() {
    }

    static NewAction read(JsonNode body, LocalDate today) {
        return new ActionForm().action(body, today);
    }

    private NewAction action(JsonNode body, LocalDate today) {
        if (!form.object(body, FIELDS, "")) {
            form.check();
        }
        UUID clientId = form.clientId(body.get("clientId"), null);
        String kindText = form.text(body.get("kind"), "kind", "执法类别", 20, true);
        ActionKind kind = kindText == null ? null : ActionKind.of(kindText).orElse(null);
        if (kindText != null && kind == null) {
            form.problem("kind", "INVALID_FIELD", "kind：执法类别须为 " + ActionKind.codes() + " 之一");
        }
        Long enterpriseId = optionalId(body.get("enterpriseId"), "enterpriseId", "企业");
        LocalDate date = FormReader.missing(body.get("date")) ? today : form.date(body.get("date"), "date", "执法日期");
        if (date != null && date.isAfter(today)) {
            form.problem("date", "IN_FUTURE", "date：执法日期不能晚于今天 " + today);
        }
        String document = form.text(body.get("documentNumber"), "documentNumber", "文书编号", 100, false);
        List<NewAction.Violation> violations = violations(body.get("violations"));
        BigDecimal fine = FormReader.missing(body.get("fine")) ? null : form.decimal(body.get("fine"), "fine", "罚款金额（元）", BigDecimal.ZERO, MAX_FINE, 2);
        String other = form.text(body.get("otherPenalties"), "otherPenalties", "其他处罚", 500, false);
        LocalDate deadline = FormReader.missing(body.get("deadline")) ? null : form.date(body.get("deadline"), "deadline", "整改期限");
        List<Long> caseIds = form.ids(body.get("caseIds"), "caseIds", "事项", MAX_CASES);
        Long inspectionId = optionalId(body.get("inspectionId"), "inspectionId", "检查记录");
        Long targetId = optionalId(body.get("targetId"), "targetId", "被复查或验收的执法文书");
        Boolean passed = FormReader.missing(body.get("passed")) ? null : form.bool(body.get("passed"), "passed", "复查结论", null);
        String note = form.text(body.get("note"), "note", "说明", 1000, false);
        if (kind != null) {
            byKind(kind, enterpriseId, date, document, violations, fine, other, deadline, caseIds, targetId, passed);
        }
        form.check();
        return new NewAction(clientId, enterpriseId, kind, date, document, violations, fine, other, deadline, caseIds, inspectionId, targetId,
                passed, note);
    }

    /** What each kind needs and what it may not carry. */
    private void byKind(ActionKind kind, Long enterpriseId, LocalDate date, String document, List<NewAction.Violation> violations,
            BigDecimal fine, String other, LocalDate deadline, List<Long> caseIds, Long targetId, Boolean passed) {
        if (enterpriseId == null && !(kind.withoutEnterprise() && !caseIds.isEmpty())) {
            form.problem("enterpriseId", "REQUIRED", kind.withoutEnterprise()
                    ? "enterpriseId：请填写企业编号（两违等城乡环境事项的执法不针对企业时，请在 caseIds 中填写事项）"
                    : "enterpriseId：" + kind.label() + "须针对企业，请填写企业编号");
        }
        if (kind == ActionKind.PENALTY && document == null) {
            form.problem("documentNumber", "REQUIRED", "documentNumber：行政处罚决定书须有文书编号，如 凯应急罚〔2026〕12号");
        }
        if (kind != ActionKind.PENALTY) {
            if (!violations.isEmpty()) {
                form.problem("violations", "INVALID_FIELD", "violations：只有行政处罚决定书列明违法行为");
            }
            if (fine != null || other != null) {
                form.problem(fine != null ? "fine" : "otherPenalties", "INVALID_FIELD", (fine != null ? "fine" : "otherPenalties")
                        + "：只有行政处罚决定书有罚款和其他处罚");
            }
        }
        if (kind == ActionKind.ORDER) {
            if (deadline == null) {
                form.problem("deadline", "REQUIRED", "deadline：责令限期整改须写明整改期限");
            } else if (date != null && deadline.isBefore(date)) {
                form.problem("deadline", "INVALID_FIELD", "deadline：整改期限不能早于执法日期 " + date);
            }
        } else if (deadline != null) {
            form.problem("deadline", "INVALID_FIELD", "deadline：只有责令限期整改有整改期限");
        }
        boolean targeted = kind == ActionKind.REINSPECTION || kind == ActionKind.RESTART;
        if (targeted && targetId == null) {
            form.problem("targetId", "REQUIRED", "targetId：" + kind.label() + "须写明针对的执法文书（责令限期整改或停产停业整顿的编号）");
        } else if (!targeted && targetId != null) {
            form.problem("targetId", "INVALID_FIELD", "targetId：只有复查和复产复工验收针对此前的执法文书");
        }
        if (kind == ActionKind.REINSPECTION && passed == null) {
            form.problem("passed", "REQUIRED", "passed：请填写复查结论（true 合格 / false 不合格）");
        } else if (kind != ActionKind.REINSPECTION && passed != null) {
            form.problem("passed", "INVALID_FIELD", "passed：只有复查有复查结论");
        }
    }

    private List<NewAction.Violation> violations(JsonNode list) {
        List<NewAction.Violation> all = new ArrayList<>();
        if (FormReader.missing(list)) {
            return all;
        }
        if (!list.isArray() || list.size() > MAX_VIOLATIONS) {
            form.problem("violations", "INVALID_FIELD", "violations：违法行为须为数组，最多 " + MAX_VIOLATIONS + " 项");
            return all;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "violations[" + i + "]";
            JsonNode v = list.get(i);
            if (!form.object(v, VIOLATION_FIELDS, at + ".")) {
                continue;
            }
            String description = form.text(v.get("description"), at + ".description", "违法行为", 500, true);
            String basis = form.text(v.get("basis"), at + ".basis", "处罚依据", 300, true);
            Boolean major = FormReader.missing(v.get("majorHazard")) ? null : form.bool(v.get("majorHazard"), at + ".majorHazard", "是否重大事故隐患", null);
            if (description != null && basis != null) {
                all.add(new NewAction.Violation(description, basis, major));
            }
        }
        return all;
    }

    private Long optionalId(JsonNode n, String field, String label) {
        return FormReader.missing(n) ? null : form.id(n, field, label);
    }
}
