package cn.taizhang.inspection.patrol;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a list of rounds is narrowed to; every part optional, checked by {@link PatrolQueries}. */
record PatrolFilter(String area, LocalDate from, LocalDate to, String kind, Long place, Long volunteer) {

    /** The filter as query parameters, for the links of the list page. */
    Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("area", area);
        p.put("from", from);
        p.put("to", to);
        p.put("kind", kind);
        p.put("place", place);
        p.put("volunteer", volunteer);
        return p;
    }
}
