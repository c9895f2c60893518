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
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Opaque bearer tokens: 256 random bits handed out once, only their SHA-256 kept; they expire and can be revoked. */
@Component
class ApiTokens {

    record Issued(String token, OffsetDateTime expiresAt) {
    }

    private final JdbcClient jdbc;
    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, @Value("${taizhang.access.token-lifetime:12h}") Duration lifetime) {
        this.jdbc = jdbc;
        this.lifetime = lifetime;
        this.clock = Clock.systemDefaultZone();
    }

    Issued issue(long staffId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime expiresAt = OffsetDateTime.now(clock).plus(lifetime);
        jdbc.sql("INSERT INTO api_token (token_hash, staff_id, expires_at) VALUES (:hash, :staff, :expires)")
                .param("hash", hash(token)).param("staff", staffId).param("expires", expiresAt).update();
        return new Issued(token, expiresAt);
    }

    /** The username owning a live token. */
    Optional<String> holder(String token) {
        return jdbc.sql("""
                        SELECT s.username FROM api_token t JOIN staff s ON s.id = t.staff_id
                        WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > now()
                        """)
                .param("hash", hash(token)).query(String.class).optional();
    }

    boolean revoke(String token) {
        return jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE token_hash = :hash AND revoked_at IS NULL")
                .param("hash", hash(token)).update() > 0;
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
