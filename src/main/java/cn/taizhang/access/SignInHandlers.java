package cn.taizhang.access;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Web sign-in: audit every attempt with its source address, then carry on as Spring Security would. A right password
 * of an account with a second factor is not a sign-in yet: the browser is sent on to ask for the code.
 */
@Component
class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final AuditTrail audit;
    private final AuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
    private final AuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error");

    SignInHandlers(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (authentication instanceof PendingSignIn) {
            response.sendRedirect(SecondFactorSignIn.PAGE);
        } else {
            signedIn(request, response, authentication, "web");
        }
    }

    /** Audits the sign-in and goes where the browser was going before it was asked to sign in. */
    void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication, String how)
            throws IOException, ServletException {
        audit.signIn((Caller) authentication.getPrincipal(), request.getRemoteAddr(), how);
        success.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        audit.signInFailed(request.getParameter("username"), request.getRemoteAddr(), "web");
        failure.onAuthenticationFailure(request, response, e);
    }
}
