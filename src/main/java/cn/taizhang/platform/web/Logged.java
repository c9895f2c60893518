package cn.taizhang.platform.web;

/**
 * Input quoted in a log line: storable characters only, no line breaks (one refusal, one line), and short, as a
 * hostile path may be 100,000 characters.
 */
final class Logged {

    private static final int MAX = 300;

    private Logged() {
    }

    static String text(String s) {
        if (s == null) {
            return null;
        }
        String shown = s.length() > MAX ? s.substring(0, MAX) + "…(" + s.length() + " characters)" : s;
        return TextCharacters.replaced(shown).replace("\r", "\\r").replace("\n", "\\n");
    }
}
