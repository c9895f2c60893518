package cn.taizhang.access;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The 系统管理员's console (系统配置): its landing page, which the home page sends the 系统管理员 to
 * ({@link AdministratorDuties}), with a link to each section. The sections are pages of the modules they configure, each
 * working through that module's API, so the console checks, refuses and audits exactly as the API does.
 */
@Controller
@PreAuthorize("hasRole('SYSADMIN')")
class SystemAdministrationPage {

    @GetMapping("/admin")
    String console() {
        return "access/admin";
    }
}
