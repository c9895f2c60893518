package cn.taizhang.access;

import cn.taizhang.organisation.Organisation;
import cn.taizhang.platform.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * Changing and resetting passwords, with what the signed-in side must learn at once: the holder's cached tokens are
 * looked up again, and a browser session gets a caller without the forced change.
 */
@Component
class PasswordChanges {

    private final Organisation organisation;
    private final SignedInSessions sessions;
    private final TokenCallers tokens;
    private final SignInThrottle throttle;

    PasswordChanges(Organisation organisation, SignedInSessions sessions, TokenCallers tokens, SignInThrottle throttle) {
        this.organisation = organisation;
        this.sessions = sessions;
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
        } catch (Problem problem) {
            if (problem.errors().stream().anyMatch(e -> e.code().equals(Organisation.WRONG_PASSWORD))) {
                throttle.failed(caller.getUsername(), address);
            }
            throw problem;
        }
        tokens.forget(caller.id());
        sessions.renew(caller.getUsername(), request, response);
    }
}
