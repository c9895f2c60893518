package cn.taizhang.inspection;

import cn.taizhang.inspection.campaign.Campaign;
import cn.taizhang.inspection.campaign.Campaigns;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Sector;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.territory.Territory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A campaign's progress on its page (loaded into it): the figures of the outings it sent, from its first day to its
 * last or today, in all and per child area, sector and month — within the caller's jurisdiction.
 */
@Controller
class CampaignProgressPage {

    /** One line of a breakdown: its name and figures. */
    record Line(String key, String name, InspectionCounts figures) {
    }

    private final Campaigns campaigns;
    private final InspectionFigures figures;
    private final Territory territory;
    private final Organisation organisation;

    CampaignProgressPage(Campaigns campaigns, InspectionFigures figures, Territory territory, Organisation organisation) {
        this.campaigns = campaigns;
        this.figures = figures;
        this.territory = territory;
        this.organisation = organisation;
    }

    @GetMapping("/campaigns/{id}/progress")
    String progress(Scope scope, @PathVariable long id, Model model) {
        Campaign c = campaigns.find(scope, id).orElseThrow(() -> Problem.notFound("专项整治"));
        LocalDate today = LocalDate.now(BeijingTime.ZONE);
        LocalDate last = c.to().isBefore(today) ? c.to() : today;
        // a city-wide campaign seen from a 镇街 is that 镇街's part of it
        String area = scope.areaPrefix().startsWith(c.areaCode()) ? scope.areaPrefix() : c.areaCode();
        InspectionFigures.Selection s = new InspectionFigures.Selection(area, c.from(), last.plusDays(1), c.id(), null);
        InspectionCounts total = figures.count(s, scope);
        Map<String, InspectionCounts> byArea = figures.breakdown(s, scope, InspectionFigures.By.childrenOf(area));
        Map<String, String> areaNames = territory.names(byArea.keySet(), scope);
        Map<String, String> sectorNames = organisation.sectors().stream().collect(Collectors.toMap(Sector::code, Sector::name));
        model.addAttribute("campaign", c);
        model.addAttribute("until", last);
        model.addAttribute("started", !c.from().isAfter(today));
        model.addAttribute("total", total);
        model.addAttribute("areas", lines(byArea, areaNames));
        model.addAttribute("sectors", lines(figures.breakdown(s, scope, InspectionFigures.By.SECTOR), sectorNames));
        model.addAttribute("months", lines(figures.breakdown(s, scope, InspectionFigures.By.MONTH), Map.of()));
        return "inspection/campaign-progress :: progress";
    }

    private static List<Line> lines(Map<String, InspectionCounts> counts, Map<String, String> names) {
        return counts.entrySet().stream().map(e -> new Line(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue())).toList();
    }
}
