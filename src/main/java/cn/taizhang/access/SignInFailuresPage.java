package cn.taizhang.access;

import cn.taizhang.organisation.Organisation;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 安全管理员's page of current sign-in locks and the last day's failures (as {@code GET /api/v1/sign-in-failures}), with unlocking. */
@Controller
@PreAuthorize("hasRole('SECADMIN')")
class SignInFailuresPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One counted subject as the page shows it: Beijing time, Chinese kind. */
    record Row(String kind, boolean account, String subject, int failures, String first, String last, String lockedUntil, boolean locked) {
    }

    private final SignInThrottle throttle;
    private final Organisation organisation;
    private final AccountLocks locks;

    SignInFailuresPage(SignInThrottle throttle, Organisation organisation, AccountLocks locks) {
        this.throttle = throttle;
        this.organisation = organisation;
        this.locks = locks;
    }

    @GetMapping("/sign-in-failures")
    String list(Model model) {
        model.addAttribute("rows", throttle.recent().stream().map(f -> new Row("account".equals(f.kind()) ? "账号" : "来源地址",
                "account".equals(f.kind()), f.subject(), f.failures(), time(f.firstFailureAt()), time(f.lastFailureAt()), time(f.lockedUntil()),
                f.locked())).toList());
        return "access/sign-in-failures";
    }

    @PostMapping("/sign-in-failures/unlock")
    String unlock(Scope scope, @RequestParam String username, HttpServletRequest request, RedirectAttributes next) {
        var unlocked = organisation.account(username).flatMap(a -> locks.unlock(scope, a.id(), request.getRemoteAddr()));
        if (unlocked.isPresent()) {
            next.addFlashAttribute("message", "已解除账号 " + unlocked.get().member().username() + " 的登录锁定");
        } else {
            next.addFlashAttribute("problem", "账号 " + username + " 不存在或不在您的管辖范围内；不存在的用户名的锁定会自行解除");
        }
        return "redirect:/sign-in-failures";
    }

    private static String time(OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(BeijingTime.ZONE).format(TIME);
    }
}
