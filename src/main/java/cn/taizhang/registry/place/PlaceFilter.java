package cn.taizhang.registry.place;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a place list is narrowed to; every part optional. {@code q} matches part of the name; {@code area} is an area
 * code (its places and those of the areas inside it); {@code type} a code of the catalogue.
 */
public record PlaceFilter(String q, String area, String type) {

    public static final PlaceFilter ALL = new PlaceFilter(null, null, null);

    public PlaceFilter {
        q = blankToNull(q);
        area = blankToNull(area);
        type = blankToNull(type);
    }

    /** The filter as query parameters, for the links of a list page and its export. */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        if (q != null) {
            p.put("q", q);
        }
        if (area != null) {
            p.put("area", area);
        }
        if (type != null) {
            p.put("type", type);
        }
        return p;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
