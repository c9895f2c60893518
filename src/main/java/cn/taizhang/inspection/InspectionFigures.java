package cn.taizhang.inspection;

import cn.taizhang.platform.Scope;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts outings, inspector-times, visits and hazards for the visits inside an area (and the caller's scope) on the days
 * [from, until), optionally of one campaign and one sector — in all, or broken down by child area, sector or month.
 * Whether a hazard is rectified is its case's state now, kept beside the hazard ({@link HazardRectification}). An outing
 * that visited two child areas counts once in each and once in their total.
 */
@Service
public class InspectionFigures {

    /** Which visits to count; null campaign or sector does not narrow. */
    public record Selection(String area, LocalDate from, LocalDate until, Long campaignId, String sector) {
    }

    /**
     * How to break the figures down: by the visited area's code cut to a length, by sector, by month (yyyy-MM), by the
     * unit of the inspector who recorded the outing (its id).
     */
    public enum By {
        SECTOR("v.sector_code"), MONTH("to_char(v.day, 'YYYY-MM')"), TOWN("substr(v.area_code, 1, 9)"), VILLAGE("substr(v.area_code, 1, 12)"),
        GRID("v.area_code"), DEPARTMENT("CAST(i.department_id AS text)");

        private final String key;

        By(String key) {
            this.key = key;
        }

        /** The children of an area of this code's length: 镇街 of the city, 村社区 of a 镇街, grids of a 村社区. */
        public static By childrenOf(String areaCode) {
            return areaCode.length() <= 6 ? TOWN : areaCode.length() <= 9 ? VILLAGE : GRID;
        }
    }

    private record Row(String key, long groups, long visits, long inspectors, long hazards, long rectified, long major,
            long majorRectified) {
    }

    private static final String VISITS = """
            SELECT v.id, v.inspection_id, %s AS key FROM inspection_visit v JOIN inspection i ON i.id = v.inspection_id
            WHERE v.area_code LIKE :area AND v.area_code LIKE :scope AND v.day >= :from AND v.day < :until
              AND (CAST(:campaign AS bigint) IS NULL OR i.campaign_id = :campaign)
              AND (CAST(:sector AS text) IS NULL OR v.sector_code = :sector)
            """;

    private final JdbcClient jdbc;

    InspectionFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public InspectionCounts count(Selection s, Scope scope) {
        return grouped(s, scope, "''").getOrDefault("", InspectionCounts.of(0, 0, 0, 0, 0, 0, 0));
    }

    /** The figures of each key that has a visit, in key order. */
    public Map<String, InspectionCounts> breakdown(Selection s, Scope scope, By by) {
        return grouped(s, scope, by.key);
    }

    /** One statement: per key its outings (组次), visits (家次), inspector-times (人次) and hazards, rectified or not. */
    private Map<String, InspectionCounts> grouped(Selection s, Scope scope, String key) {
        String sql = "WITH v AS (SELECT * FROM (" + VISITS.formatted(key) + ") x WHERE x.key IS NOT NULL) " // no unit: no line
                + """
                , o AS (SELECT key, inspection_id, count(*) AS visits FROM v GROUP BY key, inspection_id)
                , outings AS (
                    SELECT o.key, count(*) AS groups, sum(o.visits) AS visits,
                           sum((SELECT count(*) FROM inspection_inspector p WHERE p.inspection_id = o.inspection_id)) AS inspectors
                    FROM o GROUP BY o.key)
                , hazards AS (
                    SELECT v.key, count(*) AS hazards, count(*) FILTER (WHERE h.rectified) AS rectified, count(*) FILTER (WHERE h.major) AS major,
                           count(*) FILTER (WHERE h.major AND h.rectified) AS major_rectified
                    FROM inspection_hazard h JOIN v ON v.id = h.visit_id GROUP BY v.key)
                SELECT outings.key, groups, visits, inspectors, coalesce(hazards, 0) AS hazards, coalesce(rectified, 0) AS rectified,
                       coalesce(major, 0) AS major, coalesce(major_rectified, 0) AS major_rectified
                FROM outings LEFT JOIN hazards ON hazards.key = outings.key
                """;
        Map<String, InspectionCounts> counts = new TreeMap<>(); // key order, whatever the database's collation
        for (Row r : jdbc.sql(sql).params(params(s, scope)).query(Row.class).list()) {
            counts.put(r.key(), InspectionCounts.of(r.groups(), r.inspectors(), r.visits(), r.hazards(), r.rectified(), r.major(), r.majorRectified()));
        }
        return new LinkedHashMap<>(counts);
    }

    private static Map<String, Object> params(Selection s, Scope scope) {
        Map<String, Object> p = new HashMap<>();
        p.put("area", s.area() + "%");
        p.put("scope", scope.likePattern());
        p.put("from", s.from());
        p.put("until", s.until());
        p.put("campaign", s.campaignId());
        p.put("sector", s.sector());
        return p;
    }
}
