package cn.taizhang.inspection.patrol;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListPage;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import cn.taizhang.registry.place.Place;
import cn.taizhang.registry.place.PlaceFilter;
import cn.taizhang.registry.place.Places;
import cn.taizhang.territory.Territory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The patrol pages: the list with its filters, a round, the form a grid worker records a round on (their grid chosen
 * already; else a grid picked first, then its places to tick; saved through the API by patrol-form.js), and the
 * volunteers with the 指挥员's form (saved by registry-form.js).
 */
@Controller
class PatrolPages {

    private static final int PAGE_SIZE = 50;

    private final PatrolViews views;
    private final Patrols patrols;
    private final PatrolVolunteers volunteers;
    private final Places places;
    private final Territory territory;

    PatrolPages(PatrolViews views, Patrols patrols, PatrolVolunteers volunteers, Places places, Territory territory) {
        this.views = views;
        this.patrols = patrols;
        this.volunteers = volunteers;
        this.places = places;
        this.territory = territory;
    }

    @GetMapping("/patrols")
    String list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String area, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String kind, @RequestParam(required = false) Long place,
            @RequestParam(required = false) Long volunteer, @RequestParam(required = false) Integer page, Model model) {
        PatrolVolunteers.reader(caller);
        PatrolFilter filter = PatrolQueries.filter(area, from, to, kind, place, volunteer);
        Paging paging = Paging.of(page, PAGE_SIZE, PAGE_SIZE);
        ListResponse<PatrolSummary> found = views.list(caller.scope(), filter, paging.page(), paging.size());
        model.addAttribute("patrols", found);
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", PatrolKind.values());
        model.addAttribute("recorder", PatrolLookups.recorder(caller));
        model.addAttribute("list", new ListPage("/patrols", ListPage.query(filter.parameters()), "", paging.page(), paging.size(), found.total()));
        return "inspection/patrols";
    }

    @GetMapping("/patrols/new")
    String create(@AuthenticationPrincipal Caller caller, Scope scope, @RequestParam(required = false) String grid, Model model) {
        PatrolVolunteers.reader(caller);
        Map<String, String> grids = territory.gridNames(scope.areaPrefix(), scope);
        // a grid worker's jurisdiction is their grid: the round is in it
        String chosen = grid != null && grids.containsKey(grid) ? grid : grids.size() == 1 ? grids.keySet().iterator().next() : null;
        model.addAttribute("recorder", PatrolLookups.recorder(caller));
        model.addAttribute("grids", grids.size() <= 300 ? grids : Map.of());
        model.addAttribute("grid", chosen);
        model.addAttribute("gridName", chosen == null ? null : grids.get(chosen));
        model.addAttribute("kinds", PatrolKind.values());
        model.addAttribute("recorderId", caller.id());
        model.addAttribute("today", LocalDate.now(BeijingTime.ZONE));
        List<Place> inGrid = chosen == null ? List.of() : places.list(scope, new PlaceFilter(null, chosen, null), "name", 0, 200).items();
        model.addAttribute("places", inGrid);
        model.addAttribute("volunteers", chosen == null ? List.of() : volunteers.serving(scope, chosen));
        return "inspection/patrol-form";
    }

    @GetMapping("/patrols/{id}")
    String detail(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("patrol", patrols.find(caller, id).orElseThrow(() -> Problem.notFound("巡查记录")));
        return "inspection/patrol";
    }

    @GetMapping("/patrol-volunteers")
    String volunteers(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Integer page, Model model) {
        Paging paging = Paging.of(page, PAGE_SIZE, PAGE_SIZE);
        ListResponse<Volunteer> found = volunteers.list(caller, null, null, null, paging.page(), paging.size());
        model.addAttribute("volunteers", found);
        model.addAttribute("writer", PatrolVolunteers.writer(caller));
        model.addAttribute("list", new ListPage("/patrol-volunteers", "", "", paging.page(), paging.size(), found.total()));
        return "inspection/patrol-volunteers";
    }

    @GetMapping("/patrol-volunteers/new")
    String newVolunteer(@AuthenticationPrincipal Caller caller, Model model) {
        return volunteerForm(caller, null, model);
    }

    @GetMapping("/patrol-volunteers/{id}")
    String editVolunteer(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model model) {
        return volunteerForm(caller, volunteers.find(caller, id).orElseThrow(PatrolVolunteers::notFound), model);
    }

    private String volunteerForm(Caller caller, Volunteer volunteer, Model model) {
        PatrolVolunteers.reader(caller);
        model.addAttribute("volunteer", volunteer);
        model.addAttribute("writer", PatrolVolunteers.writer(caller));
        model.addAttribute("kinds", VolunteerKind.values());
        model.addAttribute("area", volunteer != null ? volunteer.areaCode() : caller.jurisdictionCode());
        return "inspection/patrol-volunteer-form";
    }
}
