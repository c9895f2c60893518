package cn.taizhang.cases.catalogue;

import cn.taizhang.platform.Problem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The 系统管理员's case types (/admin/case-types): the catalogue, and a form to add a type or edit one. The pages'
 * scripts read and write through {@code /api/v1/case-types}, so the form is checked, refused field by field, versioned
 * (If-Match) and audited as the API is.
 */
@Controller
@PreAuthorize("hasRole('SYSADMIN')")
class CaseTypePages {

    private final CaseTypes types;

    CaseTypePages(CaseTypes types) {
        this.types = types;
    }

    @GetMapping("/admin/case-types")
    String list() {
        return "cases/case-types";
    }

    @GetMapping("/admin/case-types/new")
    String create(Model model) {
        model.addAttribute("type", null);
        return "cases/case-type-form";
    }

    @GetMapping("/admin/case-types/{code}")
    String edit(@PathVariable String code, Model model) {
        // an unknown type is a 404 page, not a form that cannot load
        model.addAttribute("type", types.find(code).orElseThrow(() -> Problem.notFound("事项类型 " + code + " ")));
        return "cases/case-type-form";
    }
}
