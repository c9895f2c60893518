package cn.taizhang.calendar.rules;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a listed day comes from: the State Council's yearly notice ({@code official}) or a local
 * decision, such as 黔东南州's ethnic festivals ({@code local}). A local day wins over an official one
 * on the same date.
 */
public enum DaySource {
    OFFICIAL("official", "国务院节假日安排"),
    LOCAL("local", "本地休息日");

    private final String id;
    private final String label;

    DaySource(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<DaySource> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
