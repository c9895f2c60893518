package cn.taizhang.access;

import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ApiProblem;
import cn.taizhang.platform.web.ListResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The security administrator's view of failed sign-ins and locks, and the unlocking of an account. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('SECADMIN')")
@Tag(name = "access", description = "登录与访问令牌")
class SignInLockController {

    private final SignInThrottle throttle;
    private final Organisation organisation;
    private final AuditTrail audit;

    SignInLockController(SignInThrottle throttle, Organisation organisation, AuditTrail audit) {
        this.throttle = throttle;
        this.organisation = organisation;
        this.audit = audit;
    }

    @GetMapping("/sign-in-failures")
    @Operation(summary = "当前的登录锁定和最近一天的登录失败（按账号和来源地址，安全管理员）")
    ListResponse<SignInThrottle.Failures> failures() {
        return ListResponse.of(throttle.recent());
    }

    @PostMapping("/staff/{id}/unlock")
    @Operation(summary = "解除账号的登录锁定（安全管理员，记入审计日志）")
    Map<String, Object> unlock(Scope scope, @PathVariable long id, HttpServletRequest request) {
        StaffMember member = organisation.staffMember(scope, id).orElseThrow(() -> ApiProblem.notFound("人员"));
        boolean wasLocked = throttle.unlock(member.username());
        audit.signInUnlocked(AuditTrail.currentCaller(), id, member.username(), request.getRemoteAddr());
        return Map.of("staffId", id, "username", member.username(), "wasLocked", wasLocked);
    }
}
