package cn.taizhang.registry.enterprise;

import cn.taizhang.access.Caller;
import cn.taizhang.cases.SubjectCases;
import cn.taizhang.organisation.Role;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.Paging;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A leader's 包保 page: the enterprises they look after and the cases still open about each, overdue ones first to the eye. */
@Controller
class LookedAfterPage {

    /** One enterprise looked after, with its open cases. */
    record LookedAfter(Enterprise enterprise, List<SubjectCases.SubjectCase> open) {
    }

    private final Enterprises enterprises;
    private final SubjectCases cases;

    LookedAfterPage(Enterprises enterprises, SubjectCases cases) {
        this.enterprises = enterprises;
        this.cases = cases;
    }

    @GetMapping("/enterprises/looked-after")
    String page(@AuthenticationPrincipal Caller caller, Scope scope, Model model) {
        if (!caller.has(Role.LEADER)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "FORBIDDEN", "包保企业是领导的工作页面");
        }
        EnterpriseFilter mine = new EnterpriseFilter(null, null, null, null, null, null, null, caller.id());
        List<Enterprise> looked = enterprises.list(scope, mine, "name", 0, Paging.MAX_SIZE).items();
        Map<Long, List<SubjectCases.SubjectCase>> open = cases.of(Enterprises.REGISTRY, looked.stream().map(Enterprise::id).toList(), scope,
                caller.id(), true).stream().collect(Collectors.groupingBy(SubjectCases.SubjectCase::subjectId));
        model.addAttribute("enterprises", looked.stream().map(e -> new LookedAfter(e, open.getOrDefault(e.id(), List.of()))).toList());
        return "registry/looked-after";
    }
}
