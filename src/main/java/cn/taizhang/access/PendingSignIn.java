package cn.taizhang.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A web session whose password was right and whose second factor is still to come. It is not authenticated and has no
 * authorities, so every protected page and API refuses it, and it carries no {@link Caller}: nothing that asks who is
 * signed in finds anyone. It runs out after {@link #LIFETIME}.
 */
final class PendingSignIn extends AbstractAuthenticationToken {

    static final Duration LIFETIME = Duration.ofMinutes(5);

    private final long staffId;
    private final String username;
    private final Instant since;

    PendingSignIn(long staffId, String username, Object details) {
        super(List.of());
        this.staffId = staffId;
        this.username = username;
        this.since = Instant.now();
        setDetails(details);
        super.setAuthenticated(false);
    }

    long staffId() {
        return staffId;
    }

    boolean expired() {
        return since.plus(LIFETIME).isBefore(Instant.now());
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("a pending sign-in becomes a signed-in caller only through its second factor");
        }
        super.setAuthenticated(false);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PendingSignIn p && p.staffId == staffId && p.since.equals(since);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(staffId) * 31 + since.hashCode();
    }
}
