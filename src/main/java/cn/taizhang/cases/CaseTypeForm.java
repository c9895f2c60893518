package cn.taizhang.cases;

import cn.taizhang.platform.web.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    private static final Set<String> SEVERITY_FIELDS = Set.of("code", "name", "deadlineDays", "notifyLeaders");

    private final List<FieldProblem> problems = new ArrayList<>();
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
                form.problem("code", "CODE_MISMATCH", "code：事项类型编码不能修改，须与地址中的 " + code + " 一致");
            }
            form.read(body);
        }
        return form;
    }

    List<FieldProblem> problems() {
        return problems;
    }

    boolean valid() {
        return problems.isEmpty();
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
            throw new IllegalStateException("invalid case type form: " + problems);
        }
        return new CaseType(code, name, category, responsibility, verificationRequired, remindShare, superviseAfterDays,
                List.copyOf(severities), version);
    }

    private boolean object(JsonNode body) {
        if (body == null || !body.isObject()) {
            problem("body", "INVALID_FIELD", "请求体须为 JSON 对象");
            return false;
        }
        return true;
    }

    private void read(JsonNode body) {
        unknown(body, FIELDS, "");
        name = text(body.get("name"), "name", "名称", MAX_NAME);
        category = text(body.get("category"), "category", "类别", MAX_CATEGORY);
        JsonNode r = body.get("responsibility");
        if (missing(r)) {
            problem("responsibility", "REQUIRED", "responsibility：请填写责任单位规则");
        } else if (!r.isString() || !CaseType.RESPONSIBILITIES.contains(r.asString())) {
            problem("responsibility", "INVALID_FIELD", "responsibility：责任单位规则须为 " + String.join("、", CaseType.RESPONSIBILITIES) + " 之一");
        } else {
            responsibility = r.asString();
        }
        verificationRequired = bool(body.get("verificationRequired"), "verificationRequired", "是否须现场核查", null);
        remindShare(body.get("remindShare"));
        superviseAfterDays = days(body.get("superviseAfterDays"), "superviseAfterDays", "超期多少个工作日后挂牌督办", 0);
        severities(body.get("severities"));
    }

    private void remindShare(JsonNode n) {
        if (missing(n)) {
            problem("remindShare", "REQUIRED", "remindShare：请填写提醒时点（已用时限的比例）");
        } else if (!n.isNumber()) {
            problem("remindShare", "INVALID_FIELD", "remindShare：提醒时点须为数字");
        } else {
            BigDecimal share = n.decimalValue();
            if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
                problem("remindShare", "OUT_OF_RANGE", "remindShare：提醒时点须大于 0 且不超过 1");
            } else if (share.stripTrailingZeros().scale() > 2) {
                problem("remindShare", "INVALID_FIELD", "remindShare：提醒时点最多两位小数");
            } else {
                remindShare = share.setScale(2);
            }
        }
    }

    private void severities(JsonNode n) {
        if (missing(n)) {
            problem("severities", "REQUIRED", "severities：请至少填写一个等级");
            return;
        }
        if (!n.isArray()) {
            problem("severities", "INVALID_FIELD", "severities：等级须为数组");
            return;
        }
        if (n.isEmpty() || n.size() > MAX_SEVERITIES) {
            problem("severities", "OUT_OF_RANGE", "severities：须有 1 到 " + MAX_SEVERITIES + " 个等级");
            return;
        }
        Set<String> seen = new HashSet<>();
        boolean allGood = true;
        for (int i = 0; i < n.size(); i++) {
            String at = "severities[" + i + "]";
            JsonNode s = n.get(i);
            if (s == null || !s.isObject()) {
                problem(at, "INVALID_FIELD", at + "：等级须为 JSON 对象");
                allGood = false;
                continue;
            }
            int before = problems.size();
            unknown(s, SEVERITY_FIELDS, at + ".");
            String sCode = code(s.get("code"), at + ".code", "等级编码");
            if (sCode != null && !seen.add(sCode)) {
                problem(at + ".code", "DUPLICATE_CODE", at + ".code：等级编码 " + sCode + " 重复");
            }
            String sName = text(s.get("name"), at + ".name", "等级名称", MAX_SEVERITY_NAME);
            Integer deadline = days(s.get("deadlineDays"), at + ".deadlineDays", "处置时限（工作日）", 1);
            Boolean notify = bool(s.get("notifyLeaders"), at + ".notifyLeaders", "立案时是否告知领导", false);
            if (problems.size() == before) {
                severities.add(new CaseType.Severity(sCode, sName, deadline, notify));
            } else {
                allGood = false;
            }
        }
        if (!allGood) {
            severities.clear();
        }
    }

    private String code(JsonNode n, String field, String label) {
        if (missing(n) || (n.isString() && n.asString().isBlank())) {
            problem(field, "REQUIRED", field + "：请填写" + label);
        } else if (!n.isString() || !CODE.matcher(n.asString()).matches()) {
            problem(field, "INVALID_FIELD", field + "：" + label + "须为 3 到 40 个小写字母或下划线");
        } else {
            return n.asString();
        }
        return null;
    }

    private String text(JsonNode n, String field, String label, int max) {
        if (missing(n) || (n.isString() && n.asString().isBlank())) {
            problem(field, "REQUIRED", field + "：请填写" + label);
        } else if (!n.isString()) {
            problem(field, "INVALID_FIELD", field + "：" + label + "须为文本");
        } else if (n.asString().strip().length() > max) {
            problem(field, "TOO_LONG", field + "：" + label + "不能超过 " + max + " 个字");
        } else {
            return n.asString().strip();
        }
        return null;
    }

    /** Whole working days from {@code min} to {@link #MAX_DAYS}. */
    private Integer days(JsonNode n, String field, String label, int min) {
        if (missing(n)) {
            problem(field, "REQUIRED", field + "：请填写" + label);
        } else if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            problem(field, "INVALID_FIELD", field + "：" + label + "须为整数");
        } else if (n.intValue() < min || n.intValue() > MAX_DAYS) {
            problem(field, "OUT_OF_RANGE", field + "：" + label + "须在 " + min + " 到 " + MAX_DAYS + " 之间");
        } else {
            return n.intValue();
        }
        return null;
    }

    /** A boolean; {@code absent} is the value when it is left out, null meaning it is required. */
    private Boolean bool(JsonNode n, String field, String label, Boolean absent) {
        if (missing(n)) {
            if (absent == null) {
                problem(field, "REQUIRED", field + "：请填写" + label);
            }
            return absent;
        }
        if (!n.isBoolean()) {
            problem(field, "INVALID_FIELD", field + "：" + label + "须为 true 或 false");
            return null;
        }
        return n.booleanValue();
    }

    private void unknown(JsonNode object, Set<String> known, String prefix) {
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (!known.contains(e.getKey())) {
                problem(prefix + e.getKey(), "UNKNOWN_FIELD", prefix + e.getKey() + "：不认识的字段");
            }
        }
    }

    private static boolean missing(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }

    private void problem(String field, String code, String detail) {
        problems.add(new FieldProblem(field, code, detail));
    }
}
