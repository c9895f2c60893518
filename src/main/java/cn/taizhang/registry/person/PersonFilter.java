package cn.taizhang.registry.person;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a person list is narrowed to; every part optional. {@code q} matches names (only those the reader may see in
 * full); {@code area} is an area code inside the reader's jurisdiction; {@code idNumberHash} is the lookup hash of an
 * exact ID number — the plain number never reaches SQL.
 */
public record PersonFilter(String q, String area, String category, Boolean keyPerson, FollowUp followUp, String idNumberHash) {

    public static final PersonFilter ALL = new PersonFilter(null, null, null, null, null, null);

    public PersonFilter {
        q = blankToNull(q);
        area = blankToNull(area);
        category = blankToNull(category);
    }

    /** The filter as query parameters, for the links of a list page and its export; an ID number lookup is not repeated in links. */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", q);
        put(p, "area", area);
        put(p, "category", category);
        put(p, "keyPerson", keyPerson == null ? null : keyPerson.toString());
        put(p, "followUp", followUp == null ? null : followUp.id());
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
