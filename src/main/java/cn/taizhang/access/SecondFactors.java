package cn.taizhang.access;

import cn.taizhang.access.twofactor.Base32;
import cn.taizhang.access.twofactor.RecoveryCodes;
import cn.taizhang.access.twofactor.SecondFactorPolicy;
import cn.taizhang.access.twofactor.SecondFactorStore;
import cn.taizhang.access.twofactor.Totp;
import cn.taizhang.organisation.Role;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.audit.AuditNote;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Second factors (GB/T 22239-2019 8.1.4.1 d): a TOTP authenticator app, with ten one-time recovery codes for a lost
 * phone. Who must have one is {@link SecondFactorPolicy}; anyone may enrol.
 */
@Service
public class SecondFactors {

    /** What the second factor was, as the audit trail names it. */
    public enum Method { TOTP, RECOVERY_CODE }

    /** A pending enrolment: the secret to put into the app, by hand or through the QR code of the URI. */
    public record Enrolment(String secret, String otpauthUri) {

        /** The secret in groups of four, as it is easiest to type. */
        public String grouped() {
            return String.join(" ", secret.split("(?<=\\G.{4})"));
        }
    }

    public static final String ISSUER = "Taizhang";
    public static final String WRONG_CODE = "WRONG_CODE";

    private final SecondFactorStore store;
    private final SecondFactorPolicy policy;

    SecondFactors(SecondFactorStore store, SecondFactorPolicy policy) {
        this.store = store;
        this.policy = policy;
    }

    public boolean required(Collection<Role> roles) {
        return policy.requires(roles);
    }

    public boolean enrolled(long staffId) {
        return store.confirmed(staffId);
    }

    public int recoveryCodesLeft(long staffId) {
        return store.recoveryCodesLeft(staffId);
    }

    /** The pending secret, made on the first call and the same on the next ones until confirmed; 409 once enrolled. */
    public Enrolment start(long staffId, String username) {
        store.startIfAbsent(staffId, Totp.newSecret());
        SecondFactorStore.Secret secret = store.secret(staffId).orElseThrow();
        if (secret.confirmed()) {
            throw alreadyEnrolled();
        }
        String base32 = Base32.encode(secret.key());
        return new Enrolment(base32, Totp.uri(ISSUER, username, base32));
    }

    /** Confirms the pending enrolment with a code from the app; the ten recovery codes, to be shown once. */
    @Transactional
    public List<String> confirm(long staffId, String code) {
        SecondFactorStore.Secret secret = store.secret(staffId).orElseThrow(() -> new Problem(Problem.Kind.CONFLICT, "TWO_FACTOR_NOT_STARTED",
                "尚未开始绑定动态口令（POST /api/v1/me/two-factor）"));
        if (secret.confirmed()) {
            throw alreadyEnrolled();
        }
        String typed = RecoveryCodes.normalise(code);
        List<Long> steps = Totp.looksLikeCode(typed) ? Totp.matchingSteps(secret.key(), typed, Totp.step(Instant.now())) : List.of();
        if (steps.isEmpty()) {
            throw wrongCode();
        }
        List<String> codes = RecoveryCodes.generate();
        if (!store.confirm(staffId, steps.get(steps.size() - 1), codes.stream().map(RecoveryCodes::hash).toList())) {
            throw alreadyEnrolled(); // confirmed by a parallel request since
        }
        AuditNote.changed("staff", Long.toString(staffId), null, "two-factor");
        return codes;
    }

    /**
     * Checks a code from the app, or an unused recovery code, and uses it up: a TOTP step is not accepted twice, nor one
     * older than the last accepted; a recovery code works once. Empty if it is neither.
     */
    public Optional<Method> verify(long staffId, String code) {
        String typed = RecoveryCodes.normalise(code);
        if (Totp.looksLikeCode(typed)) {
            Optional<SecondFactorStore.Secret> secret = store.secret(staffId).filter(SecondFactorStore.Secret::confirmed);
            if (secret.isEmpty()) {
                return Optional.empty();
            }
            for (long step : Totp.matchingSteps(secret.get().key(), typed, Totp.step(Instant.now()))) {
                if (store.useStep(staffId, step)) {
                    return Optional.of(Method.TOTP);
                }
            }
            return Optional.empty();
        }
        if (RecoveryCodes.looksLikeCode(typed) && store.useRecoveryCode(staffId, RecoveryCodes.hash(typed))) {
            return Optional.of(Method.RECOVERY_CODE);
        }
        return Optional.empty();
    }

    /** Forgets the account's second factor (the security administrator's reset): it enrols again at its next sign-in. */
    @Transactional
    public boolean reset(long staffId) {
        boolean had = store.delete(staffId);
        AuditNote.changed("staff", Long.toString(staffId), "two-factor", null);
        return had;
    }

    /** Enrols with a known secret, no code needed: for the demo's administrators, whose secrets the README lists. */
    @Transactional
    public void enrolConfirmed(long staffId, String base32Secret) {
        store.enrolConfirmed(staffId, Base32.decode(base32Secret));
    }

    static Problem wrongCode() {
        return Problem.invalid(List.of(new FieldProblem("code", WRONG_CODE, "动态口令不正确，请输入身份验证器当前显示的 6 位数字")));
    }

    private static Problem alreadyEnrolled() {
        return new Problem(Problem.Kind.CONFLICT, "TWO_FACTOR_ALREADY_ENROLLED", "已绑定动态口令；如需更换（如手机丢失），请安全管理员重置");
    }
}
