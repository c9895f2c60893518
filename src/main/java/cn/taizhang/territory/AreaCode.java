package cn.taizhang.territory;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * A code of the area tree: county 6 digits (GB/T 2260), town 镇街 9 (segment 001-099 街道, 100-199 镇),
 * village 村社区 12 (segment 001-199 居委会/社区, 200-399 村委会), grid 网格 15 (village + 001-999).
 * Codes are prefix codes, so containment is a prefix test.
 */
public final class AreaCode implements Comparable<AreaCode> {

    private final String value;
    private final AreaLevel level;

    private AreaCode(String value, AreaLevel level) {
        this.value = value;
        this.level = level;
    }

    /** Parses a 6, 9, 12 or 15 digit code; throws {@link IllegalArgumentException} with a Chinese reason. */
    public static AreaCode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("区划代码为空");
        }
        if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("区划代码只能由数字组成：" + text);
        }
        AreaLevel level = AreaLevel.ofLength(text.length()).orElseThrow(() -> new IllegalArgumentException(
                "区划代码应为6位（县市）、9位（镇街）、12位（村社区）或15位（网格）数字，实为" + text.length() + "位：" + text));
        if (text.startsWith("00") || text.startsWith("00", 4)) {
            throw new IllegalArgumentException("县级代码（前6位）不是有效的县级区划代码：" + text.substring(0, 6));
        }
        if (level.compareTo(AreaLevel.TOWN) >= 0) {
            checkSegment(text, 6, 1, 199, "镇街代码段（第7-9位）应在001-099（街道）或100-199（镇）之间");
        }
        if (level.compareTo(AreaLevel.VILLAGE) >= 0) {
            checkSegment(text, 9, 1, 399, "村社区代码段（第10-12位）应在001-199（社区）或200-399（村）之间");
        }
        if (level == AreaLevel.GRID) {
            checkSegment(text, 12, 1, 999, "网格序号（第13-15位）应在001-999之间");
        }
        return new AreaCode(text, level);
    }

    /**
     * Converts a 12-digit statistical code (统计用区划代码), whose unused trailing segments are zeros,
     * to a tree code: 522601000000 → 522601, 522601002000 → 522601002, 522601002002 unchanged.
     */
    public static AreaCode fromStatistical(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("区划代码为空");
        }
        if (text.length() != 12 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("统计用区划代码应为12位数字：" + text);
        }
        boolean noVillage = text.endsWith("000");
        boolean noTown = text.startsWith("000", 6);
        if (noTown && !noVillage) {
            throw new IllegalArgumentException("镇街代码段为000时村社区代码段也应为000：" + text);
        }
        return parse(noTown ? text.substring(0, 6) : noVillage ? text.substring(0, 9) : text);
    }

    private static void checkSegment(String text, int start, int min, int max, String rule) {
        int segment = Integer.parseInt(text.substring(start, start + 3));
        if (segment < min || segment > max) {
            throw new IllegalArgumentException(rule + "，实为" + text.substring(start, start + 3) + "：" + text);
        }
    }

    @JsonValue
    public String value() {
        return value;
    }

    public AreaLevel level() {
        return level;
    }

    /** The enclosing area; a county's parent (the prefecture) is outside the tree. */
    public Optional<AreaCode> parent() {
        return switch (level) {
            case COUNTY -> Optional.empty();
            case TOWN -> Optional.of(new AreaCode(value.substring(0, 6), AreaLevel.COUNTY));
            case VILLAGE -> Optional.of(new AreaCode(value.substring(0, 9), AreaLevel.TOWN));
            case GRID -> Optional.of(new AreaCode(value.substring(0, 12), AreaLevel.VILLAGE));
        };
    }

    /** True if {@code other} is this area or lies inside it. */
    public boolean contains(AreaCode other) {
        return other.value.startsWith(value);
    }

    /** What kind of unit this is, in the words of the code rules: 县市, 街道, 镇, 社区, 村 or 网格. */
    public String kind() {
        return switch (level) {
            case COUNTY -> "县市";
            case TOWN -> segment(6) < 100 ? "街道" : "镇";
            case VILLAGE -> segment(9) < 200 ? "社区" : "村";
            case GRID -> "网格";
        };
    }

    private int segment(int start) {
        return Integer.parseInt(value.substring(start, start + 3));
    }

    @Override
    public int compareTo(AreaCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AreaCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
