package cn.taizhang.cases.catalogue;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.web.FormReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A case type as an administrator sends it (the whole type: PUT replaces it), checked field by field
 * without looking anything up. Every bad field is named, with paths such as {@code severities[1].deadlineDays};
 * a body read back from {@code GET /case-types/{code}} (with its {@code version}) is accepted as it is.
 */
final class CaseTypeForm {

    static final Pattern CODE = Pattern.compile("[a-z_]{3,40}");
    static final int MAX_NAME = 100;
    static final int MAX_CATEGORY = 50;
    static final int MAX_SEVERITY_NAME = 50;
    static final int MAX_SEVERITIES = 20;
    static final int MAX_DAYS = 365;

    private static final Set<String> FIELDS = Set.of("code", "name", "category", "responsibility", "verificationRequired", "remindShare",
            "superviseAfterDays", "severities", "version");
    private static final Set<String> SEVERITY_FIELDS = Set.of("code", "name", "deadlineDays", "notifyLeaders", "requiresPlan");

    private final FormReader fields = new FormReader();
    private String code;
    private String name;
    private String category;
    private String responsibility;
    private Boolean verificationRequired;
    private BigDecimal remindShare;
    private Integer superviseAfterDays;
    private final List<CaseType.Severity> severities = new ArrayList<>();

    private CaseTypeForm() {
    }

    /** A new type: the code is required and must be well formed. */
    static CaseTypeForm forNew(JsonNode body) {
        CaseTypeForm form = new CaseTypeForm();
        if (form.object(body)) {
            form.code = form.code(body.get("code"), "code", "事项类型编码");
            form.read(body);
        }
        return form;
    }

    /** A replacement of type {@code code}: a code in the body, if any, must be that one. */
    static CaseTypeForm forUpdate(String code, JsonNode body) {
        CaseTypeForm form = new CaseTypeForm();
        form.code = code;
        if (form.object(body)) {
            JsonNode given = body.get("code");
            if (given != null && !given.isNull() && !(given.isString() && given.asString().equals(code))) {
                form.fields.problem("code", "CODE_MISMATCH", "code：事项类型编码不能修改，须与地址中的 " + code + " 一致");
            }
            form.read(body);
        }
        return form;
    }

    List<FieldProblem> problems() {
        return fields.problems();
    }

    boolean valid() {
        return fields.problems().isEmpty();
    }

    String code() {
        return code;
    }

    /** The name if it is well formed, else null. */
    String name() {
        return name;
    }

    /** The checked type, at {@code version}; only when {@link #valid()}. */
    CaseType toType(int version) {
        if (!valid()) {
            throw new IllegalStateException("invalid case type form: " + fields.problems());
        }
        return new CaseType(code, name, category, responsibility, verificationRequired, remindShare, superviseAfterDays,
                List.copyOf(severities), version);
    }

    private boolean object(JsonNode body) {
        if (body == null || !body.isObject()) {
            fields.problem("body", "INVALID_FIELD", "请求体须为 JSON 对象");
            return false;
        }
        return true;
    }

    private void read(JsonNode body) {
        fields.unknown(body, FIELDS, "");
        name = fields.text(body.get("name"), "name", "名称", MAX_NAME, true);
        category = fields.text(body.get("category"), "category", "类别", MAX_CATEGORY, true);
        JsonNode r = body.get("responsibility");
        if (FormReader.missing(r)) {
            fields.problem("responsibility", "REQUIRED", "responsibility：请填写责任单位规则");
        } else if (!r.isString() || !CaseType.RESPONSIBILITIES.contains(r.asString())) {
            fields.problem("responsibility", "INVALID_FIELD", "responsibility：责任单位规则须为 " + String.join("、", CaseType.RESPONSIBILITIES) + " 之一");
        } else {
            responsibility = r.asString();
        }
        verificationRequired = fields.bool(body.get("verificationRequired"), "verificationRequired", "是否须现场核查", null);
        remindShare(body.get("remindShare"));
        superviseAfterDays = fields.integer(body.get("superviseAfterDays"), "superviseAfterDays", "超期多少个工作日后挂牌督办", 0, MAX_DAYS);
        severities(body.get("severities"));
    }

    private void remindShare(JsonNode n) {
        if (FormReader.missing(n)) {
            fields.problem("remindShare", "REQUIRED", "remindShare：请填写提醒时点（已用时限的比例）");
        } else if (!n.isNumber()) {
            fields.problem("remindShare", "INVALID_FIELD", "remindShare：提醒时点须为数字");
        } else {
            BigDecimal share = n.decimalValue();
            if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
                fields.problem("remindShare", "OUT_OF_RANGE", "remindShare：提醒时点须大于 0 且不超过 1");
            } else if (share.stripTrailingZeros().scale() > 2) {
                fields.problem("remindShare", "INVALID_FIELD", "remindShare：提醒时点最多两位小数");
            } else {
                remindShare = share.setScale(2);
            }
        }
    }

    private void severities(JsonNode n) {
        if (FormReader.missing(n)) {
            fields.problem("severities", "REQUIRED", "severities：请至少填写一个等级");
            return;
        }
        if (!n.isArray()) {
            fields.problem("severities", "INVALID_FIELD", "severities：等级须为数组");
            return;
        }
        if (n.isEmpty() || n.size() > MAX_SEVERITIES) {
            fields.problem("severities", "OUT_OF_RANGE", "severities：须有 1 到 " + MAX_SEVERITIES + " 个等级");
            return;
        }
        Set<String> seen = new HashSet<>();
        boolean allGood = true;
        for (int i = 0; i < n.size(); i++) {
            String at = "severities[" + i + "]";
            JsonNode s = n.get(i);
            if (s == null || !s.isObject()) {
                fields.problem(at, "INVALID_FIELD", at + "：等级须为 JSON 对象");
                allGood = false;
                continue;
            }
            int before = fields.problems().size();
            fields.unknown(s, SEVERITY_FIELDS, at + ".");
            String sCode = code(s.get("code"), at + ".code", "等级编码");
            if (sCode != null && !seen.add(sCode)) {
                fields.problem(at + ".code", "DUPLICATE_CODE", at + ".code：等级编码 " + sCode + " 重复");
            }
            String sName = fields.text(s.get("name"), at + ".name", "等级名称", MAX_SEVERITY_NAME, true);
            Integer deadline = fields.integer(s.get("deadlineDays"), at + ".deadlineDays", "处置时限（工作日）", 1, MAX_DAYS);
            Boolean notify = fields.bool(s.get("notifyLeaders"), at + ".notifyLeaders", "立案时是否告知领导", false);
            Boolean plan = fields.bool(s.get("requiresPlan"), at + ".requiresPlan", "处置前是否须制定治理方案", false);
            if (fields.problems().size() == before) {
                severities.add(new CaseType.Severity(sCode, sName, deadline, notify, plan));
            } else {
                allGood = false;
            }
        }
        if (!allGood) {
            severities.clear();
        }
    }

    private String code(JsonNode n, String field, String label) {
        if (FormReader.missing(n) || (n.isString() && n.asString().isBlank())) {
            fields.problem(field, "REQUIRED", field + "：请填写" + label);
        } else if (!n.isString() || !CODE.matcher(n.asString()).matches()) {
            fields.problem(field, "INVALID_FIELD", field + "：" + label + "须为 3 到 40 个小写字母或下划线");
        } else {
            return n.asString();
        }
        return null;
    }

}
