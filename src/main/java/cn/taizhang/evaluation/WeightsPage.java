package cn.taizhang.evaluation;

import cn.taizhang.figures.Direction;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The 系统管理员's evaluation settings (/admin/evaluation-weights): a form per object kind with a weight per indicator of
 * the catalogue, the minimum sample and the 观摩 weight. The indicators' names come from here (the settings API gives
 * only their keys); the values are read and replaced through {@code /api/v1/evaluation-weights} by the page's script.
 */
@Controller
@PreAuthorize("hasRole('SYSADMIN')")
class WeightsPage {

    /** An indicator as the form names it; {@code lowerIsBetter}: it is scored as 1 − rate. */
    record Row(String key, String label, boolean lowerIsBetter) {
    }

    record Kind(String code, String label) {
    }

    private final Catalogue catalogue;

    WeightsPage(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/admin/evaluation-weights")
    String page(Model model) {
        model.addAttribute("indicators", catalogue.all().stream()
                .map(i -> new Row(i.key(), i.label(), i.direction() == Direction.LOWER_IS_BETTER)).toList());
        model.addAttribute("kinds", List.of(ObjectKind.values()).stream().map(k -> new Kind(k.code(), k.label())).toList());
        model.addAttribute("maxSample", SettingsForm.MAX_SAMPLE);
        return "evaluation/weights";
    }
}
