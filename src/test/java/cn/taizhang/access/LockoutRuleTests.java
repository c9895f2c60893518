package cn.taizhang.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutRuleTests {

    private final LockoutRule rule = new LockoutRule(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private final Instant start = Instant.parse("2026-12-01T02:00:00Z");

    private LockoutRule.Count failures(int n, Duration apart) {
        LockoutRule.Count count = null;
        for (int i = 0; i < n; i++) {
            count = rule.afterFailure(count, start.plus(apart.multipliedBy(i)));
        }
        return count;
    }

    @Test
    void theFifthFailureWithinTheWindowLocksForTheDuration() {
        LockoutRule.Count four = failures(4, Duration.ofMinutes(1));
        assertThat(four.lockedAt(start.plusSeconds(240))).isFalse();
        LockoutRule.Count five = rule.afterFailure(four, start.plusSeconds(300));
        assertThat(five.lockedAt(start.plusSeconds(300))).isTrue();
        assertThat(five.lockedAt(start.plusSeconds(300 + 899))).isTrue();
        assertThat(five.lockedAt(start.plusSeconds(300 + 900))).isFalse();
    }

    @Test
    void failuresSpreadWiderThanTheWindowNeverLock() {
        assertThat(failures(20, Duration.ofMinutes(4)).lockedAt(start.plus(Duration.ofMinutes(76)))).isFalse();
    }

    @Test
    void attemptsWhileLockedDoNotProlongTheLockAndAfterItTheCountStartsOver() {
        LockoutRule.Count locked = failures(5, Duration.ofSeconds(1));
        assertThat(rule.afterFailure(locked, start.plusSeconds(600))).isEqualTo(locked);
        LockoutRule.Count after = rule.afterFailure(locked, start.plusSeconds(4 + 900));
        assertThat(after.failures()).isEqualTo(1);
        assertThat(after.lockedAt(start.plusSeconds(4 + 900))).isFalse();
    }
}
