package cn.taizhang.inspection.campaign;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.registry.Choice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The campaign list's query parameters as they arrive (bound from the query string); {@link #filter} checks them and
 * names each bad one. Stage takes its id or its Chinese label; {@code active=true} keeps the campaigns under way today
 * (Beijing date), {@code active=false} those not.
 */
record CampaignQuery(String q, String area, String sector, String stage, Boolean active) {

    CampaignFilter filter(Predicate<String> sectorKnown, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (q != null && q.strip().length() > CampaignForm.MAX_NAME) {
            problems.add(new FieldProblem("q", "TOO_LONG", "q：关键词不能超过 " + CampaignForm.MAX_NAME + " 个字"));
        }
        if (area != null && !area.isBlank() && !area.strip().matches("\\d{6}(\\d{3}){0,3}")) {
            problems.add(new FieldProblem("area", "INVALID_FIELD", "area：区域代码须为 6、9、12 或 15 位数字"));
        }
        if (sector != null && !sector.isBlank() && !sectorKnown.test(sector.strip())) {
            problems.add(new FieldProblem("sector", "UNKNOWN_SECTOR", "sector：行业领域须为目录中的编码（见 GET /api/v1/sectors）"));
        }
        CampaignStage state = null;
        if (stage != null && !stage.isBlank()) {
            state = Choice.parse(CampaignStage.class, stage).orElse(null);
            if (state == null) {
                problems.add(new FieldProblem("stage", "INVALID_FIELD", "stage：整治阶段须为 " + Choice.ids(CampaignStage.class) + " 之一"));
            }
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return new CampaignFilter(q, area, sector, state, active, active == null ? null : today);
    }
}
