package cn.taizhang.registry.enterprise;

import cn.taizhang.access.Caller;
import cn.taizhang.cases.SubjectCases;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Role;
import cn.taizhang.organisation.StaffFilter;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListPage;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import cn.taizhang.registry.Placement;
import cn.taizhang.territory.Territory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The enterprise ledger's pages: the list with its filters and the three union ledgers as tabs, an enterprise with its
 * history, and the form that registers or edits one (sent to the API by registry-form.js).
 */
@Controller
class EnterprisePages {

    private static final int PAGE_SIZE = 50;

    /** The tabs over the list: the whole registry and the three union ledgers (三库合一). */
    enum Tab {
        ALL("全部企业"), UNION("建会企业信息库"), DEREGISTERED("注销企业登记库"), LOST_CONTACT("失联企业报备库");

        final String label;

        Tab(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String id() {
            return name().toLowerCase();
        }
    }

    private final Enterprises enterprises;
    private final Organisation organisation;
    private final Territory territory;
    private final Placement placement;
    private final SubjectCases cases;
    private final List<EnterpriseSection> sections;

    EnterprisePages(Enterprises enterprises, Organisation organisation, Territory territory, Placement placement, SubjectCases cases,
            List<EnterpriseSection> sections) {
        this.sections = sections;
        this.cases = cases;
        this.enterprises = enterprises;
        this.organisation = organisation;
        this.territory = territory;
        this.placement = placement;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("riskLevels", RiskLevel.values());
        model.addAttribute("statuses", EnterpriseStatus.values());
        model.addAttribute("engagements", UnionEngagement.values());
        model.addAttribute("sectors", organisation.sectors());
        model.addAttribute("zones", placement.zones());
    }

    @GetMapping("/enterprises")
    String list(@AuthenticationPrincipal Caller caller, Scope scope, @ModelAttribute("query") EnterpriseQuery query,
            @RequestParam(required = false) String tab, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, Model model) {
        Tab shown = tabOf(tab);
        EnterpriseFilter filter = narrowed(query.filter(), shown);
        Paging paging = Paging.of(page, PAGE_SIZE, PAGE_SIZE);
        ListResponse<Enterprise> found = enterprises.list(scope, filter, sort, paging.page(), paging.size());
        Map<String, String> parameters = new LinkedHashMap<>(query.filter().parameters());
        if (shown != Tab.ALL) {
            parameters.put("tab", shown.id());
        }
        model.addAttribute("enterprises", found);
        model.addAttribute("tab", shown);
        model.addAttribute("tabs", Tab.values());
        model.addAttribute("leader", caller.has(Role.LEADER));
        model.addAttribute("writer", Enterprises.writer(caller));
        model.addAttribute("exportQuery", new ListPage("", ListPage.query(filter.parameters()), sort, 0, 1, 0).filtersAndSort());
        model.addAttribute("list", new ListPage("/enterprises", ListPage.query(parameters), sort, paging.page(), paging.size(), found.total()));
        return "registry/enterprises";
    }

    @GetMapping("/enterprises/import")
    String importPage(Model model) {
        model.addAttribute("registryName", "企业台账");
        model.addAttribute("listPath", "/enterprises");
        model.addAttribute("apiPath", "/api/v1/enterprises/imports");
        model.addAttribute("templatePath", "/api/v1/enterprises/template.xlsx");
        return "registry/import";
    }

    @GetMapping("/enterprises/{id}")
    String detail(@AuthenticationPrincipal Caller caller, Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("enterprise", enterprises.find(scope, id).orElseThrow(Enterprises::notFound));
        model.addAttribute("history", enterprises.history(scope, id));
        model.addAttribute("cases", cases.of(Enterprises.REGISTRY, List.of(id), scope, caller.id(), false));
        model.addAttribute("writer", Enterprises.writer(caller));
        model.addAttribute("sections", sections.stream().map(s -> new EnterpriseSection.Shown(s.heading(), s.lines(id, scope)))
                .filter(s -> !s.lines().isEmpty()).toList());
        return "registry/enterprise";
    }

    @GetMapping("/enterprises/new")
    String create(@AuthenticationPrincipal Caller caller, Scope scope, Model model) {
        return form(caller, scope, null, model);
    }

    @GetMapping("/enterprises/{id}/edit")
    String edit(@AuthenticationPrincipal Caller caller, Scope scope, @PathVariable long id, Model model) {
        return form(caller, scope, enterprises.find(scope, id).orElseThrow(Enterprises::notFound), model);
    }

    private String form(Caller caller, Scope scope, Enterprise enterprise, Model model) {
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("writer", Enterprises.writer(caller));
        model.addAttribute("grids", territory.gridNames(scope.areaPrefix(), scope));
        model.addAttribute("leaders", leadersOver(caller));
        return "registry/enterprise-form";
    }

    /** The leaders whose jurisdiction covers the caller's or lies inside it: those who may look after its enterprises (包保). */
    private List<StaffMember> leadersOver(Caller caller) {
        String mine = caller.jurisdictionCode();
        return organisation.staff(Scope.area(mine.substring(0, 6)), new StaffFilter(null, Role.LEADER, null, null), "name", 0, Paging.MAX_SIZE)
                .items().stream().filter(s -> mine.startsWith(s.jurisdictionCode()) || s.jurisdictionCode().startsWith(mine)).toList();
    }

    private static Tab tabOf(String tab) {
        for (Tab t : Tab.values()) {
            if (t.id().equals(tab)) {
                return t;
            }
        }
        return Tab.ALL;
    }

    private static EnterpriseFilter narrowed(EnterpriseFilter f, Tab tab) {
        switch (tab) {
            case UNION:
                return new EnterpriseFilter(f.q(), f.area(), f.zone(), f.sector(), f.riskLevel(), f.status(), true, f.leader());
            case DEREGISTERED:
                return new EnterpriseFilter(f.q(), f.area(), f.zone(), f.sector(), f.riskLevel(), EnterpriseStatus.DEREGISTERED, f.unionFounded(), f.leader());
            case LOST_CONTACT:
                return new EnterpriseFilter(f.q(), f.area(), f.zone(), f.sector(), f.riskLevel(), EnterpriseStatus.LOST_CONTACT, f.unionFounded(), f.leader());
            default:
                return f;
        }
    }
}
