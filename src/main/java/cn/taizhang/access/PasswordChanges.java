package cn.taizhang.access;

import cn.taizhang.organisation.Organisation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Changing and resetting passwords, with what the signed-in side must learn at once: the holder's cached tokens are
 * looked up again, and a browser session gets a caller without the forced change.
 */
@Component
class PasswordChanges {

    private final Organisation organisation;
    private final CallerDetailsService callers;
    private final TokenCallers tokens;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    PasswordChanges(Organisation organisation, CallerDetailsService callers, TokenCallers tokens) {
        this.organisation = organisation;
        this.callers = callers;
        this.tokens = tokens;
    }

    void change(Caller caller, String currentPassword, String newPassword, HttpServletRequest request, HttpServletResponse response) {
        organisation.changePassword(caller.id(), caller.getUsername(), currentPassword, newPassword);
        tokens.forget(caller.id());
        if (request.getSession(false) != null) {
            Caller renewed = callers.loadUserByUsername(caller.getUsername());
            renewed.eraseCredentials();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities()));
            SecurityContextHolder.setContext(context);
            sessions.saveContext(context, request, response);
        }
    }

    void forget(long staffId) {
        tokens.forget(staffId);
    }
}
