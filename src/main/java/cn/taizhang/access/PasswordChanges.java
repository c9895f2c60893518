package cn.taizhang.access;

import cn.taizhang.organisation.Organisation;
import cn.taizhang.platform.web.ApiProblem;
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
    private final SignInThrottle throttle;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    PasswordChanges(Organisation organisation, CallerDetailsService callers, TokenCallers tokens, SignInThrottle throttle) {
        this.organisation = organisation;
        this.callers = callers;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    /**
     * A wrong current password counts as a failed sign-in, so that a stolen session or token cannot guess it any faster
     * than the sign-in page; while the account is locked even the right one is refused.
     */
    void change(Caller caller, String currentPassword, String newPassword, HttpServletRequest request, HttpServletResponse response) {
        String address = request.getRemoteAddr();
        try {
            if (throttle.refuses(caller.getUsername(), address)) {
                throw Organisation.wrongCurrentPassword();
            }
            organisation.changePassword(caller.id(), caller.getUsername(), currentPassword, newPassword);
        } catch (ApiProblem problem) {
            if (problem.errors().stream().anyMatch(e -> e.code().equals(Organisation.WRONG_PASSWORD))) {
                throttle.failed(caller.getUsername(), address);
            }
            throw problem;
        }
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
}
