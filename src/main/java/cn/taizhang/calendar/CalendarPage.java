package cn.taizhang.calendar;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The 系统管理员's working-day calendar (/admin/calendar): a year's listed days, local days added and removed, a
 * notice imported — all through {@code /api/v1/calendar}, by the page's script.
 */
@Controller
@PreAuthorize("hasRole('SYSADMIN')")
class CalendarPage {

    @GetMapping("/admin/calendar")
    String page() {
        return "calendar/admin";
    }
}
