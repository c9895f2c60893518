package cn.taizhang.access;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Keeps a browser session's caller true to the account: a session holds the caller it signed in as, so without this a
 * disabled account's session, or one whose roles were taken away, would go on as before until it ended. The account is
 * looked up again at most every second, the staleness tokens have too (等保: a disabled account stops on every instance within a second), and at once
 * after a change made on this instance ({@link #forget}).
 */
@Component
class SessionCallers {

    private static final String CHECKED_AT = SessionCallers.class.getName() + ".checkedAt";
    private static final long TTL_MILLIS = TokenCallers.TTL_NANOS / 1_000_000L;

    private final CallerDetailsService callers;
    /** Staff id → when their account last changed here; older than the TTL, an entry no longer matters. */
    private final Map<Long, Long> changedAt = new ConcurrentHashMap<>();

    SessionCallers(CallerDetailsService callers) {
        this.callers = callers;
    }

    void forget(long staffId) {
        long now = System.currentTimeMillis();
        changedAt.values().removeIf(at -> at < now - TTL_MILLIS);
        changedAt.put(staffId, now);
    }

    /**
     * The session's caller as the account is now: the same object while it is fresh, a reloaded one when it was due,
     * none if the account is gone or disabled.
     */
    Optional<Caller> current(Caller caller, HttpSession session) {
        long now = System.currentTimeMillis();
        Long checked = (Long) session.getAttribute(CHECKED_AT);
        if (checked == null) { // the first request of a session just signed in: its caller was loaded then
            session.setAttribute(CHECKED_AT, now);
            return Optional.of(caller);
        }
        if (checked > now - TTL_MILLIS && checked >= changedAt.getOrDefault(caller.id(), Long.MIN_VALUE)) {
            return Optional.of(caller);
        }
        Caller fresh;
        try {
            fresh = callers.loadUserByUsername(caller.getUsername());
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
        if (!fresh.isEnabled() || fresh.id() != caller.id()) {
            return Optional.empty();
        }
        fresh.eraseCredentials();
        session.setAttribute(CHECKED_AT, now);
        return Optional.of(fresh);
    }
}
