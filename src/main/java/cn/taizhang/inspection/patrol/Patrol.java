package cn.taizhang.inspection.patrol;

import java.time.LocalDate;
import java.util.List;

/**
 * A round as the API answers it: who went (staff and volunteers), where, what was seen, the cases of its findings, and
 * its person-times (人次: the staff and volunteers on it).
 */
public record Patrol(long id, LocalDate date, String kind, String kindName, String gridCode, String gridName, List<Named> staff,
        List<Named> volunteers, List<Named> places, String route, String seen, List<Finding> findings, Named recordedBy, int personTimes) {

    public record Named(long id, String name) {
    }

    /** A finding and the case that runs its closed loop. */
    public record Finding(String description, Long placeId, long caseId) {
    }
}
