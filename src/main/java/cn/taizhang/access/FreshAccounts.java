package cn.taizhang.access;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The account behind a signed-in session as it stands now, at most a second old: a session follows its account's
 * disabling and changes on every instance within that second, at the cost of one lookup a second per active account.
 */
@Component
class FreshAccounts {

    private static final long FRESH_NANOS = 1_000_000_000L;

    private record Fresh(Optional<Caller> caller, long until) {
    }

    private final CallerDetailsService accounts;
    private final Map<String, Fresh> fresh = new ConcurrentHashMap<>();

    FreshAccounts(CallerDetailsService accounts) {
        this.accounts = accounts;
    }

    /** The account if it exists and is enabled. */
    Optional<Caller> enabled(String username) {
        long now = System.nanoTime();
        Fresh known = fresh.get(username);
        if (known != null && known.until() - now > 0) {
            return known.caller();
        }
        Optional<Caller> caller;
        try {
            caller = Optional.of(accounts.loadUserByUsername(username)).filter(Caller::isEnabled);
        } catch (UsernameNotFoundException e) {
            caller = Optional.empty();
        }
        caller.ifPresent(Caller::eraseCredentials);
        fresh.put(username, new Fresh(caller, now + FRESH_NANOS));
        return caller;
    }

    /** Changed on this instance: looked up again at its next use. */
    void forget(long staffId) {
        fresh.values().removeIf(f -> f.caller().map(c -> c.id() == staffId).orElse(false));
    }
}
