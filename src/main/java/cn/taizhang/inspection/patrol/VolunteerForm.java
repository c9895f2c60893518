package cn.taizhang.inspection.patrol;

import cn.taizhang.platform.web.FormReader;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Reads a volunteer's JSON without looking anything up; every bad field is named. */
final class VolunteerForm {

    private static final Set<String> FIELDS = Set.of("name", "phone", "kind", "areaCode", "active");
    private static final Pattern PHONE = Pattern.compile("[0-9][0-9-]{4,19}");
    private static final Pattern AREA = Pattern.compile("\\d{6}|\\d{9}|\\d{12}|\\d{15}");

    private VolunteerForm() {
    }

    static NewVolunteer read(JsonNode body) {
        FormReader form = new FormReader();
        if (!form.object(body, FIELDS, "")) {
            form.check();
        }
        String name = form.text(body.get("name"), "name", "姓名", 50, true);
        String phone = form.text(body.get("phone"), "phone", "联系电话", 20, false);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            form.problem("phone", "INVALID_FIELD", "phone：联系电话只能包含数字和“-”，5 到 20 位");
        }
        String kind = form.text(body.get("kind"), "kind", "志愿者类别", 40, true);
        if (kind != null && VolunteerKind.of(kind).isEmpty()) {
            form.problem("kind", "INVALID_FIELD", "kind：志愿者类别须为 " + VolunteerKind.codes() + " 之一");
        }
        String area = form.text(body.get("areaCode"), "areaCode", "服务区域", 15, true);
        if (area != null && !AREA.matcher(area).matches()) {
            form.problem("areaCode", "INVALID_FIELD", "areaCode：服务区域须为 6、9、12 或 15 位区域代码");
        }
        Boolean active = form.bool(body.get("active"), "active", "是否在岗", true);
        form.check();
        return new NewVolunteer(name, phone, kind, area, active);
    }
}
