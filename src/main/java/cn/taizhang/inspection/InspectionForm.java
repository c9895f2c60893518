package cn.taizhang.inspection;

import cn.taizhang.inspection.NewInspection.Answer;
import cn.taizhang.inspection.NewInspection.Finding;
import cn.taizhang.inspection.NewInspection.NewVisit;
import cn.taizhang.inspection.NewInspection.Recheck;
import cn.taizhang.inspection.NewInspection.Result;
import cn.taizhang.platform.web.FormReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Reads an outing's JSON without looking anything up: every field's shape, the date not after today, each visit of one
 * enterprise or place with something recorded, each failure with what was seen. Every bad field is named, as
 * {@code visits[1].answers[3].note}.
 */
final class InspectionForm {

    static final int MAX_VISITS = 50;
    static final int MAX_ANSWERS = 200;
    static final int MAX_FINDINGS = 50;
    static final int MAX_RECHECKS = 50;
    static final int MAX_INSPECTORS = 50;
    static final int MAX_NOTE = 500;

    private static final Set<String> FIELDS = Set.of("clientId", "campaignId", "date", "group", "inspectorIds", "visits");
    private static final Set<String> VISIT_FIELDS = Set.of("enterpriseId", "placeId", "checklist", "answers", "findings", "rechecks");
    private static final Set<String> ANSWER_FIELDS = Set.of("item", "result", "note", "severity");
    private static final Set<String> FINDING_FIELDS = Set.of("description", "severity");
    private static final Set<String> RECHECK_FIELDS = Set.of("caseId", "result", "note");

    private final FormReader form = new FormReader();

    private InspectionForm() {
    }

    /** The outing, or 400 naming every bad field. */
    static NewInspection read(JsonNode body, LocalDate today) {
        return new InspectionForm().inspection(body, today);
    }

    private NewInspection inspection(JsonNode body, LocalDate today) {
        if (!form.object(body, FIELDS, "")) {
            form.check();
        }
        UUID clientId = form.clientId(body.get("clientId"), null);
        Long campaignId = FormReader.missing(body.get("campaignId")) ? null : form.id(body.get("campaignId"), "campaignId", "专项整治");
        LocalDate date = form.date(body.get("date"), "date", "检查日期");
        if (date != null && date.isAfter(today)) {
            form.problem("date", "IN_FUTURE", "date：检查日期不能晚于今天 " + today);
        }
        String group = form.text(body.get("group"), "group", "检查组名称", 100, true);
        List<Long> inspectors = inspectors(body.get("inspectorIds"));
        List<NewVisit> visits = new ArrayList<>();
        JsonNode list = body.get("visits");
        if (array(list, "visits", "检查对象", MAX_VISITS)) {
            Set<Long> rechecked = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                visits.add(visit(list.get(i), "visits[" + i + "]", rechecked));
            }
        }
        form.check();
        return new NewInspection(clientId, campaignId, date, group, inspectors, visits);
    }

    private List<Long> inspectors(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        if (!array(list, "inspectorIds", "检查人员", MAX_INSPECTORS)) {
            return ids;
        }
        for (int i = 0; i < list.size(); i++) {
            Long id = form.id(list.get(i), "inspectorIds[" + i + "]", "检查人员");
            if (id != null && ids.contains(id)) {
                form.problem("inspectorIds[" + i + "]", "DUPLICATE_INSPECTOR", "inspectorIds[" + i + "]：检查人员 " + id + " 重复");
            } else if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private NewVisit visit(JsonNode v, String at, Set<Long> rechecked) {
        if (!form.object(v, VISIT_FIELDS, at + ".")) {
            return null;
        }
        boolean enterprise = !FormReader.missing(v.get("enterpriseId"));
        boolean place = !FormReader.missing(v.get("placeId"));
        if (enterprise == place) {
            form.problem(at + ".enterpriseId", enterprise ? "INVALID_FIELD" : "REQUIRED", at + "：须填写 enterpriseId（企业）或 placeId（场所）之一");
        }
        Long enterpriseId = enterprise ? form.id(v.get("enterpriseId"), at + ".enterpriseId", "企业") : null;
        Long placeId = place ? form.id(v.get("placeId"), at + ".placeId", "场所") : null;
        String checklist = form.text(v.get("checklist"), at + ".checklist", "检查表", 40, true);
        List<Answer> answers = new ArrayList<>();
        JsonNode list = v.get("answers");
        if (!FormReader.missing(list) && array(list, at + ".answers", "检查项", MAX_ANSWERS)) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                Answer a = answer(list.get(i), at + ".answers[" + i + "]");
                if (a != null && a.item() != null && !seen.add(a.item())) {
                    form.problem(at + ".answers[" + i + "].item", "DUPLICATE_ANSWER", at + ".answers[" + i + "].item：检查项 " + a.item() + " 重复作答");
                } else if (a != null) {
                    answers.add(a);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        JsonNode found = v.get("findings");
        if (!FormReader.missing(found) && array(found, at + ".findings", "其他发现", MAX_FINDINGS)) {
            for (int i = 0; i < found.size(); i++) {
                findings.add(finding(found.get(i), at + ".findings[" + i + "]"));
            }
        }
        List<Recheck> rechecks = new ArrayList<>();
        JsonNode again = v.get("rechecks");
        if (!FormReader.missing(again) && array(again, at + ".rechecks", "复查的隐患", MAX_RECHECKS)) {
            for (int i = 0; i < again.size(); i++) {
                Recheck r = recheck(again.get(i), at + ".rechecks[" + i + "]");
                if (r != null && !rechecked.add(r.caseId())) {
                    form.problem(at + ".rechecks[" + i + "].caseId", "DUPLICATE_RECHECK", at + ".rechecks[" + i + "].caseId：事项 " + r.caseId() + " 重复复查");
                } else if (r != null) {
                    rechecks.add(r);
                }
            }
        }
        if (FormReader.missing(list) && FormReader.missing(found) && FormReader.missing(again)) {
            form.problem(at + ".answers", "EMPTY_VISIT", at + "：请填写检查结果（answers）、发现的问题（findings）或复查结果（rechecks）");
        }
        return new NewVisit(enterpriseId, placeId, checklist, answers, findings, rechecks);
    }

    /** A re-inspection's verdict: the case, rectified or unrectified, and what was seen (required when unrectified). */
    private Recheck recheck(JsonNode r, String at) {
        if (!form.object(r, RECHECK_FIELDS, at + ".")) {
            return null;
        }
        Long caseId = form.id(r.get("caseId"), at + ".caseId", "隐患事项");
        String result = form.text(r.get("result"), at + ".result", "复查结果", 20, true);
        if (result != null && !result.equals("rectified") && !result.equals("unrectified")) {
            form.problem(at + ".result", "INVALID_FIELD", at + ".result：复查结果须为 rectified（整改到位）或 unrectified（未整改到位）");
            result = null;
        }
        String note = form.text(r.get("note"), at + ".note", "复查情况", MAX_NOTE, false);
        if ("unrectified".equals(result) && note == null) {
            form.problem(at + ".note", "UNRECTIFIED_NEEDS_NOTE", at + ".note：未整改到位须说明复查发现的问题");
        }
        return caseId == null || result == null ? null : new Recheck(caseId, result.equals("rectified"), note);
    }

    private Answer answer(JsonNode a, String at) {
        if (!form.object(a, ANSWER_FIELDS, at + ".")) {
            return null;
        }
        String item = form.text(a.get("item"), at + ".item", "检查项编码", 20, true);
        String resultText = form.text(a.get("result"), at + ".result", "检查结果", 10, true);
        Result result = resultText == null ? null : Result.of(resultText);
        if (resultText != null && result == null) {
            form.problem(at + ".result", "INVALID_FIELD", at + ".result：检查结果须为 pass（合格）、fail（不合格）或 na（不适用）");
        }
        String note = form.text(a.get("note"), at + ".note", "情况说明", MAX_NOTE, false);
        if (result == Result.FAIL && note == null) {
            form.problem(at + ".note", "FAIL_NEEDS_NOTE", at + ".note：不合格项须说明发现的问题");
        }
        HazardSeverity severity = severity(a.get("severity"), at + ".severity");
        if (severity != null && result != Result.FAIL) {
            form.problem(at + ".severity", "INVALID_FIELD", at + ".severity：只有不合格项才有隐患等级");
        }
        return new Answer(item, result, note, severity);
    }

    private Finding finding(JsonNode f, String at) {
        if (!form.object(f, FINDING_FIELDS, at + ".")) {
            return null;
        }
        String description = form.text(f.get("description"), at + ".description", "问题描述", MAX_NOTE, true);
        return new Finding(description, severity(f.get("severity"), at + ".severity"));
    }

    private HazardSeverity severity(JsonNode n, String field) {
        String text = form.text(n, field, "隐患等级", 10, false);
        HazardSeverity severity = text == null ? null : HazardSeverity.of(text);
        if (text != null && severity == null) {
            form.problem(field, "INVALID_FIELD", field + "：隐患等级须为 general（一般隐患）或 major（重大隐患）");
        }
        return severity;
    }

    private boolean array(JsonNode n, String field, String label, int max) {
        if (FormReader.missing(n) || !n.isArray() || n.isEmpty()) {
            form.problem(field, FormReader.missing(n) || n.isArray() ? "REQUIRED" : "INVALID_FIELD", field + "：请填写" + label + "（数组）");
            return false;
        }
        if (n.size() > max) {
            form.problem(field, "TOO_MANY", field + "：" + label + "最多 " + max + " 项");
            return false;
        }
        return true;
    }
}
