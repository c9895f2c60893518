package cn.taizhang.territory;

import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The home map, the area tree browser and the area pages. Outside the caller's jurisdiction an area does not exist. */
@Controller
class TerritoryPages {

    private static final int CHILDREN_SHOWN = Territory.MAX_PAGE_SIZE;

    private final Territory territory;

    TerritoryPages(Territory territory) {
        this.territory = territory;
    }

    @GetMapping("/")
    String home(Scope scope, Model model) {
        describe(scope.areaPrefix(), scope, model);
        return "territory/home";
    }

    @GetMapping("/areas/{code}")
    String area(@PathVariable String code, Scope scope, Model model) {
        describe(code, scope, model);
        model.addAttribute("ancestors", territory.ancestors(code, scope));
        return "territory/area";
    }

    @GetMapping("/areas")
    String tree(Scope scope, Model model) {
        model.addAttribute("roots", territory.find(scope.areaPrefix(), scope).map(List::of).orElse(List.of()));
        return "territory/tree";
    }

    @GetMapping("/areas/{code}/tree")
    String treeNodes(@PathVariable String code, Scope scope, Model model) {
        visible(code, scope);
        model.addAttribute("areas", territory.children(code, scope, 0, CHILDREN_SHOWN).items());
        return "territory/tree-nodes :: nodes(areas=${areas})";
    }

    @GetMapping("/areas/search")
    String search(@RequestParam(defaultValue = "") String q, Scope scope, Model model) {
        model.addAttribute("results", territory.search(q, scope, 0, 50));
        return "territory/search-results :: results";
    }

    private void describe(String code, Scope scope, Model model) {
        model.addAttribute("area", visible(code, scope));
        model.addAttribute("census", territory.census(code, scope).entrySet());
        model.addAttribute("children", territory.children(code, scope, 0, CHILDREN_SHOWN));
    }

    private Area visible(String code, Scope scope) {
        return territory.find(code, scope).orElseThrow(() -> Problem.notFound("区域 " + code));
    }
}
