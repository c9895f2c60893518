package cn.taizhang.evaluation;

import cn.taizhang.access.Caller;
import cn.taizhang.organisation.Role;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The evaluation page (考评): object tabs, a period picker, the ranking with its grades, the units listed apart,
 * downloads of the 通报 and the Excel sheet, the period's 观摩 visits and, for leaders, a form to record one.
 * Rendered on the server from the same service as the API; bad parameters show the 400 page.
 */
@Controller
class EvaluationPage {

    /** A choice of the period picker. */
    record Option(String code, String label) {
    }

    record Group(String label, List<Option> options) {
    }

    private final Evaluations evaluations;
    private final ObservationVisits observations;

    EvaluationPage(Evaluations evaluations, ObservationVisits observations) {
        this.evaluations = evaluations;
        this.observations = observations;
    }

    @GetMapping("/evaluations")
    String page(@AuthenticationPrincipal Caller me, @RequestParam(required = false) String object,
            @RequestParam(required = false) String period, Scope scope, Model model) {
        EvaluationParams p = EvaluationParams.parse(object, period);
        model.addAttribute("evaluation", evaluations.evaluate(p.object(), p.period(), scope));
        model.addAttribute("kinds", ObjectKind.values());
        model.addAttribute("kind", p.object());
        model.addAttribute("periods", periods(LocalDate.now(BeijingTime.ZONE)));
        model.addAttribute("visits", observations.list(p.period(), scope));
        model.addAttribute("targets", me.has(Role.LEADER) ? observations.targets(scope) : List.of());
        model.addAttribute("today", LocalDate.now(BeijingTime.ZONE));
        return "evaluation/ranking";
    }

    /** This year and the two before, the last eight quarters and the last twelve months. */
    static List<Group> periods(LocalDate today) {
        List<Option> years = new ArrayList<>();
        for (int y = 0; y < 3; y++) {
            years.add(option(Integer.toString(today.getYear() - y)));
        }
        List<Option> quarters = new ArrayList<>();
        for (int q = 0; q < 8; q++) {
            quarters.add(option(Period.quarterOf(today.minusMonths(3L * q)).code()));
        }
        List<Option> months = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            months.add(option(today.minusMonths(m).toString().substring(0, 7)));
        }
        return List.of(new Group("季度（季评比）", quarters), new Group("月度（月观摩）", months), new Group("年度（年总结）", years));
    }

    private static Option option(String code) {
        return new Option(code, Period.parse(code).label());
    }
}
