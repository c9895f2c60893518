package cn.taizhang.registry.enterprise;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an enterprise list is narrowed to; every part optional. {@code q} matches the name or the start of the code;
 * {@code area} is an area code inside the caller's jurisdiction; the three union ledgers (三库合一) are
 * {@code unionFounded=true}, {@code status=deregistered} and {@code status=lost_contact}.
 */
public record EnterpriseFilter(String q, String area, String zone, String sector, RiskLevel riskLevel, EnterpriseStatus status,
        Boolean unionFounded, Long leader) {

    public static final EnterpriseFilter ALL = new EnterpriseFilter(null, null, null, null, null, null, null, null);

    public EnterpriseFilter {
        q = blankToNull(q);
        area = blankToNull(area);
        zone = blankToNull(zone);
        sector = blankToNull(sector);
    }

    /** The filter as query parameters, for the links of a list page and its export. */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", q);
        put(p, "area", area);
        put(p, "zone", zone);
        put(p, "sector", sector);
        put(p, "riskLevel", riskLevel == null ? null : riskLevel.id());
        put(p, "status", status == null ? null : status.id());
        put(p, "unionFounded", unionFounded == null ? null : unionFounded.toString());
        put(p, "leader", leader == null ? null : leader.toString());
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
