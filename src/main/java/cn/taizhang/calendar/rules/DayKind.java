package cn.taizhang.calendar.rules;

import java.util.Arrays;
import java.util.Optional;

/** What a listed day is: a day off ({@code off}) or a weekend day that is worked ({@code work}, 调休上班). */
public enum DayKind {
    OFF("off", "休息"),
    WORK("work", "上班");

    private final String id;
    private final String label;

    DayKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The value in files, the database and the API. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<DayKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
