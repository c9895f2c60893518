package cn.taizhang.inspection.patrol;

import cn.taizhang.platform.web.FormReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads a round's JSON without looking anything up: the shape of every field, the date not after today, somebody on
 * the round, places or a route, what was seen. Every bad field is named, as {@code findings[1].description}.
 */
final class PatrolForm {

    static final int MAX_STAFF = 20;
    static final int MAX_VOLUNTEERS = 50;
    static final int MAX_PLACES = 100;
    static final int MAX_FINDINGS = 20;

    private static final Set<String> FIELDS = Set.of("clientId", "date", "kind", "gridCode", "staffIds", "volunteerIds", "placeIds", "route",
            "seen", "findings");
    private static final Set<String> FINDING_FIELDS = Set.of("description", "placeId", "type", "sector", "severity");
    private static final Pattern GRID = Pattern.compile("\\d{15}");

    private final FormReader form = new FormReader();

    private PatrolForm() {
    }

    /** The round, or 400 naming every bad field. */
    static NewPatrol read(JsonNode body, LocalDate today) {
        return new PatrolForm().patrol(body, today);
    }

    private NewPatrol patrol(JsonNode body, LocalDate today) {
        if (!form.object(body, FIELDS, "")) {
            form.check();
        }
        UUID clientId = form.clientId(body.get("clientId"), "clientId：请提供本次巡查记录的 UUID（重发时不变）");
        LocalDate date = form.date(body.get("date"), "date", "巡查日期");
        if (date != null && date.isAfter(today)) {
            form.problem("date", "IN_FUTURE", "date：巡查日期不能晚于今天 " + today);
        }
        String kind = form.text(body.get("kind"), "kind", "巡查类别", 40, false);
        if (kind != null && PatrolKind.of(kind).isEmpty()) {
            form.problem("kind", "INVALID_FIELD", "kind：巡查类别须为 " + PatrolKind.codes() + " 之一");
        }
        String grid = form.text(body.get("gridCode"), "gridCode", "网格", 15, true);
        if (grid != null && !GRID.matcher(grid).matches()) {
            form.problem("gridCode", "INVALID_FIELD", "gridCode：网格编码须为 15 位数字");
        }
        List<Long> staff = form.ids(body.get("staffIds"), "staffIds", "巡查人员", MAX_STAFF);
        List<Long> volunteers = form.ids(body.get("volunteerIds"), "volunteerIds", "志愿者", MAX_VOLUNTEERS);
        if (staff.isEmpty() && volunteers.isEmpty() && form.problems().stream().noneMatch(p -> p.field().startsWith("staffIds")
                || p.field().startsWith("volunteerIds"))) {
            form.problem("staffIds", "NOBODY", "staffIds：请填写参加巡查的工作人员（staffIds）或志愿者（volunteerIds），至少一人");
        }
        List<Long> places = form.ids(body.get("placeIds"), "placeIds", "场所", MAX_PLACES);
        String route = form.text(body.get("route"), "route", "巡查路线", 500, false);
        if (places.isEmpty() && route == null && form.problems().stream().noneMatch(p -> p.field().startsWith("placeIds"))) {
            form.problem("placeIds", "NO_PLACE_OR_ROUTE", "placeIds：请勾选巡查的场所（placeIds）或填写巡查路线（route）");
        }
        String seen = form.text(body.get("seen"), "seen", "巡查情况", 2000, true);
        List<NewPatrol.Finding> findings = new ArrayList<>();
        JsonNode list = body.get("findings");
        if (!FormReader.missing(list)) {
            if (!list.isArray()) {
                form.problem("findings", "INVALID_FIELD", "findings：发现的问题须为数组");
            } else if (list.size() > MAX_FINDINGS) {
                form.problem("findings", "TOO_MANY", "findings：发现的问题最多 " + MAX_FINDINGS + " 项");
            } else {
                for (int i = 0; i < list.size(); i++) {
                    findings.add(finding(list.get(i), "findings[" + i + "]"));
                }
            }
        }
        form.check();
        return new NewPatrol(clientId, date, kind == null ? PatrolKind.ROUTINE.code() : kind, grid, staff, volunteers, places, route, seen,
                findings);
    }

    private NewPatrol.Finding finding(JsonNode f, String at) {
        if (!form.object(f, FINDING_FIELDS, at + ".")) {
            return null;
        }
        String description = form.text(f.get("description"), at + ".description", "问题描述", 500, true);
        Long placeId = FormReader.missing(f.get("placeId")) ? null : form.id(f.get("placeId"), at + ".placeId", "场所");
        String type = form.text(f.get("type"), at + ".type", "事项类型", 40, false);
        String sector = form.text(f.get("sector"), at + ".sector", "行业领域", 40, false);
        String severity = form.text(f.get("severity"), at + ".severity", "等级", 20, false);
        return new NewPatrol.Finding(description, placeId, type == null ? NewPatrol.DEFAULT_TYPE : type, sector, severity);
    }
}
