package cn.taizhang.inspection.patrol;

import java.time.LocalDate;
import java.util.List;

/** A round as the API answers it: who went (staff and volunteers), where, what was seen, and the cases of its findings. */
public record Patrol(long id, LocalDate date, String kind, String kindName, String gridCode, String gridName, List<Named> staff,
        List<Named> volunteers, List<Named> places, String route, String seen, List<Finding> findings, Named recordedBy) {

    public record Named(long id, String name) {
    }

    /** A finding and the case that runs its closed loop. */
    public record Finding(String description, Long placeId, long caseId) {
    }

    /** 人次: the staff and volunteers of this round. */
    public int personTimes() {
        return staff.size() + volunteers.size();
    }
}
