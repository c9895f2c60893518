package cn.taizhang.access;

import cn.taizhang.platform.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
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

    record Credentials(@NotBlank(message = "不能为空") String username, @NotBlank(message = "不能为空") String password) {
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
    @Operation(summary = "用用户名和密码换取访问令牌（Bearer）；同一账号或来源地址连续失败过多将暂时锁定；每个账号最多 10 个有效令牌，超出时最早的一个自动注销")
    TokenResponse issue(@Valid @RequestBody Credentials credentials, HttpServletRequest request) {
        Caller caller;
        try {
            caller = signIn.signIn(credentials.username(), credentials.password(), request.getRemoteAddr());
        } catch (AuthenticationException e) {
            audit.signInFailed(credentials.username(), request.getRemoteAddr(), "token");
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "BAD_CREDENTIALS", "用户名或密码错误");
        }
        audit.signIn(caller, request.getRemoteAddr(), "token");
        ApiTokens.Issued issued = tokens.issue(caller.id());
        if (!issued.revokedIds().isEmpty()) {
            callers.forget(caller.id());
            audit.tokensRevokedByLimit(caller, issued.revokedIds(), request.getRemoteAddr());
        }
        return new TokenResponse(issued.token(), "Bearer", issued.expiresAt());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "注销当前访问令牌")
    void revoke(HttpServletRequest request) {
        String token = BearerTokenFilter.tokenOf(request)
                .orElseThrow(() -> ApiProblem.badRequest("NO_TOKEN", "只有使用访问令牌的请求才能注销令牌"));
        callers.revoke(token);
    }
}
