package cn.taizhang.inspection.campaign;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a campaign list is narrowed to; every part optional. {@code q} matches part of the name; {@code area} an area
 * code: the campaigns that concern it (of the area, inside it or around it: a city-wide campaign concerns every 镇街);
 * {@code sector} a sector it covers (it names it, or names none: every sector); {@code activeOn} a day within its period (null: any).
 */
public record CampaignFilter(String q, String area, String sector, CampaignStage stage, Boolean active, LocalDate activeOn) {

    public static CampaignFilter all() {
        return new CampaignFilter(null, null, null, null, null, null);
    }

    public CampaignFilter {
        q = blankToNull(q);
        area = blankToNull(area);
        sector = blankToNull(sector);
    }

    /** The filter as query parameters, for the links of a list page and its export. */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", q);
        put(p, "area", area);
        put(p, "sector", sector);
        put(p, "stage", stage == null ? null : stage.id());
        put(p, "active", active == null ? null : active.toString());
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
