package cn.taizhang.inspection;

import cn.taizhang.inspection.campaign.Campaigns;
import cn.taizhang.inspection.lists.Measures;
import cn.taizhang.inspection.patrol.PatrolCounts;
import cn.taizhang.inspection.patrol.PatrolFigures;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Sector;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.Days;
import cn.taizhang.territory.Territory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "inspection", description = "检查：专项整治、检查表、检查、巡查、两个清单")
class InspectionFiguresController {

    /**
     * The figures with what they count and the seeds' sentence; the patrols of the area and period (巡查, no campaign or
     * sector) and the 制度措施清单's measures set in them (no sector).
     */
    record Answer(String area, String areaName, LocalDate from, LocalDate to, Long campaign, String sector, InspectionCounts figures,
            String sentence, PatrolCounts patrols, Measures.Counts measures) {
    }

    private final InspectionFigures figures;
    private final Territory territory;
    private final Campaigns campaigns;
    private final Organisation organisation;
    private final PatrolFigures patrols;
    private final Measures measures;

    InspectionFiguresController(InspectionFigures figures, Territory territory, Campaigns campaigns, Organisation organisation,
            PatrolFigures patrols, Measures measures) {
        this.patrols = patrols;
        this.measures = measures;
        this.figures = figures;
        this.territory = territory;
        this.campaigns = campaigns;
        this.organisation = organisation;
    }

    @GetMapping("/api/v1/inspections/figures")
    @Operation(summary = "检查统计：区域（默认本辖区）在 [from, to]（默认今年 1 月 1 日到今天）检查日期内的检查组次、检查人次、检查企业家次、排查隐患、"
            + "已整改（其事项现已结案）、整改率、重大隐患，及巡查次数和人次（patrols）、期间建立的制度措施及已完成数（measures）；campaign 为专项整治编号，sector 为行业领域编码")
    Answer figures(Scope scope, @RequestParam(required = false) String area, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Long campaign, @RequestParam(required = false) String sector) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(BeijingTime.ZONE);
        Days.Period period = Days.period(from, to, today.withDayOfYear(1), today, problems);
        LocalDate start = period.from();
        LocalDate end = period.to();
        String sectorCode = sector == null || sector.isBlank() ? null : sector.strip();
        if (sectorCode != null && organisation.sectors().stream().map(Sector::code).noneMatch(sectorCode::equals)) {
            problems.add(new FieldProblem("sector", "UNKNOWN_SECTOR", "sector：没有这个行业领域：" + sectorCode));
        }
        if (campaign != null && campaigns.find(scope, campaign).isEmpty()) {
            problems.add(new FieldProblem("campaign", "UNKNOWN_CAMPAIGN", "campaign：专项整治 " + campaign + " 不存在或不在您的辖区内"));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        String code = area == null || area.isBlank() ? scope.areaPrefix() : area.strip();
        String name = territory.find(code, scope).orElseThrow(() -> Problem.notFound("区域 " + code + " ")).name();
        InspectionCounts counts = figures.count(new InspectionFigures.Selection(code, start, end.plusDays(1), campaign, sectorCode), scope);
        return new Answer(code, name, start, end, campaign, sectorCode, counts, counts.sentence(),
                patrols.count(code, start, end.plusDays(1), scope), measures.count(scope, code, campaign, start, end.plusDays(1)));
    }
}
