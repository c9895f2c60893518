package cn.taizhang.organisation;

import java.util.LinkedHashMap;
import java.util.Map;

/** Optional narrowing of the staff list; null fields do not narrow. */
public record StaffFilter(String q, Role role, String area, Long departmentId) {

    public static StaffFilter none() {
        return new StaffFilter(null, null, null, null);
    }

    /** The search as the list pages' query parameters (q, role, area), for their links. */
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("q", q);
        p.put("role", role);
        p.put("area", area);
        return p;
    }
}
