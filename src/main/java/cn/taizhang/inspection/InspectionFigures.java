package cn.taizhang.inspection;

import cn.taizhang.cases.ClosedCases;
import cn.taizhang.platform.Scope;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts outings, inspector-times, visits and hazards for the visits inside an area (and the caller's scope) on the days
 * [from, until), optionally of one campaign and one sector — in all, or broken down by child area, sector or month.
 * Whether a hazard is rectified is its case's state now. An outing that visited two child areas counts once in each and
 * once in their total.
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

    private record Row(String key, long groups, long visits, long inspectors) {
    }

    private record Hazard(String key, long caseId, boolean major) {
    }

    private static final String VISITS = """
            SELECT v.id, v.inspection_id, %s AS key FROM inspection_visit v JOIN inspection i ON i.id = v.inspection_id
            WHERE v.area_code LIKE :area AND v.area_code LIKE :scope AND v.day >= :from AND v.day < :until
              AND (CAST(:campaign AS bigint) IS NULL OR i.campaign_id = :campaign)
              AND (CAST(:sector AS text) IS NULL OR v.sector_code = :sector)
            """;

    private final JdbcClient jdbc;
    private final ClosedCases closed;

    InspectionFigures(JdbcClient jdbc, ClosedCases closed) {
        this.jdbc = jdbc;
        this.closed = closed;
    }

    public InspectionCounts count(Selection s, Scope scope) {
        return grouped(s, scope, "''").getOrDefault("", InspectionCounts.of(0, 0, 0, 0, 0, 0, 0));
    }

    /** The figures of each key that has a visit, in key order. */
    public Map<String, InspectionCounts> breakdown(Selection s, Scope scope, By by) {
        return grouped(s, scope, by.key);
    }

    private Map<String, InspectionCounts> grouped(Selection s, Scope scope, String key) {
        String visits = "WITH v AS (SELECT * FROM (" + VISITS.formatted(key) + ") x WHERE x.key IS NOT NULL) "; // no unit: no line
        Map<String, Object> params = params(s, scope);
        // per key: its outings (组次), their visits (家次) and their inspectors (人次), in one pass over the visits
        List<Row> rows = jdbc.sql(visits + """
                , o AS (SELECT key, inspection_id, count(*) AS visits FROM v GROUP BY key, inspection_id)
                SELECT o.key, count(*) AS groups, sum(o.visits) AS visits,
                       sum((SELECT count(*) FROM inspection_inspector p WHERE p.inspection_id = o.inspection_id)) AS inspectors
                FROM o GROUP BY o.key
                """).params(params).query(Row.class).list();
        List<Hazard> hazards = jdbc.sql(visits + "SELECT v.key, h.case_id, h.major FROM inspection_hazard h JOIN v ON v.id = h.visit_id")
                .params(params).query(Hazard.class).list();
        Set<Long> rectified = closed.among(hazards.stream().map(Hazard::caseId).distinct().toList());
        Map<String, List<Hazard>> byKey = hazards.stream().collect(Collectors.groupingBy(Hazard::key));
        Map<String, InspectionCounts> counts = new TreeMap<>();
        for (Row r : rows) {
            List<Hazard> mine = byKey.getOrDefault(r.key(), List.of());
            counts.put(r.key(), InspectionCounts.of(r.groups(), r.inspectors(), r.visits(), mine.size(),
                    mine.stream().filter(h -> rectified.contains(h.caseId())).count(), mine.stream().filter(Hazard::major).count(),
                    mine.stream().filter(h -> h.major() && rectified.contains(h.caseId())).count()));
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
