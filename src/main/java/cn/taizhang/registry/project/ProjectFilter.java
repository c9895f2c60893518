package cn.taizhang.registry.project;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a project list or roll-up is narrowed to; every part optional. {@code q} matches part of the name; {@code area}
 * is an area code (its projects and those of the areas inside it); {@code kind} a code of the catalogue.
 */
public record ProjectFilter(String q, String area, String kind, Integer year, ProjectStatus status) {

    public static final ProjectFilter ALL = new ProjectFilter(null, null, null, null, null);

    public ProjectFilter {
        q = blankToNull(q);
        area = blankToNull(area);
        kind = blankToNull(kind);
    }

    /** The filter as query parameters, for the links of a list page and its export. */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", q);
        put(p, "area", area);
        put(p, "kind", kind);
        put(p, "year", year == null ? null : year.toString());
        put(p, "status", status == null ? null : status.id());
        return p;
    }

    private static void put(Map<String, String> p, String key, String value) {
        if (value != null) {
            p.put(key, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
