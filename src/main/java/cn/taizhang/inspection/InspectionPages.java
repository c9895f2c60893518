package cn.taizhang.inspection;

import cn.taizhang.access.Caller;
import cn.taizhang.cases.SubjectCases;
import cn.taizhang.inspection.checklist.Checklists;
import cn.taizhang.organisation.Department;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Role;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListPage;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The outings one sees (检查记录), the inspector's visit page on a phone (its work is done by inspection-visit.js against
 * the API, so that an outing recorded without signal waits in the phone's queue), and one outing as recorded, read-only.
 */
@Controller
class InspectionPages {

    private final Inspections inspections;
    private final Checklists checklists;
    private final SubjectCases cases;
    private static final int PAGE_SIZE = 30;

    private final Organisation organisation;
    private final OutingList outings;

    InspectionPages(Inspections inspections, Checklists checklists, SubjectCases cases, Organisation organisation, OutingList outings) {
        this.outings = outings;
        this.inspections = inspections;
        this.checklists = checklists;
        this.cases = cases;
        this.organisation = organisation;
    }

    @GetMapping("/inspections")
    String list(@AuthenticationPrincipal Caller caller, Scope scope, @RequestParam(required = false) String area,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) Integer page, Model model) {
        OutingList.Filter filter = OutingList.filter(area, from, to, campaign);
        Paging paging = Paging.of(page, PAGE_SIZE, PAGE_SIZE);
        ListResponse<OutingList.Outing> found = outings.list(scope, filter, paging.page(), paging.size());
        model.addAttribute("outings", found);
        model.addAttribute("filter", filter);
        model.addAttribute("recorder", caller.has(Role.INSPECTOR));
        model.addAttribute("list", new ListPage("/inspections", ListPage.query(filter.parameters()), "", paging.page(), paging.size(), found.total()));
        return "inspection/outings";
    }

    @GetMapping("/inspections/new")
    String visit(@AuthenticationPrincipal Caller caller, Model model) {
        if (!caller.has(Role.INSPECTOR)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "只有检查人员可以登记检查");
        }
        // a visit's checklist defaults to the enterprise's first sector that the inspector's department regulates
        List<String> sectors = caller.departmentId() == null ? List.of()
                : organisation.department(caller.departmentId()).map(Department::sectorCodes).orElse(List.of());
        model.addAttribute("mySectors", String.join(",", sectors));
        return "inspection/visit";
    }

    @GetMapping("/inspections/{id}")
    String outing(@AuthenticationPrincipal Caller caller, Scope scope, @PathVariable long id, Model model) {
        Inspection outing = inspections.find(scope, id).orElseThrow(() -> Problem.notFound("检查记录"));
        Map<String, String> itemTexts = new HashMap<>();
        for (Inspection.Visit v : outing.visits()) {
            checklists.version(v.checklist(), v.checklistVersion()).ifPresent(c -> c.items()
                    .forEach(i -> itemTexts.putIfAbsent(v.checklist() + "/" + i.code(), i.text())));
        }
        model.addAttribute("outing", outing);
        model.addAttribute("itemTexts", itemTexts);
        // by "visit/item" ("visit/" for the visit as a whole): the template lists each answer's own
        model.addAttribute("photos", outing.visits().stream().flatMap(v -> v.photos().stream()
                .map(p -> Map.entry(v.id() + "/" + (p.item() == null ? "" : p.item()), p)))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList()))));
        model.addAttribute("caseNumbers", caseNumbers(caller, scope, outing));
        return "inspection/outing";
    }

    /** The numbers of the outing's hazard cases that the caller may see (the others show by id). */
    private Map<Long, String> caseNumbers(Caller caller, Scope scope, Inspection outing) {
        Map<Long, String> numbers = new HashMap<>();
        numbers.putAll(numbersAbout("enterprise", outing.visits().stream().map(Inspection.Visit::enterpriseId).toList(), caller, scope));
        numbers.putAll(numbersAbout("place", outing.visits().stream().map(Inspection.Visit::placeId).toList(), caller, scope));
        return numbers;
    }

    private Map<Long, String> numbersAbout(String kind, List<Long> ids, Caller caller, Scope scope) {
        List<Long> present = ids.stream().filter(Objects::nonNull).distinct().toList();
        return cases.of(kind, present, scope, caller.id(), false).stream()
                .collect(Collectors.toMap(SubjectCases.SubjectCase::id, SubjectCases.SubjectCase::number, (a, b) -> a));
    }
}
