package cn.taizhang.service;

import cn.taizhang.platform.web.FormReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Reads a visit's JSON without looking anything up: the date not after today, at least one leader, one enterprise or
 * one project, each problem with its description. Every bad field is named, as {@code problems[1].description}.
 */
final class VisitForm {

    static final int MAX_LEADERS = 20;
    static final int MAX_PROBLEMS = 50;
    static final int MAX_DESCRIPTION = 1000;

    private static final Set<String> FIELDS = Set.of("clientId", "date", "leaderIds", "enterpriseId", "projectId", "notes", "problems");
    private static final Set<String> PROBLEM_FIELDS = Set.of("description", "hard", "category");

    private final FormReader form = new FormReader();

    private VisitForm() {
    }

    /** The visit, or 400 naming every bad field. */
    static NewVisit read(JsonNode body, LocalDate today) {
        return new VisitForm().visit(body, today);
    }

    private NewVisit visit(JsonNode body, LocalDate today) {
        if (!form.object(body, FIELDS, "")) {
            form.check();
        }
        UUID clientId = uuid(body.get("clientId"));
        LocalDate date = form.date(body.get("date"), "date", "走访日期");
        if (date != null && date.isAfter(today)) {
            form.problem("date", "IN_FUTURE", "date：走访日期不能晚于今天 " + today);
        }
        List<Long> leaders = leaders(body.get("leaderIds"));
        boolean enterprise = !FormReader.missing(body.get("enterpriseId"));
        boolean project = !FormReader.missing(body.get("projectId"));
        if (enterprise == project) {
            form.problem("enterpriseId", enterprise ? "INVALID_FIELD" : "REQUIRED", "enterpriseId：须填写 enterpriseId（企业）或 projectId（项目）之一");
        }
        Long enterpriseId = enterprise ? id(body.get("enterpriseId"), "enterpriseId", "企业") : null;
        Long projectId = project ? id(body.get("projectId"), "projectId", "项目") : null;
        String notes = form.text(body.get("notes"), "notes", "走访情况", 2000, false);
        List<NewVisit.NewProblem> problems = new ArrayList<>();
        JsonNode list = body.get("problems");
        if (!FormReader.missing(list)) {
            if (!list.isArray()) {
                form.problem("problems", "INVALID_FIELD", "problems：收集的困难和问题须为数组");
            } else if (list.size() > MAX_PROBLEMS) {
                form.problem("problems", "TOO_MANY", "problems：收集的困难和问题最多 " + MAX_PROBLEMS + " 项");
            } else {
                for (int i = 0; i < list.size(); i++) {
                    problems.add(problem(list.get(i), "problems[" + i + "]"));
                }
            }
        }
        form.check();
        return new NewVisit(clientId, date, leaders, enterpriseId, projectId, notes, problems);
    }

    private List<Long> leaders(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        if (FormReader.missing(list) || !list.isArray() || list.isEmpty()) {
            form.problem("leaderIds", FormReader.missing(list) || list.isArray() ? "REQUIRED" : "INVALID_FIELD", "leaderIds：请填写走访的领导（数组）");
            return ids;
        }
        if (list.size() > MAX_LEADERS) {
            form.problem("leaderIds", "TOO_MANY", "leaderIds：走访的领导最多 " + MAX_LEADERS + " 人");
            return ids;
        }
        for (int i = 0; i < list.size(); i++) {
            Long id = id(list.get(i), "leaderIds[" + i + "]", "领导");
            if (id != null && ids.contains(id)) {
                form.problem("leaderIds[" + i + "]", "DUPLICATE_LEADER", "leaderIds[" + i + "]：领导 " + id + " 重复");
            } else if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private NewVisit.NewProblem problem(JsonNode p, String at) {
        if (!form.object(p, PROBLEM_FIELDS, at + ".")) {
            return null;
        }
        String description = form.text(p.get("description"), at + ".description", "问题描述", MAX_DESCRIPTION, true);
        Boolean hard = form.bool(p.get("hard"), at + ".hard", "是否疑难问题", false);
        String category = form.text(p.get("category"), at + ".category", "问题类别", 40, false);
        return new NewVisit.NewProblem(description, hard != null && hard, category);
    }

    private Long id(JsonNode n, String field, String label) {
        if (n == null || !n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < 1) {
            form.problem(field, "INVALID_FIELD", field + "：" + label + "编号须为正整数");
            return null;
        }
        return n.longValue();
    }

    private UUID uuid(JsonNode n) {
        if (FormReader.missing(n)) {
            return null;
        }
        try {
            if (n.isString()) {
                UUID id = UUID.fromString(n.asString());
                if (id.toString().equalsIgnoreCase(n.asString())) {
                    return id;
                }
            }
        } catch (IllegalArgumentException e) {
            // named below
        }
        form.problem("clientId", "INVALID_FIELD", "clientId：须为 UUID");
        return null;
    }
}
