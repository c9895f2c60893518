package cn.taizhang.platform.web;

import cn.taizhang.platform.FieldProblem;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Percent-decoding that refuses what a lenient decoder would guess at: a malformed escape ({@code %zz}, a
 * trailing {@code %}) or bytes that are not UTF-8 ({@code %ff%fe}). Tomcat drops such query parameters
 * silently and the application then fails in odd places, so they are refused up front.
 */
final class StrictDecoding {

    private StrictDecoding() {
    }

    /** The decoded text, or null if it is not decodable. {@code plusIsSpace} for query strings. */
    static String decode(String raw, boolean plusIsSpace) {
        if (raw == null) {
            return null;
        }
        if (raw.indexOf('%') < 0 && !(plusIsSpace && raw.indexOf('+') >= 0)) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static boolean decodable(String query) {
        return query == null || decode(query, true) != null;
    }

    /** Adds a problem for each query parameter whose name or value is undecodable or holds a forbidden character. */
    static void query(String query, List<FieldProblem> problems) {
        if (query == null || query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
            String field = name == null ? "query" : TextCharacters.replaced(name);
            if (name == null || value == null) {
                problems.add(problem(field));
            } else if (!TextCharacters.allowed(name) || !TextCharacters.allowed(value)) {
                problems.add(TextCharacters.problem(field));
            }
        }
    }

    static FieldProblem problem(String field) {
        return new FieldProblem(field, "UNDECODABLE", field + "：编码无效（须为 UTF-8 的百分号编码）");
    }
}
