package cn.taizhang.registry.enterprise;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.registry.Choice;
import java.util.ArrayList;
import java.util.List;

/**
 * The enterprise list's query parameters as they arrive (bound from the query string); {@link #filter()} checks them and
 * names each bad one. Risk level and status take their ids or their Chinese labels.
 */
record EnterpriseQuery(String q, String area, String zone, String sector, String riskLevel, String status, Boolean unionFounded,
        Long leader) {

    EnterpriseFilter filter() {
        List<FieldProblem> problems = new ArrayList<>();
        RiskLevel risk = choice(riskLevel, "riskLevel", "风险等级", RiskLevel.class, problems);
        EnterpriseStatus state = choice(status, "status", "经营状态", EnterpriseStatus.class, problems);
        if (area != null && !area.isBlank() && !area.strip().matches("\\d{6}(\\d{3}){0,3}")) {
            problems.add(new FieldProblem("area", "INVALID_FIELD", "area：区域代码须为 6、9、12 或 15 位数字"));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return new EnterpriseFilter(q, area, zone, sector, risk, state, unionFounded, leader);
    }

    private static <E extends Enum<E> & Choice> E choice(String text, String field, String label, Class<E> type, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Choice.parse(type, text).orElseGet(() -> {
            problems.add(new FieldProblem(field, "INVALID_FIELD", field + "：" + label + "须为 " + Choice.ids(type) + " 之一"));
            return null;
        });
    }
}
