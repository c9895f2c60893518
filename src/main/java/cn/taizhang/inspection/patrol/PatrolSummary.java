package cn.taizhang.inspection.patrol;

import java.time.LocalDate;

/** A round as lists show it: its people, places and findings counted, the places' names joined. */
public record PatrolSummary(long id, LocalDate date, String kind, String kindName, String gridCode, String gridName, int personTimes,
        String places, int findings, String seen) {
}
