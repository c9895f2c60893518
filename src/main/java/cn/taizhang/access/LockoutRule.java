package cn.taizhang.access;

import java.time.Duration;
import java.time.Instant;

/**
 * "After {@code maxFailures} failed sign-ins within {@code window}, refuse for {@code duration}", kept for one account
 * or one source address. A count starts at its first failure; once a lock has run out the next failure starts a new one.
 */
record LockoutRule(int maxFailures, Duration window, Duration duration) {

    /** The failures counted so far for one subject; {@code lockedUntil} is set once the limit was reached. */
    record Count(int failures, Instant windowStart, Instant lockedUntil) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    /** The count after one more failure at {@code now}; unchanged while locked, so attempts on a locked subject do not prolong it. */
    Count afterFailure(Count count, Instant now) {
        if (count != null && count.lockedAt(now)) {
            return count;
        }
        boolean startOver = count == null || count.lockedUntil() != null || !now.isBefore(count.windowStart().plus(window));
        int failures = startOver ? 1 : count.failures() + 1;
        Instant windowStart = startOver ? now : count.windowStart();
        return new Count(failures, windowStart, failures >= maxFailures ? now.plus(duration) : null);
    }
}
