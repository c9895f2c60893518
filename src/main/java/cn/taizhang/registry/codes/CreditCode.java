package cn.taizhang.registry.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from {@code 0-9 A-H J-N P-R T U W X Y} (no I, O, S, V, Z) — the
 * registering authority, the kind of body, the 6-digit division code, the 9-character organisation code (GB 11714) and
 * a check character over the first 17 with weights 3^(i−1) mod 31. A wrong check character is refused naming the one
 * expected; an organisation code whose own GB 11714 check character disagrees is only a warning, since codes issued
 * before the unified scheme carry such. Plain Java.
 */
public final class CreditCode {

    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int LENGTH = 18;
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private CreditCode() {
    }

    public static CodeCheck check(String text) {
        String code = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return CodeCheck.refused(code, "LENGTH", "统一社会信用代码应为 18 位，实为 " + code.length() + " 位");
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARACTERS.indexOf(code.charAt(i)) < 0) {
                return CodeCheck.refused(code, "CHARACTER",
                        "统一社会信用代码第 " + (i + 1) + " 位“" + code.charAt(i) + "”不是可用字符（数字及除 I、O、S、V、Z 外的大写字母）");
            }
        }
        if (!code.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return CodeCheck.refused(code, "DIVISION", "统一社会信用代码第 3 至 8 位应为登记管理机关的行政区划码（6 位数字）");
        }
        char expected = checkCharacter(code);
        if (code.charAt(17) != expected) {
            return CodeCheck.refused(code, "CHECK_CHARACTER",
                    "统一社会信用代码校验位错误：第 18 位应为“" + expected + "”，实为“" + code.charAt(17) + "”，请核对");
        }
        List<String> warnings = new ArrayList<>();
        char organisation = organisationCheckCharacter(code.substring(8, 16));
        if (organisation != code.charAt(16)) {
            warnings.add("其中的组织机构代码（第 9 至 17 位）校验位应为“" + organisation + "”，实为“" + code.charAt(16) + "”：早期赋码可能如此，请核对营业执照");
        }
        return CodeCheck.valid(code, warnings);
    }

    /**
     * A well-formed code from its registering authority and kind ({@code "91"}: 工商, enterprise), a 6-digit division
     * and an 8-character organisation body: both check characters computed. For the demo's fictitious enterprises.
     */
    public static String of(String authorityAndKind, String division, String organisationBody) {
        String first16 = authorityAndKind + division + organisationBody;
        String first17 = first16 + organisationCheckCharacter(organisationBody);
        return first17 + checkCharacter(first17);
    }

    /** The GB 32100 check character of a code's first 17 characters. */
    static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += CHARACTERS.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }

    /** The GB 11714 check character of an organisation code's 8-character body: digits 0–9, letters A=10 … Z=35. */
    static char organisationCheckCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < ORGANISATION_WEIGHTS.length; i++) {
            sum += Character.digit(body.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }
}
