package cn.taizhang.access;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page's second step: after a right password, an account with a second factor types a code of its
 * authenticator app or a recovery code. Only then does the session hold a signed-in caller, under a new session id.
 */
@Controller
class SecondFactorSignIn {

    static final String PAGE = "/login/second-factor";

    private final ThrottledSignIn signIn;
    private final SignedInSessions sessions;
    private final SignInHandlers handlers;
    private final AuditTrail audit;

    SecondFactorSignIn(ThrottledSignIn signIn, SignedInSessions sessions, SignInHandlers handlers, AuditTrail audit) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.handlers = handlers;
        this.audit = audit;
    }

    @GetMapping(PAGE)
    String page() {
        return pending() == null ? "redirect:/login?expired" : "access/second-factor";
    }

    @PostMapping(PAGE)
    String verify(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        PendingSignIn pending = pending();
        if (pending == null) {
            return "redirect:/login?expired";
        }
        String username = pending.getName();
        SecondFactors.Method method;
        try {
            method = signIn.secondFactor(pending.staffId(), username, code, request.getRemoteAddr());
        } catch (BadCredentialsException e) {
            audit.signInFailed(username, request.getRemoteAddr(), "web " + SecondFactors.WRONG_CODE);
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            model.addAttribute("wrong", true);
            return "access/second-factor";
        }
        request.changeSessionId(); // more rights than a moment ago: a session id seen before the code must not carry them
        var authentication = sessions.renew(username, request, response);
        authentication.setDetails(pending.getDetails());
        handlers.signedIn(request, response, authentication, "web " + method);
        return null;
    }

    private static PendingSignIn pending() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof PendingSignIn p && !p.expired() ? p : null;
    }
}
