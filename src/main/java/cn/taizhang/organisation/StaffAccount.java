package cn.taizhang.organisation;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** What sign-in needs to know of a staff member. */
public record StaffAccount(long id, String username, String name, String passwordHash, Set<Role> roles,
        String jurisdictionCode, Long departmentId, boolean enabled, boolean mustChangePassword, Instant passwordChangedAt) {

    /**
     * Whether the next thing this person does must be a new password: forced after creation or a reset, and due once it
     * is older than {@code maxAge} for administrators and leaders, whose accounts open the most.
     */
    public boolean passwordChangeDue(Instant now, Duration maxAge) {
        boolean expires = roles.stream().anyMatch(role -> role.administrator() || role == Role.LEADER);
        return mustChangePassword || expires && passwordChangedAt.plus(maxAge).isBefore(now);
    }
}
