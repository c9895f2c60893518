package cn.taizhang.access;

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

/** Web sign-in: audit every attempt with its source address, then carry on as Spring Security would. */
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
            throws IOException, jakarta.servlet.ServletException {
        audit.signIn((Caller) authentication.getPrincipal(), request.getRemoteAddr(), "web");
        success.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        audit.signInFailed(request.getParameter("username"), request.getRemoteAddr(), "web");
        failure.onAuthenticationFailure(request, response, e);
    }
}
