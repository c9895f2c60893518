package cn.taizhang.registry.person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

    /** The filter in words, for the audit trail: "类别：吸毒人员；管控状态：在管"; an ID number lookup only as such, never its number. */
    public String describe(Function<String, String> categoryName) {
        List<String> parts = new ArrayList<>();
        if (q != null) {
            parts.add("姓名含“" + q + "”");
        }
        if (area != null) {
            parts.add("区域：" + area);
        }
        if (category != null) {
            parts.add("类别：" + categoryName.apply(category));
        }
        if (keyPerson != null) {
            parts.add(keyPerson ? "重点人员" : "非重点人员");
        }
        if (followUp != null) {
            parts.add("管控状态：" + followUp.label());
        }
        if (idNumberHash != null) {
            parts.add("按身份证号码查找");
        }
        return parts.isEmpty() ? "全部" : String.join("；", parts);
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
