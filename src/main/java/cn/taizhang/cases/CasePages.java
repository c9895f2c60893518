package cn.taizhang.cases;

import cn.taizhang.access.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The case pages: shells whose scripts work through the same API as phones and partner systems. */
@Controller
class CasePages {

    private final CaseRepository cases;

    CasePages(CaseRepository cases) {
        this.cases = cases;
    }

    @GetMapping("/cases")
    String list(@AuthenticationPrincipal Caller me, @RequestParam(required = false) String queue,
            @RequestParam(required = false) String area, Model model) {
        model.addAttribute("queues", CaseQueue.values());
        model.addAttribute("area", area == null || area.isBlank() ? null : area.strip()); // e.g. a grid, from the dashboard
        model.addAttribute("queue", CaseQueue.of(queue).orElse(CaseQueue.defaultFor(me.roles())));
        return "cases/list";
    }

    @GetMapping("/cases/new")
    String report() {
        return "cases/report";
    }

    @GetMapping("/cases/{id}")
    String detail(@AuthenticationPrincipal Caller me, @PathVariable long id, Model model) {
        cases.find(id, Actor.of(me).visibility()).orElseThrow(CaseProblems::notFound);
        model.addAttribute("caseId", id);
        return "cases/detail";
    }
}
