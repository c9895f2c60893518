package cn.taizhang.registry.enterprise;

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
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Enterprise rows and their sectors. Every read takes the reader's reach: an area prefix and, for department staff, the
 * sectors their department regulates (管行业必须管安全). Updates check the version read: a lost race changes nothing.
 */
@Repository
class EnterpriseRepository {

    static final ListOrder ORDER = ListOrder.of("name", "e.id", "name", "e.name", "uscc", "e.uscc", "area", "e.area_code",
            "employees", "e.employees", "updatedAt", "e.updated_at");

    private static final String SELECT = """
            SELECT e.*, ARRAY(SELECT s.sector_code FROM enterprise_sector s WHERE s.enterprise_id = e.id ORDER BY s.sector_code) AS sectors
            FROM enterprise e
            """;

    private static final String WHERE = """
            WHERE e.area_code LIKE :scope
              AND (CAST(:reachSectors AS text[]) IS NULL
                   OR EXISTS (SELECT 1 FROM enterprise_sector s WHERE s.enterprise_id = e.id AND s.sector_code = ANY (CAST(:reachSectors AS text[]))))
            """;

    private static final String FILTER = """
              AND (CAST(:q AS text) IS NULL OR strpos(e.name, :q) > 0 OR e.uscc LIKE upper(:q) || '%')
              AND (CAST(:area AS text) IS NULL OR e.area_code LIKE :area || '%')
              AND (CAST(:zone AS text) IS NULL OR e.zone_code = :zone)
              AND (CAST(:sector AS text) IS NULL
                   OR EXISTS (SELECT 1 FROM enterprise_sector s WHERE s.enterprise_id = e.id AND s.sector_code = :sector))
              AND (CAST(:risk AS text) IS NULL OR e.risk_level = :risk)
              AND (CAST(:status AS text) IS NULL OR e.status = :status)
              AND (CAST(:unionFounded AS boolean) IS NULL OR e.union_founded = :unionFounded)
              AND (CAST(:leader AS bigint) IS NULL OR e.leader_id = :leader)
            """;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final NamedParameterJdbcTemplate batch;

    EnterpriseRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.batch = new NamedParameterJdbcTemplate(template);
        JdbcTemplate cursor = new JdbcTemplate(template.getDataSource());
        cursor.setFetchSize(1_000); // an export reads the rows a thousand at a time instead of all at once
        this.streaming = JdbcClient.create(cursor);
    }

    /** Inserts the enterprise with its sectors; answers its id, or nothing if its code was taken meanwhile (a race). */
    Optional<Long> insert(NewEnterprise e) {
        Optional<Long> id = jdbc.sql("""
                INSERT INTO enterprise (uscc, name, legal_representative, address, area_code, zone_code, lat, lng, employees, non_public, risk_level,
                                        status, status_since, status_reason, union_founded, union_members, union_engagement, leader_id)
                VALUES (:uscc, :name, :legal, :address, :area, :zone, :lat, :lng, :employees, :nonPublic, :risk, :status, :since, :reason,
                        :unionFounded, :members, :engagement, :leader)
                ON CONFLICT (uscc) DO NOTHING
                RETURNING id
                """).paramSource(params(e)).query(Long.class).optional();
        id.ifPresent(inserted -> insertSectors(inserted, e.sectors()));
        return id;
    }

    /** Inserts many enterprises in two batches (the demo's ledger); answers their ids in order. */
    List<Long> insertAll(List<NewEnterprise> all) {
        List<Long> ids = jdbc.sql("SELECT nextval('enterprise_id_seq') FROM generate_series(1, :n)").param("n", all.size())
                .query(Long.class).list();
        List<MapSqlParameterSource> rows = new ArrayList<>();
        List<MapSqlParameterSource> sectors = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            rows.add(params(all.get(i)).addValue("id", ids.get(i)));
            for (String sector : all.get(i).sectors()) {
                sectors.add(new MapSqlParameterSource("id", ids.get(i)).addValue("sector", sector));
            }
        }
        batch.batchUpdate("""
                INSERT INTO enterprise (id, uscc, name, legal_representative, address, area_code, zone_code, lat, lng, employees, non_public,
                                        risk_level, status, status_since, status_reason, union_founded, union_members, union_engagement, leader_id)
                VALUES (:id, :uscc, :name, :legal, :address, :area, :zone, :lat, :lng, :employees, :nonPublic, :risk, :status, :since, :reason,
                        :unionFounded, :members, :engagement, :leader)
                """, rows.toArray(MapSqlParameterSource[]::new));
        batch.batchUpdate("INSERT INTO enterprise_sector (enterprise_id, sector_code) VALUES (:id, :sector)",
                sectors.toArray(MapSqlParameterSource[]::new));
        return ids;
    }

    /** Overwrites the enterprise if it still has {@code version}; answers false if someone changed it first. */
    boolean update(long id, int version, NewEnterprise e) {
        int updated = jdbc.sql("""
                UPDATE enterprise SET uscc = :uscc, name = :name, legal_representative = :legal, address = :address, area_code = :area,
                       zone_code = :zone, lat = :lat, lng = :lng, employees = :employees, non_public = :nonPublic, risk_level = :risk, status = :status,
                       status_since = :since, status_reason = :reason, union_founded = :unionFounded, union_members = :members,
                       union_engagement = :engagement, leader_id = :leader, version = version + 1, updated_at = now()
                WHERE id = :id AND version = :version
                """).paramSource(params(e).addValue("id", id).addValue("version", version)).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM enterprise_sector WHERE enterprise_id = :id").param("id", id).update();
        insertSectors(id, e.sectors());
        return true;
    }

    private void insertSectors(long id, List<String> sectors) {
        jdbc.sql("INSERT INTO enterprise_sector (enterprise_id, sector_code) SELECT :id, unnest(CAST(:sectors AS text[]))")
                .param("id", id).param("sectors", sectors.toArray(String[]::new)).update();
    }

    /** The enterprise if it is within reach ({@code reachSectors} null: any sector). */
    Optional<EnterpriseRow> find(long id, Scope scope, String[] reachSectors) {
        return jdbc.sql(SELECT + WHERE + " AND e.id = :id").param("scope", scope.likePattern()).param("reachSectors", reachSectors)
                .param("id", id).query(EnterpriseRepository::map).optional();
    }

    /** The enterprise with this code, whoever may see it: a code is unique across the registry. */
    Optional<EnterpriseRow> findByCode(String uscc) {
        return jdbc.sql(SELECT + " WHERE e.uscc = :uscc").param("uscc", uscc).query(EnterpriseRepository::map).optional();
    }

    /** The enterprises with these codes, whoever may see them. */
    List<EnterpriseRow> findByCodes(List<String> codes) {
        return jdbc.sql(SELECT + " WHERE e.uscc = ANY (CAST(:codes AS text[]))").param("codes", codes.toArray(String[]::new))
                .query(EnterpriseRepository::map).list();
    }

    /** The enterprises with these ids (an import's new rows, for their history). */
    List<EnterpriseRow> findByIds(List<Long> ids) {
        return jdbc.sql(SELECT + " WHERE e.id = ANY (CAST(:ids AS bigint[])) ORDER BY e.id").param("ids", ids.toArray(Long[]::new))
                .query(EnterpriseRepository::map).list();
    }

    List<EnterpriseRow> list(Scope scope, String[] reachSectors, EnterpriseFilter filter, String orderBy, int offset, int limit) {
        return filtered(jdbc, SELECT + WHERE + FILTER + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset", scope, reachSectors, filter)
                .param("limit", limit).param("offset", offset).query(EnterpriseRepository::map).list();
    }

    long count(Scope scope, String[] reachSectors, EnterpriseFilter filter) {
        return filtered(jdbc, "SELECT count(*) FROM enterprise e " + WHERE + FILTER, scope, reachSectors, filter).query(Long.class).single();
    }

    /** Every matching row in order, read a thousand at a time; call inside a transaction (a cursor needs one). */
    void each(Scope scope, String[] reachSectors, EnterpriseFilter filter, String orderBy, Consumer<EnterpriseRow> consumer) {
        try (Stream<EnterpriseRow> rows = filtered(streaming, SELECT + WHERE + FILTER + " ORDER BY " + orderBy, scope, reachSectors, filter)
                .query(EnterpriseRepository::map).stream()) {
            rows.forEach(consumer);
        }
    }

    /** The counts inside an area (and zone) of the enterprises registered before {@code before}, within reach; sectors by code. */
    EnterpriseCounts counts(String area, String zone, OffsetDateTime before, Scope scope, String[] reachSectors, Map<String, String> sectorNames) {
        String where = WHERE + """
                  AND e.area_code LIKE :area || '%' AND (CAST(:zone AS text) IS NULL OR e.zone_code = :zone) AND e.created_at < :before
                """;
        var totals = jdbc.sql("""
                SELECT count(*) AS registered, count(*) FILTER (WHERE e.status = 'active') AS active,
                       count(*) FILTER (WHERE e.status = 'deregistered') AS deregistered,
                       count(*) FILTER (WHERE e.status = 'lost_contact') AS lost,
                       count(*) FILTER (WHERE e.status = 'active' AND e.non_public) AS non_public,
                       count(*) FILTER (WHERE e.status = 'active' AND e.union_founded) AS union_founded,
                       coalesce(sum(e.union_members) FILTER (WHERE e.status = 'active' AND e.union_founded), 0) AS members,
                       count(*) FILTER (WHERE e.status = 'active' AND e.non_public AND e.union_founded) AS np_union_founded,
                       coalesce(sum(e.union_members) FILTER (WHERE e.status = 'active' AND e.non_public AND e.union_founded), 0) AS np_members,
                       count(*) FILTER (WHERE e.status = 'active' AND e.risk_level = 'red') AS red,
                       count(*) FILTER (WHERE e.status = 'active' AND e.risk_level = 'orange') AS orange,
                       count(*) FILTER (WHERE e.status = 'active' AND e.risk_level = 'yellow') AS yellow,
                       count(*) FILTER (WHERE e.status = 'active' AND e.risk_level = 'blue') AS blue
                FROM enterprise e
                """ + where);
        List<EnterpriseCounts.SectorCount> sectors = counted(jdbc.sql("""
                SELECT s.sector_code, count(*) AS active FROM enterprise e JOIN enterprise_sector s ON s.enterprise_id = e.id
                """ + where + " AND e.status = 'active' GROUP BY s.sector_code ORDER BY count(*) DESC, s.sector_code"), area, zone, before, scope,
                reachSectors).query((rs, n) -> new EnterpriseCounts.SectorCount(rs.getString(1),
                        sectorNames.getOrDefault(rs.getString(1), rs.getString(1)), rs.getLong(2))).list();
        return counted(totals, area, zone, before, scope, reachSectors).query((rs, n) -> new EnterpriseCounts(rs.getLong("registered"),
                rs.getLong("active"), rs.getLong("deregistered"), rs.getLong("lost"), rs.getLong("non_public"), rs.getLong("union_founded"),
                rs.getLong("members"), rs.getLong("np_union_founded"), rs.getLong("np_members"), rs.getLong("red"), rs.getLong("orange"),
                rs.getLong("yellow"), rs.getLong("blue"), sectors)).single();
    }

    private static JdbcClient.StatementSpec counted(JdbcClient.StatementSpec spec, String area, String zone, OffsetDateTime before, Scope scope,
            String[] reachSectors) {
        return spec.param("scope", scope.likePattern()).param("reachSectors", reachSectors).param("area", area).param("zone", zone)
                .param("before", before);
    }

    private static JdbcClient.StatementSpec filtered(JdbcClient client, String sql, Scope scope, String[] reachSectors, EnterpriseFilter f) {
        return client.sql(sql).param("scope", scope.likePattern()).param("reachSectors", reachSectors)
                .param("q", f.q()).param("area", f.area()).param("zone", f.zone()).param("sector", f.sector())
                .param("risk", f.riskLevel() == null ? null : f.riskLevel().id())
                .param("status", f.status() == null ? null : f.status().id())
                .param("unionFounded", f.unionFounded()).param("leader", f.leader());
    }

    private static MapSqlParameterSource params(NewEnterprise e) {
        return new MapSqlParameterSource()
                .addValue("uscc", e.uscc()).addValue("name", e.name()).addValue("legal", e.legalRepresentative())
                .addValue("address", e.address()).addValue("area", e.gridCode()).addValue("zone", e.zoneCode())
                .addValue("lat", e.lat()).addValue("lng", e.lng()).addValue("employees", e.employees()).addValue("nonPublic", e.nonPublic())
                .addValue("risk", e.riskLevel().id()).addValue("status", e.status().id()).addValue("since", e.statusSince())
                .addValue("reason", e.statusReason()).addValue("unionFounded", e.unionFounded()).addValue("members", e.unionMembers())
                .addValue("engagement", e.unionEngagement() == null ? null : e.unionEngagement().id()).addValue("leader", e.leaderId());
    }

    void coerce(long id, String coercion, LocalDate since) {
        jdbc.sql("UPDATE enterprise SET coercion = :coercion, coercion_since = :since, version = version + 1, updated_at = now() WHERE id = :id")
                .param("coercion", coercion).param("since", since).param("id", id).update();
    }

    static EnterpriseRow map(ResultSet rs, int n) throws SQLException {
        Array sectors = rs.getArray("sectors");
        return new EnterpriseRow(rs.getLong("id"), rs.getString("uscc"), rs.getString("name"), rs.getString("legal_representative"),
                rs.getString("address"), rs.getString("area_code"), rs.getString("zone_code"), (Double) rs.getObject("lat"),
                (Double) rs.getObject("lng"), (Integer) rs.getObject("employees"), rs.getBoolean("non_public"),
                Choice.parse(RiskLevel.class, rs.getString("risk_level")).orElseThrow(),
                Choice.parse(EnterpriseStatus.class, rs.getString("status")).orElseThrow(), rs.getObject("status_since", LocalDate.class),
                rs.getString("status_reason"), rs.getBoolean("union_founded"), (Integer) rs.getObject("union_members"),
                Choice.parse(UnionEngagement.class, rs.getString("union_engagement")).orElse(null), (Long) rs.getObject("leader_id"),
                Arrays.asList((String[]) sectors.getArray()), rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), Choice.parse(Coercion.class, rs.getString("coercion")).orElse(null),
                rs.getObject("coercion_since", LocalDate.class));
    }
}
