package cn.taizhang.access;

import cn.taizhang.platform.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.OffsetDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth/token")
@Tag(name = "access", description = "登录与访问令牌")
class TokenController {

    record Credentials(@NotBlank(message = "不能为空") String username, @NotBlank(message = "不能为空") String password,
            @Schema(description = "动态口令（身份验证器显示的 6 位数字）或一个恢复码；已绑定动态口令的账号必填") String code) {
    }

    record TokenResponse(String token, String tokenType, OffsetDateTime expiresAt) {
    }

    private final ThrottledSignIn signIn;
    private final ApiTokens tokens;
    private final TokenCallers callers;
    private final AuditTrail audit;

    TokenController(ThrottledSignIn signIn, ApiTokens tokens, TokenCallers callers, AuditTrail audit) {
        this.signIn = signIn;
        this.tokens = tokens;
        this.callers = callers;
        this.audit = audit;
    }

    @PostMapping
    @Operation(summary = "用用户名、密码（已绑定动态口令的账号还须 code）换取访问令牌（Bearer）；同一账号或来源地址连续失败过多将暂时锁定；每个账号最多 10 个有效令牌，超出时最早的一个自动注销")
    TokenResponse issue(@Valid @RequestBody Credentials credentials, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        ThrottledSignIn.PasswordChecked checked;
        try {
            checked = signIn.password(credentials.username(), credentials.password(), address);
        } catch (AuthenticationException e) {
            audit.signInFailed(credentials.username(), address, "token");
            throw badCredentials();
        }
        Caller caller = checked.caller();
        String how = "token";
        if (checked.secondFactorNeeded()) {
            if (credentials.code() == null || credentials.code().isBlank()) {
                audit.signInFailed(caller.getUsername(), address, "token CODE_MISSING");
                throw new Problem(Problem.Kind.UNAUTHENTICATED, "TWO_FACTOR_REQUIRED", "该账号已绑定动态口令：请在 code 中一并提供动态口令或恢复码");
            }
            try {
                how += " " + signIn.secondFactor(caller.id(), caller.getUsername(), credentials.code(), address);
            } catch (AuthenticationException e) {
                audit.signInFailed(caller.getUsername(), address, "token " + SecondFactors.WRONG_CODE);
                throw badCredentials();
            }
        }
        audit.signIn(caller, address, how);
        ApiTokens.Issued issued = tokens.issue(caller.id());
        if (!issued.revokedIds().isEmpty()) {
            callers.forget(caller.id());
            audit.tokensRevokedByLimit(caller, issued.revokedIds(), request.getRemoteAddr());
        }
        return new TokenResponse(issued.token(), "Bearer", issued.expiresAt());
    }

    private static Problem badCredentials() {
        return new Problem(Problem.Kind.UNAUTHENTICATED, "BAD_CREDENTIALS", "用户名或密码错误");
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "注销当前访问令牌")
    void revoke(HttpServletRequest request) {
        String token = BearerTokenFilter.tokenOf(request)
                .orElseThrow(() -> Problem.invalid("NO_TOKEN", "只有使用访问令牌的请求才能注销令牌"));
        callers.revoke(token);
    }
}
