package cn.taizhang.platform.excel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;

/**
 * A cell of an upload as the text an importer checks: trimmed; a number as Excel shows it in a General cell but never
 * in scientific notation for up to 20 digits (120, not 120.0; 915201234567891000, not 9.15201E+17); a date-formatted
 * number as {@code yyyy-MM-dd} ({@code yyyy-MM-dd HH:mm[:ss]} with a time of day, {@code HH:mm[:ss]} for a time alone); a yes/no cell as 是/否; an error
 * value as shown (#N/A); a formula as its cached value, never evaluated ("" when the file has none).
 */
final class CellText {

    /** Excel keeps 15 significant digits. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** What a number format shows besides its codes: quoted text, escaped characters, [colours], [$locales], padding. */
    private static final Pattern NOT_CODES = Pattern.compile("\"[^\"]*\"|\\\\.|\\[[^]]*]|_.|\\*.");
    private static final Pattern DATE_CODES = Pattern.compile("[yYmMdDhHsS]");
    /** The day 9999-12-31, the last Excel knows. */
    private static final double LAST_DAY = 2_958_465;

    private final Map<String, Boolean> dateFormats = new HashMap<>();

    String of(Cell cell) {
        if (cell == null || cell.getValue() == null) {
            return "";
        }
        Object value = cell.getValue();
        if (value instanceof BigDecimal n) {
            return isDate(cell, n) ? date(cell, n) : number(n);
        }
        if (value instanceof Boolean b) {
            return b ? "是" : "否";
        }
        return trim(value.toString());
    }

    static String number(BigDecimal n) {
        BigDecimal shown = n.round(EXCEL_DIGITS).stripTrailingZeros();
        if (shown.signum() == 0) {
            return "0";
        }
        int integerDigits = shown.precision() - shown.scale();
        return integerDigits > 20 || shown.scale() > 20 ? shown.toString() : shown.toPlainString();
    }

    private boolean isDate(Cell cell, BigDecimal n) {
        if (n.signum() < 0 || n.doubleValue() >= LAST_DAY + 1) {
            return false;
        }
        Integer id = cell.getDataFormatId();
        if (id != null && (id >= 14 && id <= 22 || id >= 27 && id <= 36 || id >= 45 && id <= 47 || id >= 50 && id <= 58)) {
            return true; // the built-in date and time formats, the Chinese ones (27-36, 50-58) included
        }
        String format = cell.getDataFormatString();
        // a workbook has at most XmlCheck.MAX_LISTED formats
        return format != null && dateFormats.computeIfAbsent(format, f -> DATE_CODES.matcher(NOT_CODES.matcher(f).replaceAll("")).find());
    }

    private static String date(Cell cell, BigDecimal n) {
        LocalDateTime t = cell.asDate();
        if (t.toLocalTime().toSecondOfDay() == 0) {
            return t.format(DAY);
        }
        String shown = t.format(t.getSecond() == 0 ? MINUTE : SECOND);
        return n.compareTo(BigDecimal.ONE) < 0 ? shown.substring("yyyy-MM-dd ".length()) : shown; // a time of day alone
    }

    /** Strips spaces of every kind (full-width, no-break, zero-width) from both ends. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && blank(s.charAt(start))) {
            start++;
        }
        while (end > start && blank(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
