package cn.taizhang.access;

import cn.taizhang.platform.web.ApiProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in caller who must have a second factor and has none may only enrol (and change a password that is due,
 * which {@link PasswordChangeGate} asks first): the API answers 403 {@code TWO_FACTOR_ENROLMENT_REQUIRED}, pages send
 * them to the enrolment page. Runs after the security filters and the password gate.
 */
@Component
@Order(2)
class SecondFactorGate extends OncePerRequestFilter {

    static final String PAGE = "/me/two-factor";
    static final String API = "/api/v1/me/two-factor";
    private static final Set<String> OPEN = Set.of(PAGE, API, API + "/confirm", PasswordChangeGate.PAGE, PasswordChangeGate.API);

    private final ProblemResponses problems;

    SecondFactorGate(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = AuditTrail.currentCaller();
        String path = request.getRequestURI();
        if (caller == null || !caller.secondFactorDue() || OPEN.contains(path) || PasswordChangeGate.alwaysOpen(path)) {
            chain.doFilter(request, response);
        } else if (path.startsWith("/api/")) {
            problems.write(request, response, new ApiProblem(HttpStatus.FORBIDDEN, "TWO_FACTOR_ENROLMENT_REQUIRED",
                    "须先绑定动态口令（POST " + API + "，再 POST " + API + "/confirm）才能继续使用"));
        } else {
            response.sendRedirect(PAGE);
        }
    }
}
