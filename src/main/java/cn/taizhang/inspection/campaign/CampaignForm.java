package cn.taizhang.inspection.campaign;

import cn.taizhang.platform.web.FormReader;
import cn.taizhang.registry.Choice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A campaign as the API sends it, checked field by field: every problem is named at once, with the field it concerns
 * ({@code sectors[2]}, {@code measures[0]}). Its area is the city, a 镇街 or a 村社区 inside the writer's jurisdiction;
 * its lead department one the writer may reach (department staff: their own, which is also the default).
 */
final class CampaignForm {

    static final int MAX_NAME = 100;
    static final int MAX_MEASURES = 50;
    static final int MAX_MEASURE = 200;
    static final int MAX_NOTES = 1000;
    private static final Set<String> FIELDS = Set.of("name", "from", "to", "area", "sectors", "stage", "leadDepartmentId", "measures",
            "notes");

    /** What the form looks up; areas and departments are limited to what the writer may reach. */
    interface Lookups {
        /** True if the area exists inside the writer's jurisdiction. */
        boolean areaInReach(String areaCode);

        boolean sectorKnown(String sectorCode);

        boolean departmentInReach(long departmentId);

        /** The lead department when none is given: a department's staff lead with their own. */
        Long defaultDepartment();
    }

    private CampaignForm() {
    }

    static NewCampaign read(JsonNode body, Lookups lookups) {
        FormReader form = new FormReader();
        if (!form.object(body, FIELDS, "")) {
            form.check();
        }
        String name = form.text(body.get("name"), "name", "专项整治名称", MAX_NAME, true);
        LocalDate from = form.date(body.get("from"), "from", "开始日期");
        LocalDate to = form.date(body.get("to"), "to", "结束日期");
        if (from != null && to != null && to.isBefore(from)) {
            form.problem("to", "INVALID_PERIOD", "to：结束日期不能早于开始日期 " + from);
        }
        String area = area(form, body.get("area"), lookups);
        List<String> sectors = sectors(form, body.get("sectors"), lookups);
        CampaignStage stage = stage(form, body.get("stage"));
        Long lead = lead(form, body.get("leadDepartmentId"), lookups);
        List<String> measures = measures(form, body.get("measures"));
        String notes = form.text(body.get("notes"), "notes", "备注", MAX_NOTES, false);
        form.check();
        return new NewCampaign(name, from, to, area, stage, sectors, lead, measures, notes);
    }

    private static String area(FormReader form, JsonNode n, Lookups lookups) {
        String code = form.text(n, "area", "整治区域（全市、镇街或村社区的代码）", 15, true);
        if (code == null) {
            return null;
        }
        if (!code.matches("\\d{6}|\\d{9}|\\d{12}")) {
            form.problem("area", "INVALID_FIELD", "area：整治区域须为全市（6 位）、镇街（9 位）或村社区（12 位）的代码");
        } else if (!lookups.areaInReach(code)) {
            form.problem("area", "UNKNOWN_AREA", "area：区域 " + code + " 不存在或不在您的管辖范围内");
        } else {
            return code;
        }
        return null;
    }

    private static List<String> sectors(FormReader form, JsonNode n, Lookups lookups) {
        List<String> texts = texts(form, n, "sectors", "行业领域", 40);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String code = texts.get(i);
            String field = "sectors[" + i + "]";
            if (code == null) {
                continue;
            } else if (!lookups.sectorKnown(code)) {
                form.problem(field, "UNKNOWN_SECTOR", field + "：行业领域 " + code + " 不在目录中（见 GET /api/v1/sectors）");
            } else if (codes.contains(code)) {
                form.problem(field, "DUPLICATE", field + "：行业领域 " + code + " 重复");
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    private static List<String> measures(FormReader form, JsonNode n) {
        List<String> texts = texts(form, n, "measures", "整治措施", MAX_MEASURE);
        if (texts.size() > MAX_MEASURES) {
            form.problem("measures", "TOO_MANY", "measures：整治措施最多 " + MAX_MEASURES + " 条");
        }
        return texts;
    }

    /** An optional array of texts, each checked as {@code field[i]}; a bad item is kept as null so that the indexes hold. */
    private static List<String> texts(FormReader form, JsonNode n, String field, String label, int max) {
        List<String> texts = new ArrayList<>();
        if (FormReader.missing(n)) {
            return texts;
        }
        if (!n.isArray()) {
            form.problem(field, "INVALID_FIELD", field + "：" + label + "须为文本的列表");
            return texts;
        }
        for (int i = 0; i < n.size(); i++) {
            texts.add(form.text(n.get(i), field + "[" + i + "]", label, max, true));
        }
        return texts;
    }

    private static CampaignStage stage(FormReader form, JsonNode n) {
        String text = form.text(n, "stage", "整治阶段", 20, false);
        if (text == null) {
            return CampaignStage.MOBILISATION;
        }
        Optional<CampaignStage> found = Choice.parse(CampaignStage.class, text);
        if (found.isEmpty()) {
            form.problem("stage", "INVALID_FIELD", "stage：整治阶段须为 " + Choice.ids(CampaignStage.class) + "（"
                    + Choice.labels(CampaignStage.class) + "）之一");
        }
        return found.orElse(null);
    }

    private static Long lead(FormReader form, JsonNode n, Lookups lookups) {
        if (FormReader.missing(n)) {
            return lookups.defaultDepartment();
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            form.problem("leadDepartmentId", "INVALID_FIELD", "leadDepartmentId：牵头部门须为部门的编号（整数）");
            return null;
        }
        if (!lookups.departmentInReach(n.longValue())) {
            form.problem("leadDepartmentId", "UNKNOWN_DEPARTMENT", "leadDepartmentId：部门 " + n.longValue() + " 不存在或不在您可选的范围内");
            return null;
        }
        return n.longValue();
    }
}
