package cn.taizhang.access;

import cn.taizhang.organisation.StaffAccountChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What the signed-in side does when an account changes: a disabled account's tokens are revoked with the change, in
 * its transaction; once the change has committed, cached token holders and browser sessions of the account are looked
 * up again at their next request, so that new roles, a new jurisdiction or a disabled account take effect at once on
 * this instance (within a second on others).
 */
@Component
class SignedInAccounts {

    private final ApiTokens tokens;
    private final TokenCallers tokenCallers;
    private final SessionCallers sessionCallers;

    SignedInAccounts(ApiTokens tokens, TokenCallers tokenCallers, SessionCallers sessionCallers) {
        this.tokens = tokens;
        this.tokenCallers = tokenCallers;
        this.sessionCallers = sessionCallers;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void revokeTokens(StaffAccountChanged changed) {
        if (changed.disabled()) {
            tokens.revokeAll(changed.staffId());
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void lookUpAgain(StaffAccountChanged changed) {
        tokenCallers.forget(changed.staffId());
        sessionCallers.forget(changed.staffId());
    }
}
