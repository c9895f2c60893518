package cn.taizhang.platform.web;

import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import java.util.List;

/**
 * The characters no input may carry: control characters other than tab, line feed and carriage return
 * (PostgreSQL refuses NUL in text, and the others only ever arrive by accident or attack), lone surrogates
 * (they cannot be encoded as UTF-8) and the noncharacters U+FFFE and U+FFFF.
 */
public final class TextCharacters {

    private TextCharacters() {
    }

    /** True if every character of {@code s} may be stored. */
    public static boolean allowed(String s) {
        return firstForbidden(s) < 0;
    }

    /** The index of the first forbidden character, or -1. */
    static int firstForbidden(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : forbiddenAbove(c, s, i)) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                i++; // its low half was checked by forbiddenAbove
            }
        }
        return -1;
    }

    private static boolean forbiddenAbove(char c, String s, int i) {
        if (c < 0x7f) {
            return false;
        }
        if (c <= 0x9f || c == 0xfffe || c == 0xffff) {
            return true; // DEL, the C1 controls, the two noncharacters
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c);
    }

    /** {@code s} with each forbidden character replaced by U+FFFD, for recording what was refused. */
    public static String replaced(String s) {
        if (s == null || allowed(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                out.append(c).append(s.charAt(++i));
            } else {
                out.append(firstForbidden(String.valueOf(c)) == 0 ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /** The Chinese detail for a field holding a forbidden character. */
    static FieldProblem problem(String field) {
        String name = replaced(field);
        return new FieldProblem(name, "INVALID_CHARACTERS", name + "：含有不允许的字符（控制字符或无效的 Unicode 字符）");
    }

    /** A 400 naming every field that holds a forbidden character. */
    static Problem refused(List<FieldProblem> errors) {
        return new Problem(Problem.Kind.INVALID, "INVALID_CHARACTERS",
                "输入含有不允许的字符：" + String.join("、", errors.stream().map(FieldProblem::field).toList()), errors);
    }
}
