package cn.taizhang.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The corpus of hostile values, in the three forms a request carries them: as text (a header, a multipart
 * field), percent-encoded in a URL (with the encodings that are not decodable at all) and as JSON (with
 * the wrong types, absurd numbers and deep nesting that only JSON can carry).
 */
public final class HostileValues {

    /** Text that no field should take, or that must reach the database as plain text and nothing more. */
    public static final List<String> TEXTS = List.of(
            "\u0000", "a\u0000b", "\u0001", "\u001b[31m", "\u007f", "\u0085", "\ud800", "x\udc00y", "\ufffe", "\uffff",
            "x".repeat(100_000), "", " ",
            "' OR 1=1--", "'; DROP TABLE case_record;--", "<script>alert(1)</script>", "../../etc/passwd", "..\\..\\windows",
            "1e999999", "-1e999999", "1e-999999", "9".repeat(300), "NaN", "-Infinity", "-1", "0", "2147483648", "9223372036854775808",
            "0000-01-01", "99999-01-01", "2026-02-30", "+999999999-12-31", "%ff%fe", "%zz", "${jndi:ldap://x}");

    /** URL forms that are not decodable: bytes that are not UTF-8, malformed escapes, a surrogate encoded as UTF-8. */
    public static final List<String> UNDECODABLE = List.of("%ff%fe", "%zz", "%", "%E5%A4", "%ED%A0%80", "%C0%AF");

    /** JSON values of every other type and shape, and numbers no field takes. */
    public static final List<String> JSON_ONLY = List.of(
            "{}", "[]", "[[\"x\"]]", "{\"a\":{\"b\":\"c\"}}", "1", "-1", "0.5", "true", "false", "null",
            "1e999999", "-1e999999", "1e-999999", "9".repeat(300), "-" + "9".repeat(300), "1" + "0".repeat(300) + ".5",
            "[".repeat(10_000) + "]".repeat(10_000), "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));

    private HostileValues() {
    }

    /** Every hostile value as a percent-encoded URL component. */
    public static List<String> inUrls() {
        List<String> urls = new ArrayList<>();
        for (String text : TEXTS) {
            urls.add(percentEncoded(text));
        }
        urls.addAll(UNDECODABLE);
        return urls;
    }

    /** Every hostile value as JSON text. */
    public static List<String> inJson() {
        List<String> json = new ArrayList<>();
        for (String text : TEXTS) {
            json.add(jsonString(text));
        }
        json.addAll(JSON_ONLY);
        return json;
    }

    /** Percent-encoding of the UTF-8 bytes; a lone surrogate as the three bytes UTF-8 would give it (not valid UTF-8). */
    public static String percentEncoded(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))) {
                out.append(String.format("%%%02X%%%02X%%%02X", 0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)));
                continue;
            }
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                out.append(c);
                continue;
            }
            int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
            for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                out.append(String.format("%%%02X", b & 0xFF));
            }
            i = end - 1;
        }
        return out.toString();
    }

    /** A JSON string literal with everything outside printable ASCII escaped, so that lone surrogates travel as {@code \\uD800}. */
    public static String jsonString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
