package cn.taizhang.registry.person;

import cn.taizhang.access.Caller;
import cn.taizhang.cases.SubjectCases;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.audit.AuditNote;
import cn.taizhang.platform.crypto.PersonalDataMasks;
import cn.taizhang.platform.web.ListPage;
import cn.taizhang.platform.web.ListResponse;
import cn.taizhang.platform.web.Paging;
import cn.taizhang.registry.codes.CodeCheck;
import cn.taizhang.registry.codes.IdNumber;
import cn.taizhang.territory.Territory;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The persons ledger's pages: the list with its filters and a lookup by ID number (a form posted, so that the number
 * never sits in a URL), a person with the buttons that show a plain value for a reason (person-page.js, through the
 * audited endpoints; the value lives only on the page), their history and the cases about them, the form that
 * registers or edits one (registry-form.js) and the import page. Every value is masked as the API masks it.
 */
@Controller
class PersonPages {

    private static final int PAGE_SIZE = 50;

    private final Persons persons;
    private final PersonCategories categories;
    private final Territory territory;
    private final SubjectCases cases;
    private final PlainViewers plainViewers;

    PersonPages(Persons persons, PersonCategories categories, Territory territory, SubjectCases cases, PlainViewers plainViewers) {
        this.persons = persons;
        this.categories = categories;
        this.territory = territory;
        this.cases = cases;
        this.plainViewers = plainViewers;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("categories", categories.all());
        model.addAttribute("followUps", FollowUp.values());
    }

    @GetMapping("/persons")
    String list(@AuthenticationPrincipal Caller caller, Scope scope, @ModelAttribute("query") PersonQuery asked,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Model model) {
        // a number given in the URL is not looked up here: the lookup box posts it
        PersonQuery query = new PersonQuery(asked.q(), asked.area(), asked.category(), asked.keyPerson(), asked.followUp(), null);
        model.addAttribute("query", query);
        Paging paging = Paging.of(page, PAGE_SIZE, PAGE_SIZE);
        PersonFilter filter;
        try {
            filter = query.filter(persons::lookupHash);
        } catch (Problem refused) {
            return refused(caller, model, refused);
        }
        ListResponse<Person> found = persons.list(caller, scope, filter, sort, paging.page(), paging.size());
        model.addAttribute("persons", found);
        model.addAttribute("exportQuery", new ListPage("", ListPage.query(filter.parameters()), sort, 0, 1, 0).filtersAndSort());
        model.addAttribute("list", new ListPage("/persons", ListPage.query(filter.parameters()), sort, paging.page(), paging.size(), found.total()));
        return listPage(caller, model);
    }

    /** The lookup by a whole ID number, posted: the answer is the list page with the person found (in reach), if any. */
    @PostMapping("/persons/lookup")
    String lookup(@AuthenticationPrincipal Caller caller, Scope scope, @RequestParam(required = false) String idNumber, Model model) {
        model.addAttribute("query", new PersonQuery(null, null, null, null, null, null));
        if (idNumber == null || idNumber.isBlank()) {
            return refused(caller, model, Problem.invalid("ID_NUMBER_REQUIRED", "请输入要查找的身份证号码（18 位）"));
        }
        CodeCheck check = IdNumber.check(idNumber, Persons.today());
        if (!check.valid()) {
            return refused(caller, model, Problem.invalid("ID_NUMBER_" + check.problem().orElseThrow().code(), check.problem().orElseThrow().reason()));
        }
        PersonFilter filter = new PersonFilter(null, null, null, null, null, persons.lookupHash(check.code()));
        ListResponse<Person> found = persons.list(caller, scope, filter, null, 0, PAGE_SIZE);
        // the lookup's audit row (a POST is audited) names the person found, never the number asked for
        AuditNote.changed(Persons.REGISTRY, found.items().isEmpty() ? null : Long.toString(found.items().get(0).id()), null, null);
        model.addAttribute("persons", found);
        model.addAttribute("lookup", PersonalDataMasks.idNumber(check.code()));
        model.addAttribute("list", new ListPage("/persons", "", "", 0, PAGE_SIZE, found.total()));
        return listPage(caller, model);
    }

    private String refused(Caller caller, Model model, Problem problem) {
        model.addAttribute("problem", problem.getMessage());
        model.addAttribute("persons", new ListResponse<Person>(List.of(), 0));
        model.addAttribute("list", new ListPage("/persons", "", "", 0, PAGE_SIZE, 0));
        return listPage(caller, model);
    }

    private String listPage(Caller caller, Model model) {
        model.addAttribute("writer", Persons.writer(caller));
        model.addAttribute("plain", persons.seesPlainly(caller));
        return "registry/persons";
    }

    @GetMapping("/persons/import")
    String importPage(Model model) {
        model.addAttribute("registryName", "人员台账");
        model.addAttribute("listPath", "/persons");
        model.addAttribute("apiPath", "/api/v1/persons/imports");
        model.addAttribute("templatePath", "/api/v1/persons/template.xlsx");
        return "registry/import";
    }

    @GetMapping("/persons/{id}")
    String detail(@AuthenticationPrincipal Caller caller, Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("person", persons.find(caller, scope, id).orElseThrow(Persons::notFound));
        model.addAttribute("history", persons.history(caller, scope, id));
        model.addAttribute("cases", cases.of(Persons.REGISTRY, List.of(id), scope, caller.id(), false));
        model.addAttribute("writer", Persons.writer(caller));
        model.addAttribute("plain", persons.seesPlainly(caller));
        model.addAttribute("plainRoles", plainViewers.labels());
        return "registry/person";
    }

    @GetMapping("/persons/new")
    String create(@AuthenticationPrincipal Caller caller, Scope scope, Model model) {
        return form(caller, scope, null, model);
    }

    @GetMapping("/persons/{id}/edit")
    String edit(@AuthenticationPrincipal Caller caller, Scope scope, @PathVariable long id, Model model) {
        return form(caller, scope, persons.find(caller, scope, id).orElseThrow(Persons::notFound), model);
    }

    private String form(Caller caller, Scope scope, Person person, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("writer", Persons.writer(caller));
        model.addAttribute("grids", territory.gridNames(scope.areaPrefix(), scope));
        return "registry/person-form";
    }
}
