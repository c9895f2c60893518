package cn.taizhang.access;

import cn.taizhang.platform.Problem;
import cn.taizhang.platform.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The change-password page: where a forced or expired change sends the browser, and the header's 修改密码. */
@Controller
class PasswordPage {

    private final PasswordChanges changes;

    PasswordPage(PasswordChanges changes) {
        this.changes = changes;
    }

    @GetMapping(PasswordChangeGate.PAGE)
    String page(Model model) {
        model.addAttribute("due", AuditTrail.currentCaller().passwordChangeDue());
        model.addAttribute("problems", List.of());
        return "access/password";
    }

    @PostMapping(PasswordChangeGate.PAGE)
    String change(@RequestParam String currentPassword, @RequestParam String newPassword, @RequestParam String confirmPassword,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        Caller caller = AuditTrail.currentCaller();
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw Problem.invalid("PASSWORDS_DIFFER", "两次输入的新密码不一致");
            }
            changes.change(caller, currentPassword, newPassword, request, response);
        } catch (Problem problem) {
            response.setStatus(ProblemResponses.status(problem).value());
            model.addAttribute("due", caller.passwordChangeDue());
            model.addAttribute("problems", problem.errors().isEmpty() ? List.of(problem.getMessage())
                    : problem.errors().stream().map(e -> e.detail()).toList());
            return "access/password";
        }
        return "redirect:/?passwordChanged";
    }
}
