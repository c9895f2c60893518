package cn.taizhang.access;

import cn.taizhang.platform.Problem;
import cn.taizhang.platform.web.ListResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A caller's own live tokens: which exist (not the tokens themselves), and revoking one, say of a lost phone. */
@RestController
@RequestMapping("/api/v1/me/tokens")
@Tag(name = "access", description = "登录与访问令牌")
class MyTokensController {

    private final ApiTokens tokens;
    private final TokenCallers callers;

    MyTokensController(ApiTokens tokens, TokenCallers callers) {
        this.tokens = tokens;
        this.callers = callers;
    }

    @GetMapping
    @Operation(summary = "本人的有效访问令牌（编号、签发与到期时间，current 为本次请求所用的令牌）")
    ListResponse<ApiTokens.Live> list(HttpServletRequest request) {
        return ListResponse.of(tokens.live(AuditTrail.currentCaller().id(), BearerTokenFilter.tokenOf(request).orElse(null)));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "注销本人的一个访问令牌（各实例一秒内生效）")
    void revoke(@PathVariable long id) {
        if (!callers.revoke(AuditTrail.currentCaller().id(), id)) {
            throw Problem.notFound("访问令牌");
        }
    }
}
