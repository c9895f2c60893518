package cn.taizhang.access;

import cn.taizhang.organisation.Role;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Chinese of every code the audit trail holds — actions, object types, how a sign-in was made, the field viewed, an
 * administrator role — one table for the audit page, its search and the Excel export. A code not in it is shown as it
 * is, so that nothing is hidden.
 */
final class AuditLabels {

    static final Map<String, String> ACTIONS = ordered(
            "SIGN_IN", "登录",
            "SIGN_IN_FAILED", "登录失败",
            "SIGN_IN_LOCKED", "登录锁定",
            "SIGN_IN_UNLOCKED", "解除登录锁定",
            "CHANGE", "数据变更",
            "PERSONAL_DATA_VIEWED", "查看个人信息",
            "PERSONAL_DATA_EXPORTED", "导出个人信息",
            "AUDIT_EXPORTED", "导出审计日志",
            "ADMIN_ROLE_GRANTED", "授予管理员角色",
            "ADMIN_ROLE_REVOKED", "撤销管理员角色",
            "ADMIN_PASSWORD_RESET", "重置管理员密码");

    static final Map<String, String> TARGETS = ordered(
            "staff", "人员账号",
            "account", "账号",
            "address", "来源地址",
            "case", "事件",
            "case_evidence", "事件照片",
            "case_type", "事件类型",
            "calendar_day", "工作日历",
            "calendar_import", "工作日历导入",
            "evaluation_setting", "考评权重",
            "observation_visit", "观摩",
            "person", "人员台账",
            "person_category", "人员类别",
            "audit", "审计日志");

    /** Between a detail's code and the reason given for it: "id_number；原因：走访核实". */
    static final String REASON = "；原因：";

    private static final Map<String, String> DETAILS = details();

    private AuditLabels() {
    }

    static String action(String code) {
        return label(ACTIONS, code);
    }

    static String target(String type) {
        return label(TARGETS, type);
    }

    /**
     * How a sign-in was made (web, token), the personal data viewed (phone, id_number) with the reason given for it, the
     * administrator role granted.
     */
    static String detail(String detail) {
        int reason = detail == null ? -1 : detail.indexOf(REASON);
        return reason < 0 ? label(DETAILS, detail) : label(DETAILS, detail.substring(0, reason)) + detail.substring(reason);
    }

    /** The answer's status; a committed change's row has none: 已提交. */
    static String status(AuditTrail.Entry e) {
        return e.status() != null ? e.status().toString() : "CHANGE".equals(e.action()) ? "已提交" : "";
    }

    private static String label(Map<String, String> labels, String code) {
        return code == null ? "" : labels.getOrDefault(code, code);
    }

    private static Map<String, String> details() {
        Map<String, String> details = ordered("web", "网页登录", "token", "访问令牌", "phone", "电话号码", "id_number", "身份证号码");
        Arrays.stream(Role.values()).forEach(r -> details.put(r.name(), r.label()));
        return details;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
