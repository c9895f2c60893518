package cn.taizhang.access.twofactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One-time recovery codes for a lost phone: 16 base32 characters (80 random bits) shown as {@code abcd-efgh-ijkl-mnop}.
 * Only their SHA-256 is kept. A slow, salted hash (argon2id, as for passwords) guards what people choose, which a
 * dictionary can guess; 80 random bits leave nothing to guess from, and 2^80 SHA-256 trials are out of reach. An unsalted
 * hash also lets one indexed look-up find the code, where argon2id would cost ten slow hashes per attempt at the sign-in
 * page. And a recovery code is only ever the second factor: the password is needed too.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final int CHARACTERS = 16;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < CHARACTERS; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** The typed code without its separators and spaces, in lower case. */
    public static String normalise(String typed) {
        StringBuilder out = new StringBuilder();
        typed.codePoints().filter(c -> c != '-' && !Character.isWhitespace(c)).forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    public static boolean looksLikeCode(String normalised) {
        return normalised.length() == CHARACTERS && normalised.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** SHA-256 of the normalised code, hex. */
    public static String hash(String typed) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalise(typed).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
