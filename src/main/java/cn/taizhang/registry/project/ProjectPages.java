package cn.taizhang.registry.project;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListPage;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import cn.taizhang.territory.Area;
import cn.taizhang.territory.AreaLevel;
import cn.taizhang.territory.Territory;
import java.time.LocalDate;
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
 * The project ledger's pages: the list with its filters under the roll-up's sentences for what it shows ("2021年改造背街小巷
 * 31条，…"), a project with its progress notes (writers add one there) and history, the form that registers or edits one
 * (sent to the API by registry-form.js), and the import.
 */
@Controller
class ProjectPages {

    private static final int PAGE_SIZE = 50;

    /** A 镇街 and the 村社区 in it that the caller may choose as a project's area. */
    record AreaGroup(Area town, List<Area> villages) {
    }

    private final Projects projects;
    private final ProjectKinds kinds;
    private final Territory territory;

    ProjectPages(Projects projects, ProjectKinds kinds, Territory territory) {
        this.projects = projects;
        this.kinds = kinds;
        this.territory = territory;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", kinds.all());
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("thisYear", LocalDate.now(BeijingTime.ZONE).getYear());
    }

    /** The years the list's filter offers: from two years ahead back to 2015, and the one asked for wherever it lies. */
    private static List<Integer> years(Integer asked) {
        int thisYear = LocalDate.now(BeijingTime.ZONE).getYear();
        int from = Math.max(thisYear + 2, asked == null ? 0 : asked);
        int to = Math.min(2015, asked == null ? 2015 : asked);
        List<Integer> years = new ArrayList<>();
        for (int y = from; y >= to; y--) {
            years.add(y);
        }
        return years;
    }

    @GetMapping("/projects")
    String list(@AuthenticationPrincipal Caller caller, Scope scope, @ModelAttribute("query") ProjectQuery query,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Model model) {
        ProjectFilter filter = projects.filter(query);
        Paging paging = Paging.of(page, PAGE_SIZE, PAGE_SIZE);
        ListResponse<Project> found = projects.list(scope, filter, sort, paging.page(), paging.size());
        model.addAttribute("projects", found);
        model.addAttribute("summary", projects.summary(scope, filter));
        model.addAttribute("years", years(filter.year()));
        model.addAttribute("writer", Projects.writer(caller));
        model.addAttribute("exportQuery", new ListPage("", ListPage.query(filter.parameters()), sort, 0, 1, 0).filtersAndSort());
        model.addAttribute("list", new ListPage("/projects", ListPage.query(filter.parameters()), sort, paging.page(), paging.size(),
                found.total()));
        return "registry/projects";
    }

    @GetMapping("/projects/import")
    String importPage(Model model) {
        model.addAttribute("registryName", "项目台账");
        model.addAttribute("listPath", "/projects");
        model.addAttribute("apiPath", "/api/v1/projects/imports");
        model.addAttribute("templatePath", "/api/v1/projects/template.xlsx");
        return "registry/import";
    }

    @GetMapping("/projects/{id}")
    String detail(@AuthenticationPrincipal Caller caller, Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("project", projects.find(scope, id).orElseThrow(Projects::notFound));
        model.addAttribute("progress", projects.progress(scope, id));
        model.addAttribute("history", projects.history(scope, id));
        model.addAttribute("writer", Projects.writer(caller));
        model.addAttribute("today", LocalDate.now(BeijingTime.ZONE));
        return "registry/project";
    }

    @GetMapping("/projects/new")
    String create(@AuthenticationPrincipal Caller caller, Scope scope, Model model) {
        return form(caller, scope, null, model);
    }

    @GetMapping("/projects/{id}/edit")
    String edit(@AuthenticationPrincipal Caller caller, Scope scope, @PathVariable long id, Model model) {
        return form(caller, scope, projects.find(scope, id).orElseThrow(Projects::notFound), model);
    }

    private String form(Caller caller, Scope scope, Project project, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("writer", Projects.writer(caller));
        model.addAttribute("areas", areaGroups(scope));
        return "registry/project-form";
    }

    /** The 镇街 of the caller's jurisdiction with their 村社区, for the form's choice of area. */
    private List<AreaGroup> areaGroups(Scope scope) {
        String mine = scope.areaPrefix();
        if (mine.length() >= 12) { // a 村社区's or a grid's: its 村社区 alone
            return territory.find(mine.substring(0, 12), scope).map(v -> List.of(new AreaGroup(v, List.<Area>of()))).orElse(List.of());
        }
        List<Area> towns = new ArrayList<>();
        if (mine.length() <= 6) {
            towns.addAll(territory.children(mine, scope, 0, Territory.MAX_PAGE_SIZE).items());
        } else {
            territory.find(mine.substring(0, 9), scope).ifPresent(towns::add);
        }
        List<AreaGroup> groups = new ArrayList<>();
        for (Area town : towns) {
            if (town.level() != AreaLevel.TOWN) {
                continue;
            }
            List<Area> villages = territory.children(town.code(), scope, 0, Territory.MAX_PAGE_SIZE).items().stream()
                    .filter(a -> a.level() == AreaLevel.VILLAGE).toList();
            groups.add(new AreaGroup(town, villages));
        }
        return groups;
    }
}
