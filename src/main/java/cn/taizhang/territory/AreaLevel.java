package cn.taizhang.territory;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The four levels of the area tree; the level of a code is given by its length. */
public enum AreaLevel {
    COUNTY(6, "县市"),
    TOWN(9, "镇街"),
    VILLAGE(12, "村社区"),
    GRID(15, "网格");

    private final int codeLength;
    private final String label;

    AreaLevel(int codeLength, String label) {
        this.codeLength = codeLength;
        this.label = label;
    }

    /** The identifier used in files, SQL and JSON: county, town, village, grid. */
    @JsonValue
    public String id() {
        return name().toLowerCase();
    }

    public int codeLength() {
        return codeLength;
    }

    /** Chinese name of the level, for messages. */
    public String label() {
        return label;
    }

    public static Optional<AreaLevel> fromId(String id) {
        return Arrays.stream(values()).filter(l -> l.id().equals(id)).findFirst();
    }

    static Optional<AreaLevel> ofLength(int length) {
        return Arrays.stream(values()).filter(l -> l.codeLength == length).findFirst();
    }
}
