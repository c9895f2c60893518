package cn.taizhang.inspection.lists;

import cn.taizhang.cases.CaseDigests;
import cn.taizhang.cases.CaseDigests.CaseDigest;
import cn.taizhang.inspection.campaign.Campaigns;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Sector;
import cn.taizhang.platform.FieldProblem;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListResponse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The 问题隐患清单: the hazards of the visits inside the caller's jurisdiction (and the area asked for), each with its case
 * as it stands now. The visits are read here; the cases only through {@link CaseDigests}, which also hides the cases a
 * department's staff may not see (another unit's): those hazards are not on their list. The state and department
 * filters apply to the cases, so the whole selection is read before a page is cut from it (an area's few thousand
 * hazards, as the seeds count them).
 */
@Service
public class HazardList {

    private record Found(long caseId, String itemCode, String description, boolean major, LocalDate day, Long enterpriseId, Long placeId,
            String subjectName, String areaCode, String sector, String group, Long campaignId, String campaignName) {
    }

    private static final String SELECT = """
            SELECT h.case_id, h.item_code, h.description, h.major, v.day, v.enterprise_id, v.place_id, v.subject_name, v.area_code,
                   v.sector_code, i.group_name, i.campaign_id, cp.name AS campaign_name
            FROM inspection_hazard h
            JOIN inspection_visit v ON v.id = h.visit_id
            JOIN inspection i ON i.id = v.inspection_id
            LEFT JOIN campaign cp ON cp.id = i.campaign_id
            WHERE v.area_code LIKE :scope
              AND (CAST(:area AS text) IS NULL OR v.area_code LIKE :area || '%')
              AND (CAST(:enterprise AS bigint) IS NULL OR v.enterprise_id = :enterprise)
              AND (CAST(:campaign AS bigint) IS NULL OR i.campaign_id = :campaign)
              AND (CAST(:from AS date) IS NULL OR v.day >= CAST(:from AS date))
              AND (CAST(:until AS date) IS NULL OR v.day < CAST(:until AS date))
              AND (CAST(:major AS boolean) IS NULL OR h.major = :major)
            ORDER BY v.day DESC, h.case_id DESC
            """;

    private final JdbcClient jdbc;
    private final CaseDigests digests;
    private final Campaigns campaigns;
    private final Organisation organisation;

    HazardList(JdbcClient jdbc, CaseDigests digests, Campaigns campaigns, Organisation organisation) {
        this.jdbc = jdbc;
        this.digests = digests;
        this.campaigns = campaigns;
        this.organisation = organisation;
    }

    /** One page of the list, newest visit first. */
    public ListResponse<HazardEntry> page(HazardQuery.Filter filter, Scope scope, int page, int size) {
        List<HazardEntry> all = entries(filter, scope);
        return new ListResponse<>(all.stream().skip((long) page * size).limit(size).toList(), all.size());
    }

    /** The counts of what the filters select, whatever state they ask for: the figures above a list of open hazards still say how many were rectified. */
    public HazardFigures figures(HazardQuery.Filter filter, Scope scope) {
        return HazardFigures.of(entries(new HazardQuery.Filter(filter.area(), filter.department(), filter.enterprise(), filter.campaign(),
                filter.from(), filter.until(), "all", filter.major()), scope));
    }

    /** Every line the filters select, newest visit first. */
    public List<HazardEntry> entries(HazardQuery.Filter filter, Scope scope) {
        if (filter.campaign() != null && campaigns.find(scope, filter.campaign()).isEmpty()) {
            throw Problem.invalid(List.of(new FieldProblem("campaign", "UNKNOWN_CAMPAIGN",
                    "campaign：专项整治 " + filter.campaign() + " 不存在或不在您的辖区内")));
        }
        List<Found> found = jdbc.sql(SELECT).param("scope", scope.likePattern()).param("area", filter.area())
                .param("enterprise", filter.enterprise()).param("campaign", filter.campaign()).param("from", filter.from())
                .param("until", filter.until()).param("major", filter.major()).query(HazardList::map).list();
        Map<Long, CaseDigest> cases = digests.of(found.stream().map(Found::caseId).toList(), scope).stream()
                .collect(Collectors.toMap(CaseDigest::id, Function.identity()));
        Map<String, String> sectors = organisation.sectors().stream().collect(Collectors.toMap(Sector::code, Sector::name, (a, b) -> a));
        return found.stream().filter(f -> cases.containsKey(f.caseId())).map(f -> entry(f, cases.get(f.caseId()), sectors))
                .filter(e -> filter.department() == null || Objects.equals(filter.department(), e.unitId()))
                .filter(e -> "all".equals(filter.state()) || e.rectified() == "rectified".equals(filter.state())).toList();
    }

    private static HazardEntry entry(Found f, CaseDigest c, Map<String, String> sectors) {
        boolean enterprise = f.enterpriseId() != null;
        return new HazardEntry(f.caseId(), c.number(), "/cases/" + f.caseId(), f.day(), f.group(), f.campaignId(), f.campaignName(),
                enterprise ? "enterprise" : "place", enterprise ? f.enterpriseId() : f.placeId(), f.subjectName(), f.areaCode(), f.sector(),
                sectors.getOrDefault(f.sector(), f.sector()), f.itemCode(), f.description(), f.major(), c.state(), c.stateName(), c.closed(),
                c.unitId(), c.unitName(), c.deadline(), c.overdue(), c.closedAt(), c.evidenceCount(), c.lastNote());
    }

    private static Found map(ResultSet rs, int n) throws SQLException {
        return new Found(rs.getLong("case_id"), rs.getString("item_code"), rs.getString("description"), rs.getBoolean("major"),
                rs.getObject("day", LocalDate.class), (Long) rs.getObject("enterprise_id"), (Long) rs.getObject("place_id"),
                rs.getString("subject_name"), rs.getString("area_code"), rs.getString("sector_code"), rs.getString("group_name"),
                (Long) rs.getObject("campaign_id"), rs.getString("campaign_name"));
    }
}
