package cn.taizhang.access.twofactor;

import cn.taizhang.platform.crypto.PersonalDataCipher;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The TOTP secrets (encrypted with the personal-data key), the steps used and the recovery codes' hashes. Every "use"
 * is one conditional statement, so that two instances, or two requests, cannot both accept the same code.
 */
@Repository
public class SecondFactorStore {

    /** A secret and whether its first code has been typed. */
    public record Secret(byte[] key, boolean confirmed) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    SecondFactorStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public Optional<Secret> secret(long staffId) {
        return jdbc.sql("SELECT secret_encrypted, confirmed_at IS NOT NULL AS confirmed FROM two_factor WHERE staff_id = :id")
                .param("id", staffId)
                .query((rs, n) -> new Secret(Base32.decode(cipher.decrypt(rs.getString(1))), rs.getBoolean(2)))
                .optional();
    }

    public boolean confirmed(long staffId) {
        return jdbc.sql("SELECT count(*) FROM two_factor WHERE staff_id = :id AND confirmed_at IS NOT NULL")
                .param("id", staffId).query(Long.class).single() > 0;
    }

    /** Keeps a pending secret unless the account already has one (pending or confirmed). */
    public void startIfAbsent(long staffId, byte[] key) {
        jdbc.sql("INSERT INTO two_factor (staff_id, secret_encrypted) VALUES (:id, :secret) ON CONFLICT (staff_id) DO NOTHING")
                .param("id", staffId).param("secret", cipher.encrypt(Base32.encode(key))).update();
    }

    /** Confirms a pending enrolment with the step of its first code and replaces the recovery codes; false if not pending. */
    public boolean confirm(long staffId, long step, List<String> recoveryCodeHashes) {
        int confirmed = jdbc.sql("UPDATE two_factor SET confirmed_at = now(), last_step = :step WHERE staff_id = :id AND confirmed_at IS NULL")
                .param("id", staffId).param("step", step).update();
        if (confirmed == 0) {
            return false;
        }
        replaceRecoveryCodes(staffId, recoveryCodeHashes);
        return true;
    }

    /** An enrolment that needs no first code: the demo's fixed secrets. */
    public void enrolConfirmed(long staffId, byte[] key) {
        jdbc.sql("""
                        INSERT INTO two_factor (staff_id, secret_encrypted, confirmed_at) VALUES (:id, :secret, now())
                        ON CONFLICT (staff_id) DO UPDATE SET secret_encrypted = excluded.secret_encrypted, confirmed_at = now(), last_step = NULL""")
                .param("id", staffId).param("secret", cipher.encrypt(Base32.encode(key))).update();
    }

    /** Accepts the step if it is newer than every step accepted before (replay protection); false otherwise. */
    public boolean useStep(long staffId, long step) {
        return jdbc.sql("""
                        UPDATE two_factor SET last_step = :step
                        WHERE staff_id = :id AND confirmed_at IS NOT NULL AND (last_step IS NULL OR last_step < :step)""")
                .param("id", staffId).param("step", step).update() == 1;
    }

    /** Marks an unused recovery code used; false if there is none with that hash. */
    public boolean useRecoveryCode(long staffId, String hash) {
        return jdbc.sql("UPDATE two_factor_recovery_code SET used_at = now() WHERE staff_id = :id AND code_hash = :hash AND used_at IS NULL")
                .param("id", staffId).param("hash", hash).update() == 1;
    }

    public int recoveryCodesLeft(long staffId) {
        return jdbc.sql("SELECT count(*) FROM two_factor_recovery_code WHERE staff_id = :id AND used_at IS NULL")
                .param("id", staffId).query(Integer.class).single();
    }

    /** Forgets the secret and the recovery codes; false if there was no enrolment, pending or confirmed. */
    public boolean delete(long staffId) {
        jdbc.sql("DELETE FROM two_factor_recovery_code WHERE staff_id = :id").param("id", staffId).update();
        return jdbc.sql("DELETE FROM two_factor WHERE staff_id = :id").param("id", staffId).update() > 0;
    }

    private void replaceRecoveryCodes(long staffId, List<String> hashes) {
        jdbc.sql("DELETE FROM two_factor_recovery_code WHERE staff_id = :id").param("id", staffId).update();
        for (String hash : hashes) {
            jdbc.sql("INSERT INTO two_factor_recovery_code (staff_id, code_hash) VALUES (:id, :hash)")
                    .param("id", staffId).param("hash", hash).update();
        }
    }
}
