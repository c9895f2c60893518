package cn.taizhang.access.twofactor;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) over HOTP (RFC 4226): HMAC-SHA1, 30-second steps, 6 digits — what every
 * authenticator app does by default. Framework-free; replay protection is the caller's (it must remember the steps used).
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final int STEP_SECONDS = 30;
    /** Steps either side of the current one that are accepted: a phone's clock a little off, a code typed as it changed. */
    public static final int DRIFT = 1;
    /** 160 bits, the HMAC-SHA1 key length RFC 4226 recommends. */
    public static final int SECRET_BYTES = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    public static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** RFC 4226 section 5.3: HMAC-SHA1 of the counter, dynamically truncated to {@code digits} decimal digits. */
    public static String hotp(byte[] key, long counter, int digits) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        int offset = hash[hash.length - 1] & 0xf;
        int binary = (hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16 | (hash[offset + 2] & 0xff) << 8 | hash[offset + 3] & 0xff;
        String code = Integer.toString(binary % (int) Math.pow(10, digits));
        return "0".repeat(digits - code.length()) + code;
    }

    public static String code(byte[] key, long step) {
        return hotp(key, step, DIGITS);
    }

    /** The steps within {@link #DRIFT} of {@code currentStep} whose code is {@code code}, oldest first (almost always one or none). */
    public static List<Long> matchingSteps(byte[] key, String code, long currentStep) {
        List<Long> steps = new ArrayList<>();
        byte[] typed = code.getBytes(StandardCharsets.US_ASCII);
        for (long step = currentStep - DRIFT; step <= currentStep + DRIFT; step++) {
            if (MessageDigest.isEqual(typed, code(key, step).getBytes(StandardCharsets.US_ASCII))) { // in constant time
                steps.add(step);
            }
        }
        return steps;
    }

    /** Six digits, once spaces are taken out (apps show "123 456"). */
    public static boolean looksLikeCode(String normalised) {
        return normalised.length() == DIGITS && normalised.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The Key URI an authenticator app reads from the QR code (the de-facto "otpauth" format of Google Authenticator). */
    public static String uri(String issuer, String account, String base32Secret) {
        return "otpauth://totp/" + encode(issuer) + ":" + encode(account) + "?secret=" + base32Secret.replace("=", "")
                + "&issuer=" + encode(issuer);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
