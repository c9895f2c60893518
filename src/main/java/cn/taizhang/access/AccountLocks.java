package cn.taizhang.access;

import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.StaffMember;
import cn.taizhang.platform.Scope;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The 安全管理员 lifts an account's sign-in lock, through the API or the pages; audited as {@code SIGN_IN_UNLOCKED}. An
 * administrator's account may be unlocked too: that gives nobody its password.
 */
@Component
class AccountLocks {

    record Unlocked(StaffMember member, boolean wasLocked) {
    }

    private final SignInThrottle throttle;
    private final Organisation organisation;
    private final AuditTrail audit;

    AccountLocks(SignInThrottle throttle, Organisation organisation, AuditTrail audit) {
        this.throttle = throttle;
        this.organisation = organisation;
        this.audit = audit;
    }

    /** Empty if the account does not exist in the scope. */
    Optional<Unlocked> unlock(Scope scope, long staffId, String sourceAddress) {
        return organisation.staffMember(scope, staffId).map(member -> {
            boolean wasLocked = throttle.unlock(member.username());
            audit.signInUnlocked(AuditTrail.currentCaller(), staffId, member.username(), sourceAddress);
            return new Unlocked(member, wasLocked);
        });
    }
}
