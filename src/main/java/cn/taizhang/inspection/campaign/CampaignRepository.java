package cn.taizhang.inspection.campaign;

import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListOrder;
import cn.taizhang.registry.Choice;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Campaign rows and their sectors. A reader sees the campaigns whose area overlaps their jurisdiction: inside it (a
 * 镇街's campaign for the city's staff) or containing it (the city's campaign for a 镇街's staff), never a sibling's.
 * Updates check the version read: a lost race changes nothing.
 */
@Repository
class CampaignRepository {

    static final ListOrder ORDER = ListOrder.of("-from", "c.id", "name", "c.name", "from", "c.starts_on", "to", "c.ends_on", "area",
            "c.area_code", "updatedAt", "c.updated_at");

    private static final String SELECT = """
            SELECT c.*, coalesce((SELECT array_agg(s.sector_code ORDER BY s.position) FROM campaign_sector s WHERE s.campaign_id = c.id),
                                 '{}') AS sectors
            FROM campaign c
            WHERE (c.area_code LIKE :scope OR :prefix LIKE c.area_code || '%')
            """;

    private static final String FILTER = """
              AND (CAST(:q AS text) IS NULL OR strpos(c.name, :q) > 0)
              AND (CAST(:area AS text) IS NULL OR c.area_code LIKE :area || '%' OR :area LIKE c.area_code || '%')
              AND (CAST(:sector AS text) IS NULL
                   OR EXISTS (SELECT 1 FROM campaign_sector s WHERE s.campaign_id = c.id AND s.sector_code = :sector)
                   OR NOT EXISTS (SELECT 1 FROM campaign_sector s WHERE s.campaign_id = c.id)) -- no sector named: every sector
              AND (CAST(:stage AS text) IS NULL OR c.stage = :stage)
              AND (CAST(:activeOn AS date) IS NULL
                   OR (c.starts_on <= CAST(:activeOn AS date) AND c.ends_on >= CAST(:activeOn AS date)) = CAST(:active AS boolean))
            """;

    private final JdbcClient jdbc;

    CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewCampaign c, Long actorId, String actorName) {
        long id = jdbc.sql("""
                INSERT INTO campaign (name, starts_on, ends_on, area_code, stage, lead_department_id, measures, notes,
                                      created_by, created_by_name, updated_by, updated_by_name)
                VALUES (:name, :from, :to, :area, :stage, :lead, CAST(:measures AS text[]), :notes, :actor, :actorName, :actor, :actorName)
                RETURNING id
                """).param("name", c.name()).param("from", c.from()).param("to", c.to()).param("area", c.areaCode())
                .param("stage", c.stage().id()).param("lead", c.leadDepartmentId()).param("measures", c.measures().toArray(String[]::new))
                .param("notes", c.notes()).param("actor", actorId).param("actorName", actorName).query(Long.class).single();
        insertSectors(id, c.sectors());
        return id;
    }

    /** Overwrites the campaign if it still has {@code version}; answers false if someone changed it first. */
    boolean update(long id, int version, NewCampaign c, long actorId, String actorName) {
        boolean updated = jdbc.sql("""
                UPDATE campaign SET name = :name, starts_on = :from, ends_on = :to, area_code = :area, stage = :stage,
                       lead_department_id = :lead, measures = CAST(:measures AS text[]), notes = :notes, version = version + 1,
                       updated_at = now(), updated_by = :actor, updated_by_name = :actorName
                WHERE id = :id AND version = :version
                """).param("name", c.name()).param("from", c.from()).param("to", c.to()).param("area", c.areaCode())
                .param("stage", c.stage().id()).param("lead", c.leadDepartmentId()).param("measures", c.measures().toArray(String[]::new))
                .param("notes", c.notes()).param("actor", actorId).param("actorName", actorName).param("id", id).param("version", version)
                .update() == 1;
        if (updated) {
            jdbc.sql("DELETE FROM campaign_sector WHERE campaign_id = :id").param("id", id).update();
            insertSectors(id, c.sectors());
        }
        return updated;
    }

    private void insertSectors(long id, List<String> sectors) {
        if (!sectors.isEmpty()) {
            jdbc.sql("""
                    INSERT INTO campaign_sector (campaign_id, sector_code, position)
                    SELECT :id, code, position FROM unnest(CAST(:codes AS text[])) WITH ORDINALITY AS t (code, position)
                    """).param("id", id).param("codes", sectors.toArray(String[]::new)).update();
        }
    }

    /** The campaign if its area overlaps the scope. */
    Optional<CampaignRow> find(long id, Scope scope) {
        return scoped(SELECT + " AND c.id = :id", scope).param("id", id).query(CampaignRepository::map).optional();
    }

    List<CampaignRow> list(Scope scope, CampaignFilter filter, String orderBy, int offset, int limit) {
        return filtered(SELECT + FILTER + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset", scope, filter)
                .param("limit", limit).param("offset", offset).query(CampaignRepository::map).list();
    }

    long count(Scope scope, CampaignFilter filter) {
        return filtered("SELECT count(*) FROM campaign c WHERE (c.area_code LIKE :scope OR :prefix LIKE c.area_code || '%')\n" + FILTER,
                scope, filter).query(Long.class).single();
    }

    private JdbcClient.StatementSpec scoped(String sql, Scope scope) {
        return jdbc.sql(sql).param("scope", scope.likePattern()).param("prefix", scope.areaPrefix());
    }

    private JdbcClient.StatementSpec filtered(String sql, Scope scope, CampaignFilter f) {
        return scoped(sql, scope).param("q", f.q()).param("area", f.area()).param("sector", f.sector())
                .param("stage", f.stage() == null ? null : f.stage().id()).param("activeOn", f.activeOn())
                .param("active", f.active() == null ? Boolean.TRUE : f.active());
    }

    static CampaignRow map(ResultSet rs, int n) throws SQLException {
        return new CampaignRow(rs.getLong("id"), rs.getString("name"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("area_code"),
                Choice.parse(CampaignStage.class, rs.getString("stage")).orElseThrow(), texts(rs.getArray("sectors")),
                (Long) rs.getObject("lead_department_id"), texts(rs.getArray("measures")), rs.getString("notes"), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by_name"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by_name"));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }
}
