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
 * <p>
 * An account with a second factor is signed in only once its code is given too ({@link #secondFactor}); until then its
 * failures stay counted, so that the password cannot be used to reset the count while codes are guessed.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    /** A right password: the caller, and whether a second factor must follow. */
    record PasswordChecked(Caller caller, boolean secondFactorNeeded) {
    }

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SecondFactors secondFactors;

    ThrottledSignIn(CallerDetailsService callers, PasswordEncoder encoder, SignInThrottle throttle, SecondFactors secondFactors) {
        this.passwords = new DaoAuthenticationProvider(callers);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.secondFactors = secondFactors;
    }

    /** The password step; {@link BadCredentialsException} for every refusal alike. */
    PasswordChecked password(String username, String password, String sourceAddress) {
        boolean refused = throttle.refuses(username, sourceAddress);
        Caller caller;
        try {
            caller = (Caller) passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password)).getPrincipal();
        } catch (AuthenticationException e) {
            throttle.failed(username, sourceAddress);
            throw new BadCredentialsException("bad credentials");
        }
        if (refused) {
            throttle.failed(username, sourceAddress);
            throw new BadCredentialsException("bad credentials");
        }
        boolean secondFactorNeeded = secondFactors.enrolled(caller.id());
        if (!secondFactorNeeded) {
            throttle.succeeded(username);
        }
        return new PasswordChecked(caller, secondFactorNeeded);
    }

    /**
     * The second step: a code of the account's authenticator app or an unused recovery code, used up on success. A wrong
     * code counts as a failed sign-in, and while the account or the address is locked even a right one is refused
     * (without being used up); {@link BadCredentialsException} for both.
     */
    SecondFactors.Method secondFactor(long staffId, String username, String code, String sourceAddress) {
        if (throttle.refuses(username, sourceAddress)) {
            throttle.failed(username, sourceAddress);
            throw new BadCredentialsException("bad credentials");
        }
        SecondFactors.Method method = secondFactors.verify(staffId, code == null ? "" : code).orElse(null);
        if (method == null) {
            throttle.failed(username, sourceAddress);
            throw new BadCredentialsException("bad credentials");
        }
        throttle.succeeded(username);
        return method;
    }

    /** The form's password step: a signed-in caller, or a {@link PendingSignIn} that is not authenticated yet. */
    @Override
    public Authentication authenticate(Authentication attempt) {
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        PasswordChecked checked = password(attempt.getName(), String.valueOf(attempt.getCredentials()), address);
        if (checked.secondFactorNeeded()) {
            return new PendingSignIn(checked.caller().id(), checked.caller().getUsername(), attempt.getDetails());
        }
        var result = UsernamePasswordAuthenticationToken.authenticated(checked.caller(), null, checked.caller().getAuthorities());
        result.setDetails(attempt.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
