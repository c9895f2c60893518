package cn.taizhang.support;

import cn.taizhang.access.twofactor.Base32;
import cn.taizhang.access.twofactor.Totp;
import cn.taizhang.demo.DemoSignIns;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Codes of the demo administrators' authenticator, from the fixed secrets in {@link DemoSignIns}, for the tests that sign
 * in as them. The server takes each 30-second step once and never one older than the last (replay protection), and
 * accepts one step either side of now: so each code here is of a step after the last one handed out, and when all
 * steps within reach are spent, the next code waits for the clock (at most one step). Every sign-in of the suite as a
 * demo administrator must take its code here.
 */
public final class DemoCodes {

    private static final Map<String, Long> LAST_STEP = new HashMap<>();
    /** The step before now is used only while it stays acceptable for this long yet: a request must reach the server in time. */
    private static final long MARGIN_SECONDS = 10;

    private DemoCodes() {
    }

    /** The next unused code of a demo administrator; null for a password-only sign-in. */
    public static synchronized String next(String username) {
        String secret = DemoSignIns.totpSecret(username).orElse(null);
        if (secret == null) {
            return null;
        }
        long now = Instant.now().getEpochSecond();
        long current = now / Totp.STEP_SECONDS;
        boolean previousStillSafe = now % Totp.STEP_SECONDS < Totp.STEP_SECONDS - MARGIN_SECONDS;
        long step = Math.max(previousStillSafe ? current - 1 : current, LAST_STEP.getOrDefault(username, Long.MIN_VALUE) + 1);
        while (step > Instant.now().getEpochSecond() / Totp.STEP_SECONDS + Totp.DRIFT) {
            long waited = sleepUntilNextStep();
            System.out.println("DemoCodes: " + username + " waited " + waited + " ms for the next step");
        }
        LAST_STEP.put(username, step);
        return Totp.code(Base32.decode(secret), step);
    }

    private static long sleepUntilNextStep() {
        long millis = Totp.STEP_SECONDS * 1000L - Instant.now().toEpochMilli() % (Totp.STEP_SECONDS * 1000L) + 50;
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return millis;
    }
}
