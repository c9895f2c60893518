package cn.taizhang.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins counted per account and per source address in the database ({@code sign_in_throttle}), so that a lock
 * holds across restarts and instances. Accounts are counted by lower-case username whether they exist or not: a name
 * that does not exist locks the same way, and so tells nothing.
 */
@Component
class SignInThrottle {

    enum Kind {
        ACCOUNT, ADDRESS;

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One counted subject as the security administrator reads it. */
    record Failures(String kind, String subject, int failures, OffsetDateTime firstFailureAt, OffsetDateTime lastFailureAt,
            OffsetDateTime lockedUntil, boolean locked) {
    }

    private static final int MAX_SUBJECT_LENGTH = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final LockoutRule accounts;
    private final LockoutRule addresses;
    private final Set<String> exemptAddresses;

    SignInThrottle(JdbcClient jdbc, TransactionTemplate transaction, AuditTrail audit,
            @Value("${taizhang.access.lockout.max-failures:5}") int accountFailures,
            @Value("${taizhang.access.lockout.window:15m}") Duration accountWindow,
            @Value("${taizhang.access.lockout.duration:15m}") Duration accountDuration,
            @Value("${taizhang.access.lockout.address.max-failures:20}") int addressFailures,
            @Value("${taizhang.access.lockout.address.window:15m}") Duration addressWindow,
            @Value("${taizhang.access.lockout.address.duration:15m}") Duration addressDuration,
            @Value("${taizhang.access.lockout.address.exempt:}") Set<String> exemptAddresses) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
        this.accounts = new LockoutRule(accountFailures, accountWindow, accountDuration);
        this.addresses = new LockoutRule(addressFailures, addressWindow, addressDuration);
        this.exemptAddresses = exemptAddresses;
    }

    /** Whether the account or the address is locked now. */
    boolean refuses(String username, String address) {
        Instant now = Instant.now();
        return count(Kind.ACCOUNT, accountKey(username)).filter(c -> c.lockedAt(now)).isPresent()
                || (!exempt(address) && count(Kind.ADDRESS, addressKey(address)).filter(c -> c.lockedAt(now)).isPresent());
    }

    /** Counts one failure (or refusal) against the account and the address, locking either at its limit. */
    void failed(String username, String address) {
        Instant now = Instant.now();
        count(Kind.ACCOUNT, accountKey(username), accounts, now, address);
        if (!exempt(address)) {
            count(Kind.ADDRESS, addressKey(address), addresses, now, address);
        }
    }

    // a reverse proxy that does not forward the client's address would otherwise lock everyone out at once
    private boolean exempt(String address) {
        return address != null && exemptAddresses.contains(address);
    }

    /** A right password on an unlocked account forgets its failures; the address's stay counted. */
    void succeeded(String username) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE kind = 'account' AND subject = :subject AND (locked_until IS NULL OR locked_until <= now())")
                .param("subject", accountKey(username)).update();
    }

    /** Lifts an account's lock and forgets its failures; false if it was not locked. */
    boolean unlock(String username) {
        return jdbc.sql("DELETE FROM sign_in_throttle WHERE kind = 'account' AND subject = :subject RETURNING locked_until > now()")
                .param("subject", accountKey(username)).query(Boolean.class).optional().orElse(false);
    }

    /** Current locks and the subjects that failed in the last day, the latest first. */
    List<Failures> recent() {
        return jdbc.sql("""
                        SELECT kind, subject, failures, window_start, last_failure_at, locked_until,
                               coalesce(locked_until > now(), false) AS locked
                        FROM sign_in_throttle WHERE last_failure_at > now() - interval '1 day' OR locked_until > now()
                        ORDER BY last_failure_at DESC LIMIT 500""")
                .query((rs, n) -> new Failures(rs.getString("kind"), rs.getString("subject"), rs.getInt("failures"),
                        rs.getObject("window_start", OffsetDateTime.class), rs.getObject("last_failure_at", OffsetDateTime.class),
                        rs.getObject("locked_until", OffsetDateTime.class), rs.getBoolean("locked")))
                .list();
    }

    private void count(Kind kind, String subject, LockoutRule rule, Instant now, String address) {
        boolean locked = Boolean.TRUE.equals(transaction.execute(status -> {
            jdbc.sql("""
                            INSERT INTO sign_in_throttle (kind, subject, failures, window_start, last_failure_at)
                            VALUES (:kind, :subject, 0, :now, :now) ON CONFLICT DO NOTHING""")
                    .param("kind", kind.column()).param("subject", subject).param("now", utc(now)).update();
            LockoutRule.Count before = jdbc.sql("""
                            SELECT failures, window_start, locked_until FROM sign_in_throttle
                            WHERE kind = :kind AND subject = :subject FOR UPDATE""")
                    .param("kind", kind.column()).param("subject", subject).query(SignInThrottle::toCount).single();
            LockoutRule.Count after = rule.afterFailure(before, now);
            jdbc.sql("""
                            UPDATE sign_in_throttle SET failures = :failures, window_start = :start, last_failure_at = :now,
                                   locked_until = :lockedUntil WHERE kind = :kind AND subject = :subject""")
                    .param("failures", after.failures()).param("start", utc(after.windowStart())).param("now", utc(now))
                    .param("lockedUntil", after.lockedUntil() == null ? null : utc(after.lockedUntil()))
                    .param("kind", kind.column()).param("subject", subject).update();
            return !before.lockedAt(now) && after.lockedAt(now);
        }));
        if (locked) {
            audit.signInLocked(kind.column(), subject, address);
        }
    }

    private Optional<LockoutRule.Count> count(Kind kind, String subject) {
        return jdbc.sql("SELECT failures, window_start, locked_until FROM sign_in_throttle WHERE kind = :kind AND subject = :subject")
                .param("kind", kind.column()).param("subject", subject).query(SignInThrottle::toCount).optional();
    }

    private static LockoutRule.Count toCount(ResultSet rs, int n) throws SQLException {
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        return new LockoutRule.Count(rs.getInt("failures"), rs.getTimestamp("window_start").toInstant(),
                lockedUntil == null ? null : lockedUntil.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String accountKey(String username) {
        String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return key.length() > MAX_SUBJECT_LENGTH ? key.substring(0, MAX_SUBJECT_LENGTH) : key;
    }

    private static String addressKey(String address) {
        return address == null ? "" : address;
    }
}
