package cn.taizhang.registry.codes;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A telephone number of the mainland: an 11-digit mobile ({@code 1[3-9]} and nine digits) or a landline with its area
 * code ({@code 0xx} or {@code 0xxx}, then 7 or 8 digits not starting with 0 or 1; the hyphen between them optional:
 * 0855-8221234, 010-62345678, 08558221234). Anything else — spaces, +86, an extension, a bare local number — is refused,
 * without quoting the number (a refusal is logged). Plain Java.
 */
public final class PhoneNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0[1-9]\\d{1,2}-?[2-9]\\d{6,7}");

    private PhoneNumber() {
    }

    public static CodeCheck check(String text) {
        String phone = text == null ? "" : text.strip();
        if (MOBILE.matcher(phone).matches() || LANDLINE.matcher(phone).matches()) {
            return CodeCheck.valid(phone, List.of());
        }
        return CodeCheck.refused(phone, "FORMAT",
                "电话号码须为 11 位手机号码（1 开头，第二位为 3 至 9），或带区号的固定电话（如 0855-8221234，区号后的连字符可省略）");
    }
}
