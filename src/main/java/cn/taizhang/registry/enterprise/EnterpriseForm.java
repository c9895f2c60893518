package cn.taizhang.registry.enterprise;

import cn.taizhang.platform.web.FormReader;
import cn.taizhang.registry.Choice;
import cn.taizhang.registry.GridField;
import cn.taizhang.registry.codes.CodeCheck;
import cn.taizhang.registry.codes.CreditCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * An enterprise as the API (or an imported row, turned into the same JSON) sends it, checked field by field: every
 * problem is named at once, with the field it concerns. A grid comes from {@code gridCode} or from {@code location};
 * the development zone, when left out, is the one the grid lies in.
 */
final class EnterpriseForm {

    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 200;
    static final int MAX_EMPLOYEES = 1_000_000;
    private static final Set<String> FIELDS = Set.of("uscc", "name", "legalRepresentative", "address", "gridCode", "location", "zone",
            "sectors", "nonPublic", "employees", "riskLevel", "status", "statusSince", "statusReason", "union", "leaderId");
    private static final Set<String> UNION_FIELDS = Set.of("founded", "members", "engagement");

    /** What the form looks up; every answer is limited to what the writer may reach. */
    interface Lookups extends GridField.Lookups {
        /** The development zones a grid lies in. */
        List<String> zonesOf(String gridCode);

        boolean zoneExists(String zoneCode);

        boolean sectorKnown(String sectorCode);

        /** True if this staff member is a 领导 whose jurisdiction covers the grid. */
        boolean leaderOver(long staffId, String gridCode);
    }

    /** A checked enterprise and the warnings to show its writer (an old-style organisation code). */
    record Checked(NewEnterprise enterprise, List<String> warnings) {
    }

    private EnterpriseForm() {
    }

    static Checked read(JsonNode body, Lookups lookups, LocalDate today) {
        FormReader form = new FormReader();
        if (!form.object(body, FIELDS, "")) {
            form.check();
        }
        List<String> warnings = new ArrayList<>();
        String uscc = creditCode(form, body.get("uscc"), warnings);
        String name = form.text(body.get("name"), "name", "企业名称", MAX_NAME, true);
        String legal = form.text(body.get("legalRepresentative"), "legalRepresentative", "法定代表人", 50, false);
        String address = form.text(body.get("address"), "address", "地址", MAX_TEXT, false);
        GridField.Located located = GridField.read(form, body, lookups, "企业");
        String zone = zone(form, body.get("zone"), located.grid(), lookups);
        List<String> sectors = sectors(form, body.get("sectors"), lookups);
        boolean nonPublic = !Boolean.FALSE.equals(form.bool(body.get("nonPublic"), "nonPublic", "是否非公企业", true));
        Integer employees = FormReader.missing(body.get("employees")) ? null
                : form.integer(body.get("employees"), "employees", "从业人数", 0, MAX_EMPLOYEES);
        RiskLevel risk = choice(form, body.get("riskLevel"), "riskLevel", "风险等级", RiskLevel.class, true);
        EnterpriseStatus status = choice(form, body.get("status"), "status", "经营状态", EnterpriseStatus.class, false);
        status = status == null ? EnterpriseStatus.ACTIVE : status;
        LocalDate since = FormReader.missing(body.get("statusSince")) ? null : form.date(body.get("statusSince"), "statusSince", "状态变更日期");
        if (since != null && since.isAfter(today)) {
            form.problem("statusSince", "IN_FUTURE", "statusSince：状态变更日期不能晚于今天 " + today);
        }
        String reason = form.text(body.get("statusReason"), "statusReason", "注销或失联的原因", MAX_TEXT, status != EnterpriseStatus.ACTIVE);
        JsonNode union = body.get("union");
        boolean founded = false;
        Integer members = null;
        UnionEngagement engagement = null;
        if (!FormReader.missing(union) && form.object(union, UNION_FIELDS, "union.")) {
            founded = Boolean.TRUE.equals(form.bool(union.get("founded"), "union.founded", "是否建会", false));
            members = FormReader.missing(union.get("members")) ? null
                    : form.integer(union.get("members"), "union.members", "工会会员人数", 0, MAX_EMPLOYEES);
            if (!founded && members != null && members > 0) {
                form.problem("union.members", "NO_UNION", "union.members：未建会的企业没有工会会员，请先填写已建会");
            }
            engagement = choice(form, union.get("engagement"), "union.engagement", "建会态度分类", UnionEngagement.class, false);
        }
        Long leader = leader(form, body.get("leaderId"), located.grid(), lookups);
        form.check();
        return new Checked(new NewEnterprise(uscc, name, legal, address, located.grid(), located.lat(), located.lng(), zone, sectors, nonPublic,
                employees, risk, status, status == EnterpriseStatus.ACTIVE ? null : since == null ? today : since,
                status == EnterpriseStatus.ACTIVE ? null : reason, founded, founded ? members : null, engagement, leader), warnings);
    }

    private static String creditCode(FormReader form, JsonNode n, List<String> warnings) {
        String text = form.text(n, "uscc", "统一社会信用代码", 30, true);
        if (text == null) {
            return null;
        }
        CodeCheck check = CreditCode.check(text);
        check.problem().ifPresent(refusal -> form.problem("uscc", "USCC_" + refusal.code(), "uscc：" + refusal.reason()));
        warnings.addAll(check.warnings());
        return check.problem().isPresent() ? null : check.code();
    }

    private static String zone(FormReader form, JsonNode n, String grid, Lookups lookups) {
        List<String> zones = grid == null ? List.of() : lookups.zonesOf(grid);
        String zone = form.text(n, "zone", "所在开发区", 40, false);
        if (zone == null) {
            return zones.isEmpty() ? null : zones.get(0);
        }
        if (!lookups.zoneExists(zone)) {
            form.problem("zone", "UNKNOWN_ZONE", "zone：开发区 " + zone + " 不存在");
        } else if (grid != null && !zones.contains(zone)) {
            form.problem("zone", "OUTSIDE_ZONE", "zone：所在网格 " + grid + " 不在开发区 " + zone + " 内");
        }
        return zone;
    }

    private static List<String> sectors(FormReader form, JsonNode n, Lookups lookups) {
        if (FormReader.missing(n) || !n.isArray() || n.isEmpty()) {
            form.problem("sectors", "REQUIRED", "sectors：请至少选择一个行业领域（行业领域代码的数组）");
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (JsonNode s : n) {
            if (!s.isString() || !lookups.sectorKnown(s.asString())) {
                form.problem("sectors", "UNKNOWN_SECTOR", "sectors：行业领域 " + (s.isString() ? s.asString() : s.toString())
                        + " 不在目录中（见 GET /api/v1/sectors）");
            } else {
                codes.add(s.asString());
            }
        }
        return List.copyOf(codes);
    }

    private static Long leader(FormReader form, JsonNode n, String grid, Lookups lookups) {
        if (FormReader.missing(n)) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            form.problem("leaderId", "INVALID_FIELD", "leaderId：包保领导须为人员编号（整数）");
        } else if (grid != null && !lookups.leaderOver(n.longValue(), grid)) {
            form.problem("leaderId", "NOT_A_LEADER", "leaderId：人员 " + n.longValue() + " 不是管辖该企业所在地的领导");
        } else {
            return n.longValue();
        }
        return null;
    }

    static <E extends Enum<E> & Choice> E choice(FormReader form, JsonNode n, String field, String label, Class<E> type, boolean required) {
        String text = form.text(n, field, label, 20, required);
        if (text == null) {
            return null;
        }
        Optional<E> found = Choice.parse(type, text);
        if (found.isEmpty()) {
            form.problem(field, "INVALID_FIELD", field + "：" + label + "须为 " + Choice.ids(type) + "（" + Choice.labels(type) + "）之一");
        }
        return found.orElse(null);
    }
}
