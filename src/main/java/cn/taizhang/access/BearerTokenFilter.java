package cn.taizhang.access;

import cn.taizhang.platform.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates "Authorization: Bearer …" requests; a bad or expired token is refused outright (401). */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String PREFIX = "Bearer ";

    private final TokenCallers callers;
    private final ProblemWriter problems;

    BearerTokenFilter(TokenCallers callers, ProblemWriter problems) {
        this.callers = callers;
        this.problems = problems;
    }

    static Optional<String> tokenOf(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith(PREFIX) ? Optional.of(header.substring(PREFIX.length()).trim()) : Optional.empty();
    }

    /** The metrics scraper's token is not an API token ({@link ScrapeAccess}). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> token = tokenOf(request);
        if (token.isPresent()) {
            Optional<Caller> caller = callers.callerFor(token.get());
            if (caller.isEmpty()) {
                problems.write(request, response, new Problem(Problem.Kind.UNAUTHENTICATED, "INVALID_TOKEN", "访问令牌无效、已过期或已注销"));
                return;
            }
            var authentication = UsernamePasswordAuthenticationToken.authenticated(caller.get(), null, caller.get().getAuthorities());
            SecurityContextHolder.getContext().setAuthentication(authentication);
        }
        chain.doFilter(request, response);
    }
}
