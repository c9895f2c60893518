package cn.taizhang.organisation;

import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.ListPage;
import cn.taizhang.platform.web.Paging;
import cn.taizhang.territory.Territory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class StaffPages {

    private static final int PAGE_SIZE = 50;

    private final Organisation organisation;
    private final Territory territory;

    StaffPages(Organisation organisation, Territory territory) {
        this.organisation = organisation;
        this.territory = territory;
    }

    @GetMapping("/staff")
    String list(Scope scope, @RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @RequestParam(required = false) String area, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, Model model) {
        Paging paging = Paging.of(page, PAGE_SIZE, PAGE_SIZE);
        StaffFilter filter = new StaffFilter(q, role, area, null);
        ListResponse<StaffMember> staff = organisation.staff(scope, filter, sort, paging.page(), paging.size());
        model.addAttribute("staff", staff);
        model.addAttribute("areaNames", territory.names(staff.items().stream().map(StaffMember::jurisdictionCode).distinct().toList(), scope));
        model.addAttribute("roles", Role.values());
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("area", area);
        model.addAttribute("list", new ListPage("/staff", ListPage.query(filter.parameters()), sort, paging.page(), paging.size(),
                staff.total()));
        return "organisation/staff";
    }
}
