package cn.taizhang.registry.place;

import cn.taizhang.access.Caller;
import cn.taizhang.cases.SubjectCases;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListPage;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import cn.taizhang.territory.Territory;
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
 * The place ledger's pages: the list with its filters, a place with its cases and history, the form that registers or
 * edits one (sent to the API by registry-form.js; on a grid worker's phone their grid is chosen already), and the import.
 */
@Controller
class PlacePages {

    private static final int PAGE_SIZE = 50;
    /** Up to this many grids the form offers a list to pick from; beyond it, a field to type a grid's code or name into. */
    private static final int GRID_CHOICES = 300;

    private final Places places;
    private final PlaceTypes types;
    private final Territory territory;
    private final SubjectCases cases;

    PlacePages(Places places, PlaceTypes types, Territory territory, SubjectCases cases) {
        this.places = places;
        this.types = types;
        this.territory = territory;
        this.cases = cases;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("types", types.all());
    }

    @GetMapping("/places")
    String list(@AuthenticationPrincipal Caller caller, Scope scope, @ModelAttribute("query") PlaceQuery query,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Model model) {
        PlaceFilter filter = places.filter(query);
        Paging paging = Paging.of(page, PAGE_SIZE, PAGE_SIZE);
        ListResponse<Place> found = places.list(scope, filter, sort, paging.page(), paging.size());
        model.addAttribute("places", found);
        model.addAttribute("writer", Places.writer(caller));
        model.addAttribute("exportQuery", new ListPage("", ListPage.query(filter.parameters()), sort, 0, 1, 0).filtersAndSort());
        model.addAttribute("list", new ListPage("/places", ListPage.query(filter.parameters()), sort, paging.page(), paging.size(), found.total()));
        return "registry/places";
    }

    @GetMapping("/places/import")
    String importPage(Model model) {
        model.addAttribute("registryName", "场所台账");
        model.addAttribute("listPath", "/places");
        model.addAttribute("apiPath", "/api/v1/places/imports");
        model.addAttribute("templatePath", "/api/v1/places/template.xlsx");
        return "registry/import";
    }

    @GetMapping("/places/{id}")
    String detail(@AuthenticationPrincipal Caller caller, Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("place", places.find(scope, id).orElseThrow(Places::notFound));
        model.addAttribute("history", places.history(scope, id));
        model.addAttribute("cases", cases.of(Places.REGISTRY, List.of(id), scope, caller.id(), false));
        model.addAttribute("writer", Places.writer(caller));
        return "registry/place";
    }

    @GetMapping("/places/new")
    String create(@AuthenticationPrincipal Caller caller, Scope scope, @RequestParam(required = false) String type, Model model) {
        model.addAttribute("chosenType", type);
        return form(caller, scope, null, model);
    }

    @GetMapping("/places/{id}/edit")
    String edit(@AuthenticationPrincipal Caller caller, Scope scope, @PathVariable long id, Model model) {
        return form(caller, scope, places.find(scope, id).orElseThrow(Places::notFound), model);
    }

    private String form(Caller caller, Scope scope, Place place, Model model) {
        Map<String, String> grids = territory.gridNames(scope.areaPrefix(), scope);
        model.addAttribute("place", place);
        model.addAttribute("writer", Places.writer(caller));
        model.addAttribute("grids", grids);
        model.addAttribute("gridList", grids.size() <= GRID_CHOICES);
        // a grid worker's jurisdiction is their grid: a new place lies in it unless they say otherwise
        model.addAttribute("chosenGrid", place != null ? place.gridCode() : grids.size() == 1 ? grids.keySet().iterator().next() : null);
        return "registry/place-form";
    }
}
