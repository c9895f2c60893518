package cn.taizhang.access;

import cn.taizhang.platform.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in caller held to one step before anything else (a password change, a second factor to enrol): the API
 * answers 403 with the step's problem, pages send the browser to the step's page. Runs after the security filters.
 */
abstract class HoldingGate extends OncePerRequestFilter {

    private static final List<String> ALWAYS_OPEN = List.of("/login", "/logout", "/api/v1/auth/token", "/css/", "/js/", "/webjars/",
            "/favicon.ico", "/error", "/actuator/");

    private final ProblemWriter problems;
    private final String page;

    HoldingGate(ProblemWriter problems, String page) {
        this.problems = problems;
        this.page = page;
    }

    /** Whether the caller is held to this gate's step. */
    abstract boolean holds(Caller caller);

    /** The paths of the step itself, open to a caller held to it. */
    abstract boolean stepPath(String path);

    /** What the API answers a held caller. */
    abstract Problem problem();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = AuditTrail.currentCaller();
        String path = request.getRequestURI();
        if (caller == null || !holds(caller) || stepPath(path) || ALWAYS_OPEN.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
        } else if (path.startsWith("/api/")) {
            problems.write(request, response, problem());
        } else {
            response.sendRedirect(page);
        }
    }
}
