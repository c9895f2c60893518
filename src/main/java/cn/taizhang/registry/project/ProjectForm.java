package cn.taizhang.registry.project;

import cn.taizhang.platform.web.FormReader;
import cn.taizhang.registry.CatalogueEdit;
import cn.taizhang.registry.Choice;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A project as the API (or an imported row, turned into the same JSON) sends it, checked field by field: every problem
 * is named at once, with the field it concerns. Its area is a 镇街, a 村社区 or a grid inside the writer's jurisdiction;
 * the figures are optional, never negative; money in 万元 with at most two decimals. A retired kind is taken only by a
 * project that has it already.
 */
final class ProjectForm {

    static final int MAX_NAME = 100;
    static final int MAX_NOTES = 1000;
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final Set<String> FIELDS = Set.of("kind", "name", "areaCode", "year", "status", "households", "beneficiaries",
            "lengthM", "areaM2", "investment", "notes");

    /** What the form looks up; areas are limited to what the writer may reach. */
    interface Lookups {
        Optional<ProjectKind> kind(String kindCode);

        /** True if the area exists inside the writer's jurisdiction. */
        boolean areaInReach(String areaCode);
    }

    private ProjectForm() {
    }

    /** {@code keptKind}: the kind of the project being edited, null for a new one (or an imported row). */
    static NewProject read(JsonNode body, Lookups lookups, String keptKind) {
        FormReader form = new FormReader();
        if (!form.object(body, FIELDS, "")) {
            form.check();
        }
        String kind = form.text(body.get("kind"), "kind", "项目类别", 40, true);
        if (kind != null) {
            CatalogueEdit.choose(form, "kind", "项目类别", "KIND", "/api/v1/project-kinds", kind, lookups.kind(kind), keptKind);
        }
        String name = form.text(body.get("name"), "name", "项目名称", MAX_NAME, true);
        String area = area(form, body.get("areaCode"), lookups);
        Integer year = form.integer(body.get("year"), "year", "计划年度", FIRST_YEAR, LAST_YEAR);
        ProjectStatus status = status(form, body.get("status"));
        Integer households = FormReader.missing(body.get("households")) ? null
                : form.integer(body.get("households"), "households", "涉及户数", 0, 10_000_000);
        Integer beneficiaries = FormReader.missing(body.get("beneficiaries")) ? null
                : form.integer(body.get("beneficiaries"), "beneficiaries", "受益人数", 0, 100_000_000);
        BigDecimal length = decimal(form, body.get("lengthM"), "lengthM", "长度（米）", new BigDecimal("10000000"));
        BigDecimal areaM2 = decimal(form, body.get("areaM2"), "areaM2", "面积（平方米）", new BigDecimal("1000000000"));
        BigDecimal investment = decimal(form, body.get("investment"), "investment", "投资（万元）", new BigDecimal("100000000"));
        String notes = form.text(body.get("notes"), "notes", "备注", MAX_NOTES, false);
        form.check();
        return new NewProject(kind, name, area, year, status, households, beneficiaries, length, areaM2, investment, notes);
    }

    private static String area(FormReader form, JsonNode n, Lookups lookups) {
        String code = form.text(n, "areaCode", "项目所在区域（镇街、村社区或网格的代码）", 15, true);
        if (code == null) {
            return null;
        }
        if (!code.matches("\\d{9}|\\d{12}|\\d{15}")) {
            form.problem("areaCode", "INVALID_FIELD", "areaCode：项目所在区域须为镇街（9 位）、村社区（12 位）或网格（15 位）的代码");
        } else if (!lookups.areaInReach(code)) {
            form.problem("areaCode", "UNKNOWN_AREA", "areaCode：区域 " + code + " 不存在或不在您的管辖范围内");
        } else {
            return code;
        }
        return null;
    }

    private static ProjectStatus status(FormReader form, JsonNode n) {
        String text = form.text(n, "status", "项目状态", 20, false);
        if (text == null) {
            return ProjectStatus.PLANNED;
        }
        Optional<ProjectStatus> found = Choice.parse(ProjectStatus.class, text);
        if (found.isEmpty()) {
            form.problem("status", "INVALID_FIELD", "status：项目状态须为 " + Choice.ids(ProjectStatus.class) + "（"
                    + Choice.labels(ProjectStatus.class) + "）之一");
        }
        return found.orElse(null);
    }

    private static BigDecimal decimal(FormReader form, JsonNode n, String field, String label, BigDecimal max) {
        return FormReader.missing(n) ? null : form.decimal(n, field, label, BigDecimal.ZERO, max, 2);
    }
}
