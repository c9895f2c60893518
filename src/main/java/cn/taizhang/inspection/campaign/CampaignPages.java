package cn.taizhang.inspection.campaign;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListPage;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import cn.taizhang.territory.Area;
import cn.taizhang.territory.AreaLevel;
import cn.taizhang.territory.Territory;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The campaigns' pages: the list with its filters, a campaign with its measures and history (its progress, counted from
 * the inspections, will join it there), and the form that starts or edits one (sent to the API by registry-form.js).
 */
@Controller
class CampaignPages {

    private static final int PAGE_SIZE = 50;

    /** An area the form offers: the city, a 镇街 (with its 村社区 under it) or a 村社区. */
    record AreaChoice(Area area, List<Area> villages) {
    }

    private final Campaigns campaigns;
    private final CampaignViews views;
    private final Territory territory;

    CampaignPages(Campaigns campaigns, CampaignViews views, Territory territory) {
        this.campaigns = campaigns;
        this.views = views;
        this.territory = territory;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("stages", CampaignStage.values());
        model.addAttribute("sectors", views.sectorNames());
    }

    @GetMapping("/campaigns")
    String list(@AuthenticationPrincipal Caller caller, Scope scope, @ModelAttribute("query") CampaignQuery query,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Model model) {
        CampaignFilter filter = campaigns.filter(query);
        Paging paging = Paging.of(page, PAGE_SIZE, PAGE_SIZE);
        ListResponse<Campaign> found = campaigns.list(scope, filter, sort, paging.page(), paging.size());
        model.addAttribute("campaigns", found);
        model.addAttribute("writer", Campaigns.writer(caller));
        model.addAttribute("exportQuery", new ListPage("", ListPage.query(filter.parameters()), sort, 0, 1, 0).filtersAndSort());
        model.addAttribute("list", new ListPage("/campaigns", ListPage.query(filter.parameters()), sort, paging.page(), paging.size(),
                found.total()));
        return "inspection/campaigns";
    }

    @GetMapping("/campaigns/{id}")
    String detail(@AuthenticationPrincipal Caller caller, Scope scope, @PathVariable long id, Model model) {
        Campaign campaign = campaigns.find(scope, id).orElseThrow(Campaigns::notFound);
        model.addAttribute("campaign", campaign);
        model.addAttribute("history", campaigns.history(scope, id));
        model.addAttribute("editable", Campaigns.editable(caller, campaign));
        return "inspection/campaign";
    }

    @GetMapping("/campaigns/new")
    String create(@AuthenticationPrincipal Caller caller, Scope scope, Model model) {
        return form(caller, scope, null, model);
    }

    @GetMapping("/campaigns/{id}/edit")
    String edit(@AuthenticationPrincipal Caller caller, Scope scope, @PathVariable long id, Model model) {
        return form(caller, scope, campaigns.find(scope, id).orElseThrow(Campaigns::notFound), model);
    }

    private String form(Caller caller, Scope scope, Campaign campaign, Model model) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("writer", campaign == null ? Campaigns.writer(caller) : Campaigns.editable(caller, campaign));
        model.addAttribute("areas", areaChoices(scope));
        model.addAttribute("departments", campaigns.departments(caller));
        model.addAttribute("ownDepartment", caller.departmentId());
        model.addAttribute("measuresText", campaign == null ? "" : String.join("\n", campaign.measures()));
        return "inspection/campaign-form";
    }

    /** The caller's jurisdiction and what lies in it down to the 村社区: the areas a campaign may cover. */
    private List<AreaChoice> areaChoices(Scope scope) {
        String mine = scope.areaPrefix();
        List<AreaChoice> choices = new ArrayList<>();
        if (mine.length() > 12 || mine.length() < 6) {
            return choices; // a grid's staff start no campaign
        }
        if (mine.length() == 12) {
            territory.find(mine, scope).ifPresent(v -> choices.add(new AreaChoice(v, List.of())));
            return choices;
        }
        List<Area> towns = new ArrayList<>();
        if (mine.length() == 6) {
            territory.find(mine, scope).ifPresent(city -> choices.add(new AreaChoice(city, List.of())));
            towns.addAll(territory.children(mine, scope, 0, Territory.MAX_PAGE_SIZE).items());
        } else {
            territory.find(mine, scope).ifPresent(towns::add);
        }
        for (Area town : towns) {
            if (town.level() == AreaLevel.TOWN) {
                choices.add(new AreaChoice(town, territory.children(town.code(), scope, 0, Territory.MAX_PAGE_SIZE).items().stream()
                        .filter(a -> a.level() == AreaLevel.VILLAGE).toList()));
            }
        }
        return choices;
    }
}
