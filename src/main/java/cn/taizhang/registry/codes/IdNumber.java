package cn.taizhang.registry.codes;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * 居民身份证号码 (GB 11643-1999): 6 digits of the division where it was issued, the birth date {@code yyyyMMdd}, a
 * 3-digit sequence and a check character (ISO 7064 MOD 11-2: weights 2^(17−i) mod 11, {@code X} for 10). Refused: a
 * wrong length or character, a province prefix that is not one, a birth date that does not exist or lies after
 * {@code today}, a wrong check character (naming the one expected). A county prefix not among the counties in force
 * ({@link Counties}) is only a warning: people were born in counties that have since been abolished or renamed. Plain Java.
 */
public final class IdNumber {

    static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    /** The provinces of GB/T 2260 (and 71 台湾, 81 香港, 82 澳门, 83 for their residents' permits). */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35",
            "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82",
            "83");

    private IdNumber() {
    }

    public static CodeCheck check(String text, LocalDate today) {
        String id = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (id.length() != LENGTH) {
            return CodeCheck.refused(id, "LENGTH", "身份证号码应为 18 位，实为 " + id.length() + " 位");
        }
        if (!id.substring(0, 17).chars().allMatch(c -> c >= '0' && c <= '9') || CHECK.indexOf(id.charAt(17)) < 0) {
            return CodeCheck.refused(id, "CHARACTER", "身份证号码前 17 位应为数字，第 18 位为数字或 X");
        }
        if (!PROVINCES.contains(id.substring(0, 2))) {
            return CodeCheck.refused(id, "DIVISION", "身份证号码前两位“" + id.substring(0, 2) + "”不是省级行政区划代码");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return CodeCheck.refused(id, "BIRTH_DATE", "身份证号码中的出生日期 " + id.substring(6, 14) + " 不存在");
        }
        if (birth.isAfter(today) || birth.getYear() < 1880) {
            return CodeCheck.refused(id, "BIRTH_DATE", "身份证号码中的出生日期 " + birth + " 不可能");
        }
        char expected = checkCharacter(id);
        if (id.charAt(17) != expected) {
            return CodeCheck.refused(id, "CHECK_CHARACTER", "身份证号码校验位错误：第 18 位应为“" + expected + "”，实为“" + id.charAt(17) + "”，请核对");
        }
        return CodeCheck.valid(id, Counties.known(id.substring(0, 6)) ? List.of()
                : List.of("身份证号码前 6 位 " + id.substring(0, 6) + " 不在现行县级行政区划代码（GB/T 2260）中：可能是已撤销或更名的县，请核对"));
    }

    /** The number of a division, a birth date and a 3-digit sequence, with its check character (fictitious numbers: the demo's). */
    public static String of(String division, LocalDate birth, int sequence) {
        String first17 = division + String.format(Locale.ROOT, "%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
                sequence);
        return first17 + checkCharacter(first17);
    }

    static char checkCharacter(String id) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
