package cn.taizhang.access;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Who holds a bearer token, remembered for {@value #TTL_SECONDS} seconds: without it every API call
 * would pay two queries before doing any work. A token revoked here stops working at once; revoked on
 * another instance, or an account changed there, within those seconds.
 */
@Component
class TokenCallers {

    static final int TTL_SECONDS = 10;
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Caller caller, long until) {
    }

    private final ApiTokens tokens;
    private final CallerDetailsService callers;
    private final Map<String, Entry> recent = new ConcurrentHashMap<>();

    TokenCallers(ApiTokens tokens, CallerDetailsService callers) {
        this.tokens = tokens;
        this.callers = callers;
    }

    Optional<Caller> callerFor(String token) {
        long now = System.nanoTime();
        Entry entry = recent.get(token);
        if (entry != null && entry.until() > now) {
            return Optional.of(entry.caller());
        }
        Optional<Caller> caller = tokens.holder(token).map(callers::loadUserByUsername).filter(Caller::isEnabled);
        caller.ifPresent(c -> {
            c.eraseCredentials();
            if (recent.size() >= MAX_ENTRIES) {
                recent.clear();
            }
            recent.put(token, new Entry(c, now + TTL_SECONDS * 1_000_000_000L));
        });
        return caller;
    }

    /** After a password change or reset: the holder's tokens are looked up again at their next use. */
    void forget(long staffId) {
        recent.values().removeIf(entry -> entry.caller().id() == staffId);
    }

    boolean revoke(String token) {
        recent.remove(token);
        return tokens.revoke(token);
    }
}
