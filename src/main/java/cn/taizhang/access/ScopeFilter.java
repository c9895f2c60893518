package cn.taizhang.access;

import cn.taizhang.platform.Scope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after the security filters and puts the authenticated caller's {@link Scope} on the request,
 * where controllers receive it as a parameter and hand it to every scoped query.
 */
@Component
@Order(0)
class ScopeFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = AuditTrail.currentCaller();
        if (caller != null) {
            request.setAttribute(Scope.REQUEST_ATTRIBUTE, caller.scope());
        }
        chain.doFilter(request, response);
    }
}
