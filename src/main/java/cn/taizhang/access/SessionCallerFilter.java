package cn.taizhang.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In the security chain, before authorisation: a session whose account was disabled or removed is ended, and the request
 * goes on unauthenticated (the sign-in page, or 401 for the API); a changed account's session goes on with its new
 * roles and jurisdiction ({@link SessionCallers}).
 */
class SessionCallerFilter extends OncePerRequestFilter {

    private final SessionCallers callers;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SessionCallerFilter(SessionCallers callers) {
        this.callers = callers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof Caller caller
                && BearerTokenFilter.tokenOf(request).isEmpty()) {
            Optional<Caller> current = callers.current(caller, session);
            if (current.isEmpty()) {
                SecurityContextHolder.clearContext();
                session.invalidate();
            } else if (current.get() != caller) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(current.get(), null, current.get().getAuthorities()));
                SecurityContextHolder.setContext(context);
                sessions.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
