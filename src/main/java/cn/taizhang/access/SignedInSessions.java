package cn.taizhang.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** Puts a freshly loaded caller into the browser's session: after a sign-in's second factor, a password change, an enrolment. */
@Component
class SignedInSessions {

    private final CallerDetailsService callers;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SignedInSessions(CallerDetailsService callers) {
        this.callers = callers;
    }

    /** The session's caller anew from the database; none if the request has no session (a bearer token). */
    UsernamePasswordAuthenticationToken renew(String username, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) == null) {
            return null;
        }
        Caller caller = callers.loadUserByUsername(username);
        caller.eraseCredentials();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(caller, null, caller.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        return authentication;
    }
}
