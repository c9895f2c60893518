package cn.taizhang.access;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Who holds a bearer token, remembered for a second: without it every API call would pay two queries before
 * doing any work. A token revoked here stops working at once; revoked on another instance, expired, or its account
 * disabled or changed there, within that second (等保: a revocation holds everywhere at once, not after a while).
 * A busy token costs one lookup a second.
 */
@Component
class TokenCallers {

    static final long TTL_NANOS = 1_000_000_000L;
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
            recent.put(token, new Entry(c, now + TTL_NANOS));
        });
        return caller;
    }

    /** After a change to the account on this instance (password, roles, disabling): its tokens are looked up again at their next use. */
    void forget(long staffId) {
        recent.values().removeIf(entry -> entry.caller().id() == staffId);
    }

    /** Revokes one of the account's own tokens by its id; its owner's tokens here are looked up again at their next use. */
    boolean revoke(long staffId, long tokenId) {
        boolean revoked = tokens.revoke(staffId, tokenId);
        forget(staffId);
        return revoked;
    }

    boolean revoke(String token) {
        recent.remove(token);
        return tokens.revoke(token);
    }
}
