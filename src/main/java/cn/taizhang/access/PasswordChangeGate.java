package cn.taizhang.access;

import cn.taizhang.platform.web.ApiProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in caller whose password must change (new account, reset, expired) may do nothing else: the API answers
 * 403 {@code PASSWORD_CHANGE_REQUIRED}, pages send them to the change-password page. Runs after the security filters.
 */
@Component
@Order(1)
class PasswordChangeGate extends OncePerRequestFilter {

    static final String PAGE = "/me/password";
    static final String API = "/api/v1/me/password";
    private static final List<String> ALWAYS_OPEN = List.of("/login", "/logout", "/api/v1/auth/token", "/css/", "/js/", "/webjars/",
            "/favicon.ico", "/error", "/actuator/");

    private final ProblemResponses problems;

    PasswordChangeGate(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = AuditTrail.currentCaller();
        String path = request.getRequestURI();
        if (caller == null || !caller.passwordChangeDue() || open(path)) {
            chain.doFilter(request, response);
        } else if (path.startsWith("/api/")) {
            problems.write(request, response, new ApiProblem(HttpStatus.FORBIDDEN, "PASSWORD_CHANGE_REQUIRED",
                    "须先修改密码（PUT " + API + "）才能继续使用"));
        } else {
            response.sendRedirect(PAGE);
        }
    }

    private static boolean open(String path) {
        return path.equals(PAGE) || path.equals(API) || alwaysOpen(path);
    }

    /** Signing in and out, static files, errors and health: open to a caller held to a change. */
    static boolean alwaysOpen(String path) {
        return ALWAYS_OPEN.stream().anyMatch(path::startsWith);
    }
}
