package cn.taizhang.access;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Username and password sign-in for the form and the token endpoint, limited per account and per source address
 * ({@link SignInThrottle}). A locked account, a wrong password and an unknown user get the same exception after the
 * same work: the password is always hashed (against a dummy hash for an unknown user, as Spring's provider does), so
 * neither the answer nor its timing tells whether an account exists or is locked.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(CallerDetailsService callers, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(callers);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    /** The caller behind the credentials; {@link BadCredentialsException} for every refusal alike. */
    Caller signIn(String username, String password, String sourceAddress) {
        return (Caller) authenticate(username, password, sourceAddress).getPrincipal();
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Authentication result = authenticate(attempt.getName(), String.valueOf(attempt.getCredentials()), address);
        if (result instanceof UsernamePasswordAuthenticationToken token) {
            token.setDetails(attempt.getDetails());
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private Authentication authenticate(String username, String password, String sourceAddress) {
        boolean refused = throttle.refuses(username, sourceAddress);
        Authentication result;
        try {
            result = passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        } catch (AuthenticationException e) {
            throttle.failed(username, sourceAddress);
            throw new BadCredentialsException("bad credentials");
        }
        if (refused) {
            throttle.failed(username, sourceAddress);
            throw new BadCredentialsException("bad credentials");
        }
        throttle.succeeded(username);
        return result;
    }
}
