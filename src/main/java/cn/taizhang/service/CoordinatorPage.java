package cn.taizhang.service;

import cn.taizhang.access.Caller;
import cn.taizhang.platform.Scope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 系统管理员's page for the county's enterprise-service coordinator (/admin/enterprise-service): what it is, and a form to appoint one. */
@Controller
@PreAuthorize("hasRole('SYSADMIN')")
class CoordinatorPage {

    private static final String PAGE = "/admin/enterprise-service";

    private final CoordinatorAppointments appointments;

    CoordinatorPage(CoordinatorAppointments appointments) {
        this.appointments = appointments;
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal Caller caller, Scope scope, Model model) {
        model.addAttribute("appointment", appointments.of(scope, caller.jurisdictionCode(), null));
        return "service/coordinator";
    }

    @PostMapping(PAGE)
    String appoint(@AuthenticationPrincipal Caller caller, Scope scope, @RequestParam(required = false) Long departmentId,
            RedirectAttributes next) {
        CoordinatorAppointments.Appointment saved = appointments.appoint(scope, caller.jurisdictionCode(), null, departmentId);
        next.addFlashAttribute("message", "已指定" + saved.unit().name() + "为企业服务协调单位");
        return "redirect:" + PAGE;
    }
}
