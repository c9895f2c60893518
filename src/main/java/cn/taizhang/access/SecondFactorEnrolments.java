package cn.taizhang.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Component;

/** Confirming an enrolment, with what the signed-in side must learn at once: cached tokens and the browser's session no longer owe a second factor. */
@Component
class SecondFactorEnrolments {

    private final SecondFactors secondFactors;
    private final TokenCallers tokens;
    private final SignedInSessions sessions;

    SecondFactorEnrolments(SecondFactors secondFactors, TokenCallers tokens, SignedInSessions sessions) {
        this.secondFactors = secondFactors;
        this.tokens = tokens;
        this.sessions = sessions;
    }

    /** The ten recovery codes, to be shown once. */
    List<String> confirm(Caller caller, String code, HttpServletRequest request, HttpServletResponse response) {
        List<String> codes = secondFactors.confirm(caller.id(), code);
        tokens.forget(caller.id());
        if (BearerTokenFilter.tokenOf(request).isEmpty()) {
            sessions.renew(caller.getUsername(), request, response);
        }
        return codes;
    }
}
