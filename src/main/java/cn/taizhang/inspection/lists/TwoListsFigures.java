package cn.taizhang.inspection.lists;

import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.territory.Territory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The two lists' figures and the seeds' sentence, "建立问题隐患清单N项，已整改N项；制度措施清单N项，已完成N项": the hazards
 * found on the visits of the period (by the visit's day), the measures set in it (by the day they were set).
 */
@RestController
@Tag(name = "inspection", description = "检查：专项整治、检查表、检查、巡查、两个清单")
class TwoListsFigures {

    /** The measures' counts: all, done, overdue (not done after the due date). */
    record MeasureFigures(long total, long done, long overdue) {
    }

    record Answer(String area, String areaName, LocalDate from, LocalDate to, Long campaign, HazardFigures hazards, MeasureFigures measures,
            String sentence) {
    }

    private final HazardList hazards;
    private final Measures measures;
    private final Territory territory;

    TwoListsFigures(HazardList hazards, Measures measures, Territory territory) {
        this.hazards = hazards;
        this.measures = measures;
        this.territory = territory;
    }

    @GetMapping("/api/v1/two-lists/figures")
    @Operation(summary = "两个清单的统计：区域（默认本辖区）、专项整治在 [from, to]（默认全部）内的问题隐患清单（按检查日期）和制度措施清单（按建立日期）："
            + "hazards {total, rectified, open, overdue, major, majorRectified}，measures {total, done, overdue}，及一句话："
            + "建立问题隐患清单N项，已整改N项；制度措施清单N项，已完成N项")
    Answer figures(Scope scope, @RequestParam(required = false) String area, @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        HazardQuery.Filter filter = new HazardQuery(area, null, null, campaign, from, to, null, null).filter();
        String code = filter.area() == null ? scope.areaPrefix() : filter.area();
        String name = territory.find(code, scope).orElseThrow(() -> Problem.notFound("区域 " + code + " ")).name();
        HazardFigures h = hazards.figures(filter, scope);
        long[] m = measures.figures(scope, new MeasureQuery.Filter(code, null, campaign, null, null, filter.from(), filter.until()));
        MeasureFigures mf = new MeasureFigures(m[0], m[1], m[2]);
        return new Answer(code, name, filter.from(), filter.until() == null ? null : filter.until().minusDays(1), campaign, h, mf, sentence(h, mf));
    }

    static String sentence(HazardFigures h, MeasureFigures m) {
        return "建立问题隐患清单" + h.total() + "项，已整改" + h.rectified() + "项；制度措施清单" + m.total() + "项，已完成" + m.done() + "项";
    }
}
