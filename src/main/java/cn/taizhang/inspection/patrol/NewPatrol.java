package cn.taizhang.inspection.patrol;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A round as read from the API, its shape checked, nothing looked up yet. */
record NewPatrol(UUID clientId, LocalDate date, String kind, String gridCode, List<Long> staffIds, List<Long> volunteerIds, List<Long> placeIds,
        String route, String seen, List<Finding> findings) {

    /** A finding: a case of {@code type} (default {@link #DEFAULT_TYPE}), about the place when it names one. */
    record Finding(String description, Long placeId, String type, String sector, String severity) {
    }

    /** 市容环境卫生: the 镇街 office handles it, as most of what a round sees in a grid. */
    static final String DEFAULT_TYPE = "city_sanitation";

    int people() {
        return staffIds.size() + volunteerIds.size();
    }
}
