package cn.taizhang.access;

import cn.taizhang.platform.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in web session ends {@code taizhang.access.session-lifetime} (8 hours) after sign-in however active it is
 * (等保 8.1.4.1; the idle limit is the container's, an account's changes are {@link SessionCallers}'). Checked on each
 * of the session's requests after the security filters; the browser is told why it must sign in again.
 */
@Component
@Order(-50) // after Spring Security's chain (-100), before the scope (0) is taken from the caller
class SessionLimits extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SessionLimits.class.getName() + ".signedInAt";

    private final ProblemWriter problems;
    private final Duration lifetime;

    SessionLimits(ProblemWriter problems, @Value("${taizhang.access.session-lifetime:8h}") Duration lifetime) {
        this.problems = problems;
        this.lifetime = lifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session == null || AuditTrail.currentCaller() == null || BearerTokenFilter.tokenOf(request).isPresent()) {
            chain.doFilter(request, response);
            return;
        }
        Instant now = Instant.now();
        Instant signedInAt = session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : null;
        if (signedInAt == null) {
            signedInAt = now; // signed in some other way: from its first request
            session.setAttribute(SIGNED_IN_AT, now);
        }
        if (signedInAt.plus(lifetime).isAfter(now)) {
            chain.doFilter(request, response);
            return;
        }
        session.invalidate();
        SecurityContextHolder.clearContext();
        if (request.getRequestURI().startsWith("/api/")) {
            problems.write(request, response, new Problem(Problem.Kind.UNAUTHENTICATED, "SESSION_EXPIRED", "登录已过期，请重新登录"));
        } else {
            response.sendRedirect("/login?expired");
        }
    }

    /** A sign-in through the form, also in a session signed in before: its lifetime starts now. */
    @EventListener
    void on(InteractiveAuthenticationSuccessEvent signedIn) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            attributes.getRequest().getSession().setAttribute(SIGNED_IN_AT, Instant.now());
        }
    }
}
