package cn.taizhang.inspection.patrol;

import java.time.LocalDate;
import java.util.List;

/**
 * A past round for the bulk {@link Patrols#storeAll} (the demo's year), without findings; the caller vouches for every
 * field: the kind known, the places in the grid, the volunteers serving it.
 */
public record BulkPatrol(LocalDate date, String kind, String gridCode, long recordedBy, List<Long> staffIds, List<Long> volunteerIds,
        List<PlacePassed> places, String route, String seen) {

    /** A place passed, with its name then. */
    public record PlacePassed(long id, String name) {
    }
}
