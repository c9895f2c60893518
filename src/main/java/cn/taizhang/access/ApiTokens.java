package cn.taizhang.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opaque bearer tokens: 256 random bits handed out once, only their SHA-256 kept; they expire and can be revoked.
 * An account holds at most {@code taizhang.access.max-tokens} live ones: a new one revokes the oldest beyond that, so
 * a token leaked from a forgotten script does not live on beside the ten its owner uses.
 */
@Component
class ApiTokens {

    record Issued(String token, OffsetDateTime expiresAt, List<Long> revokedIds) {
    }

    /** A live token as its owner sees it: never the token itself, which only its holder has. */
    record Live(long id, OffsetDateTime createdAt, OffsetDateTime expiresAt, boolean current) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Duration lifetime;
    private final int maxLive;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, TransactionTemplate transactions, @Value("${taizhang.access.token-lifetime:12h}") Duration lifetime,
            @Value("${taizhang.access.max-tokens:10}") int maxLive) {
        if (maxLive < 1) {
            throw new IllegalArgumentException("taizhang.access.max-tokens must be at least 1");
        }
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.lifetime = lifetime;
        this.maxLive = maxLive;
        this.clock = Clock.systemDefaultZone();
    }

    /** A new token for the account; the ids of its tokens this revoked, oldest beyond the limit. */
    Issued issue(long staffId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime expiresAt = OffsetDateTime.now(clock).plus(lifetime);
        List<Long> revoked = transactions.execute(status -> {
            // one issue per account at a time, so that two at once cannot both count ten and leave eleven
            jdbc.sql("SELECT id FROM staff WHERE id = :staff FOR NO KEY UPDATE").param("staff", staffId).query(Long.class).list();
            jdbc.sql("INSERT INTO api_token (token_hash, staff_id, expires_at) VALUES (:hash, :staff, :expires)")
                    .param("hash", hash(token)).param("staff", staffId).param("expires", expiresAt).update();
            return jdbc.sql("""
                            UPDATE api_token SET revoked_at = now() WHERE id IN (
                                SELECT id FROM api_token WHERE staff_id = :staff AND revoked_at IS NULL AND expires_at > now()
                                ORDER BY id DESC OFFSET :max)
                            RETURNING id""")
                    .param("staff", staffId).param("max", maxLive).query(Long.class).list();
        });
        return new Issued(token, expiresAt, revoked);
    }

    /** The username owning a live token. */
    Optional<String> holder(String token) {
        return jdbc.sql("""
                        SELECT s.username FROM api_token t JOIN staff s ON s.id = t.staff_id
                        WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > now()
                        """)
                .param("hash", hash(token)).query(String.class).optional();
    }

    /** The account's live tokens, newest first; {@code current} marks the one of the asking request, if any. */
    List<Live> live(long staffId, String currentToken) {
        return jdbc.sql("""
                        SELECT id, created_at, expires_at, token_hash = :current AS current FROM api_token
                        WHERE staff_id = :staff AND revoked_at IS NULL AND expires_at > now() ORDER BY id DESC""")
                .param("staff", staffId).param("current", currentToken == null ? "" : hash(currentToken)).query(Live.class).list();
    }

    boolean revoke(String token) {
        return jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE token_hash = :hash AND revoked_at IS NULL")
                .param("hash", hash(token)).update() > 0;
    }

    /** Revokes one of the account's own live tokens; false if it has no such token. */
    boolean revoke(long staffId, long tokenId) {
        return jdbc.sql("""
                        UPDATE api_token SET revoked_at = now()
                        WHERE id = :id AND staff_id = :staff AND revoked_at IS NULL AND expires_at > now()""")
                .param("id", tokenId).param("staff", staffId).update() > 0;
    }

    /** Every live token of the account, when it is disabled: enabling it again does not bring them back. */
    int revokeAll(long staffId) {
        return jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE staff_id = :staff AND revoked_at IS NULL AND expires_at > now()")
                .param("staff", staffId).update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
