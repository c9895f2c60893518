package cn.taizhang.inspection.lists;

import cn.taizhang.platform.web.FormReader;
import cn.taizhang.registry.Choice;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A measure as the API sends it, checked field by field, every problem named at once. Its area lies in the writer's
 * jurisdiction (default: the jurisdiction itself), its owner unit is one the writer may reach (a department's staff: their
 * own, the default), its campaign one the writer sees.
 */
final class MeasureForm {

    static final int MAX_TITLE = 200;
    static final int MAX_NOTES = 1000;
    static final int MAX_EVIDENCE = 2000;
    private static final Set<String> FIELDS = Set.of("title", "kind", "area", "ownerDepartmentId", "campaignId", "dueDate", "status", "notes");

    /** What the form looks up, limited to what the writer may reach. */
    interface Lookups {
        boolean areaInReach(String areaCode);

        boolean departmentInReach(long departmentId);

        boolean campaignInReach(long campaignId);

        String defaultArea();

        Long defaultDepartment();
    }

    private MeasureForm() {
    }

    static NewMeasure read(JsonNode body, Lookups lookups) {
        FormReader form = new FormReader();
        if (!form.object(body, FIELDS, "")) {
            form.check();
        }
        String title = form.text(body.get("title"), "title", "措施名称", MAX_TITLE, true);
        MeasureKind kind = choice(form, body.get("kind"), "kind", "措施类别", MeasureKind.class, null);
        String area = area(form, body.get("area"), lookups);
        Long owner = id(form, body.get("ownerDepartmentId"), "ownerDepartmentId", "责任单位", lookups.defaultDepartment());
        if (owner == null && FormReader.missing(body.get("ownerDepartmentId"))) {
            form.problem("ownerDepartmentId", "REQUIRED", "ownerDepartmentId：请选择责任单位");
        } else if (owner != null && !lookups.departmentInReach(owner)) {
            form.problem("ownerDepartmentId", "UNKNOWN_DEPARTMENT", "ownerDepartmentId：单位 " + owner + " 不存在或不在您可选的范围内");
        }
        Long campaign = id(form, body.get("campaignId"), "campaignId", "专项整治", null);
        if (campaign != null && !lookups.campaignInReach(campaign)) {
            form.problem("campaignId", "UNKNOWN_CAMPAIGN", "campaignId：专项整治 " + campaign + " 不存在或不在您的辖区内");
        }
        LocalDate due = form.date(body.get("dueDate"), "dueDate", "完成期限");
        MeasureStatus status = choice(form, body.get("status"), "status", "进度", MeasureStatus.class, MeasureStatus.PLANNED);
        if (status == MeasureStatus.DONE) {
            form.problem("status", "USE_COMPLETE", "status：完成措施请使用“完成”操作并填写佐证说明");
        }
        String notes = form.text(body.get("notes"), "notes", "备注", MAX_NOTES, false);
        form.check();
        return new NewMeasure(area, title, kind, owner, campaign, due, status, notes);
    }

    private static String area(FormReader form, JsonNode n, Lookups lookups) {
        String code = form.text(n, "area", "区域代码", 15, false);
        if (code == null) {
            return lookups.defaultArea(); // absent or blank; a wrong type is already named
        }
        if (!code.matches("\\d{6}(\\d{3}){0,3}")) {
            form.problem("area", "INVALID_FIELD", "area：区域代码须为 6、9、12 或 15 位数字");
        } else if (!lookups.areaInReach(code)) {
            form.problem("area", "UNKNOWN_AREA", "area：区域 " + code + " 不存在或不在您的管辖范围内");
        } else {
            return code;
        }
        return null;
    }

    private static Long id(FormReader form, JsonNode n, String field, String label, Long absent) {
        if (FormReader.missing(n)) {
            return absent;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            form.problem(field, "INVALID_FIELD", field + "：" + label + "须为编号（整数）");
            return null;
        }
        return n.longValue();
    }

    private static <E extends Enum<E> & Choice> E choice(FormReader form, JsonNode n, String field, String label, Class<E> type, E absent) {
        String text = form.text(n, field, label, 20, absent == null);
        if (text == null) {
            return absent;
        }
        Optional<E> found = Choice.parse(type, text);
        if (found.isEmpty()) {
            form.problem(field, "INVALID_FIELD", field + "：" + label + "须为 " + Choice.ids(type) + "（" + Choice.labels(type) + "）之一");
        }
        return found.orElse(null);
    }
}
