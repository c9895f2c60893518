package cn.taizhang.access;

import cn.taizhang.platform.web.ApiProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits of a signed-in web session (等保 8.1.4.1), checked on each of its requests after the security filters:
 * it ends {@code taizhang.access.session-lifetime} (8 hours) after sign-in however active it is — the idle
 * limit is the container's —, and it follows its account within a second on every instance: disabled, the
 * session ends; roles or jurisdiction changed, the next request has the new ones. Bearer tokens follow their
 * account through {@link TokenCallers}.
 */
@Component
@Order(-50) // after Spring Security's chain (-100), before the scope (0) is taken from the caller
class SessionLimits extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SessionLimits.class.getName() + ".signedInAt";

    private final FreshAccounts accounts;
    private final ProblemResponses problems;
    private final Duration lifetime;

    SessionLimits(FreshAccounts accounts, ProblemResponses problems,
            @Value("${taizhang.access.session-lifetime:8h}") Duration lifetime) {
        this.accounts = accounts;
        this.problems = problems;
        this.lifetime = lifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Caller signedIn = AuditTrail.currentCaller();
        if (session == null || signedIn == null || BearerTokenFilter.tokenOf(request).isPresent()) {
            chain.doFilter(request, response);
            return;
        }
        Instant now = Instant.now();
        Instant signedInAt = session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : null;
        if (signedInAt == null) {
            signedInAt = now; // signed in some other way: from its first request
            session.setAttribute(SIGNED_IN_AT, now);
        }
        Optional<Caller> current = signedInAt.plus(lifetime).isAfter(now) ? accounts.enabled(signedIn.getUsername()) : Optional.empty();
        if (current.isEmpty()) {
            end(session, request, response);
            return;
        }
        Caller caller = current.get();
        if (caller != signedIn) {
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(caller, null, caller.getAuthorities()));
        }
        chain.doFilter(request, response);
    }

    /** A sign-in through the form, also in a session signed in before: its lifetime starts now. */
    @EventListener
    void on(InteractiveAuthenticationSuccessEvent signedIn) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            attributes.getRequest().getSession().setAttribute(SIGNED_IN_AT, Instant.now());
        }
    }

    private void end(HttpSession session, HttpServletRequest request, HttpServletResponse response) throws IOException {
        session.invalidate();
        SecurityContextHolder.clearContext();
        if (request.getRequestURI().startsWith("/api/")) {
            problems.write(request, response, new ApiProblem(HttpStatus.UNAUTHORIZED, "SESSION_EXPIRED", "登录已过期或账号已停用，请重新登录"));
        } else {
            response.sendRedirect("/login?expired");
        }
    }
}
