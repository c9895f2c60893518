package cn.taizhang.access;

import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
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
    private final AccountLocks locks;

    SignInLockController(SignInThrottle throttle, AccountLocks locks) {
        this.throttle = throttle;
        this.locks = locks;
    }

    @GetMapping("/sign-in-failures")
    @Operation(summary = "当前的登录锁定和最近一天的登录失败（按账号和来源地址，安全管理员）")
    ListResponse<SignInThrottle.Failures> failures() {
        return ListResponse.of(throttle.recent());
    }

    @PostMapping("/staff/{id}/unlock")
    @Operation(summary = "解除账号的登录锁定（安全管理员，记入审计日志）")
    Map<String, Object> unlock(Scope scope, @PathVariable long id, HttpServletRequest request) {
        AccountLocks.Unlocked unlocked = locks.unlock(scope, id, request.getRemoteAddr()).orElseThrow(() -> Problem.notFound("人员"));
        return Map.of("staffId", id, "username", unlocked.member().username(), "wasLocked", unlocked.wasLocked());
    }
}
