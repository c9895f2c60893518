package cn.taizhang.service;

import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.Days;
import cn.taizhang.territory.Territory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "service", description = "企业服务：领导走访企业和项目，收集困难和问题，顶格协调")
class ServiceFiguresController {

    /** The figures with the area and period they count and the seeds' sentence. */
    record Answer(String area, String areaName, LocalDate from, LocalDate to, long visits, long problems, long problemsSolved,
            long problemsInProgress, long hardProblems, long hardSolved, long hardInProgress, String sentence) {
    }

    private final ServiceFigures figures;
    private final Territory territory;

    ServiceFiguresController(ServiceFigures figures, Territory territory) {
        this.figures = figures;
        this.territory = territory;
    }

    @GetMapping("/api/v1/enterprise-service/figures")
    @Operation(summary = "企业服务统计：区域（默认本辖区）在 [from, to]（默认今年 1 月 1 日到今天）走访日期内的领导走访次数、收集的困难和问题、"
            + "已协调解决（其事项现已结案）和正在推进的，疑难问题事项及其解决情况，及简报的句子")
    Answer figures(Scope scope, @RequestParam(required = false) String area, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Period p = period(scope, area, from, to, territory);
        ServiceCounts c = figures.count(p.area(), p.from(), p.to().plusDays(1), scope);
        return new Answer(p.area(), p.areaName(), p.from(), p.to(), c.visits(), c.problems(), c.problemsSolved(), c.problemsInProgress(),
                c.hardProblems(), c.hardSolved(), c.hardInProgress(), p.areaName() + c.sentence());
    }

    /** An area inside the scope (404 otherwise) and a period (400 naming a bad bound). */
    record Period(String area, String areaName, LocalDate from, LocalDate to) {
    }

    static Period period(Scope scope, String area, String from, String to, Territory territory) {
        Days.Period period = Days.thisYearUnless(from, to);
        String code = area == null || area.isBlank() ? scope.areaPrefix() : area.strip();
        String name = territory.find(code, scope).orElseThrow(() -> Problem.notFound("区域 " + code + " ")).name();
        return new Period(code, name, period.from(), period.to());
    }
}
