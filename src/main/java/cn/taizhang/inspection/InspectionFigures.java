package cn.taizhang.inspection;

import cn.taizhang.cases.ClosedCases;
import cn.taizhang.platform.Scope;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts outings, inspector-times, visits and hazards for the visits inside an area (and the caller's scope) on the days
 * [from, until), optionally of one campaign and one sector; whether a hazard is rectified is its case's state now.
 */
@Service
public class InspectionFigures {

    /** Which visits to count; null campaign or sector does not narrow. */
    public record Selection(String area, LocalDate from, LocalDate until, Long campaignId, String sector) {
    }

    private record Hazard(long caseId, boolean major) {
    }

    private final JdbcClient jdbc;
    private final ClosedCases closed;

    InspectionFigures(JdbcClient jdbc, ClosedCases closed) {
        this.jdbc = jdbc;
        this.closed = closed;
    }

    public InspectionCounts count(Selection s, Scope scope) {
        String visits = """
                SELECT v.id, v.inspection_id FROM inspection_visit v JOIN inspection i ON i.id = v.inspection_id
                WHERE v.area_code LIKE :area AND v.area_code LIKE :scope AND v.day >= :from AND v.day < :until
                  AND (CAST(:campaign AS bigint) IS NULL OR i.campaign_id = :campaign)
                  AND (CAST(:sector AS text) IS NULL OR v.sector_code = :sector)
                """;
        long[] outings = jdbc.sql("WITH v AS (" + visits + """
                )
                SELECT (SELECT count(DISTINCT inspection_id) FROM v),
                       (SELECT count(*) FROM inspection_inspector p WHERE p.inspection_id IN (SELECT inspection_id FROM v)),
                       (SELECT count(*) FROM v)
                """).params(params(s, scope)).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        List<Hazard> hazards = jdbc.sql("WITH v AS (" + visits + ") SELECT h.case_id, h.major FROM inspection_hazard h JOIN v ON v.id = h.visit_id")
                .params(params(s, scope)).query(Hazard.class).list();
        Set<Long> rectified = closed.among(hazards.stream().map(Hazard::caseId).toList());
        long major = hazards.stream().filter(Hazard::major).count();
        long majorRectified = hazards.stream().filter(h -> h.major() && rectified.contains(h.caseId())).count();
        return InspectionCounts.of(outings[0], outings[1], outings[2], hazards.size(), rectified.size(), major, majorRectified);
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
