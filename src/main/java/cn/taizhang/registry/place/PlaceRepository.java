package cn.taizhang.registry.place;

import cn.taizhang.platform.Scope;
import cn.taizhang.platform.web.ListOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Place rows. Every read takes the reader's jurisdiction as an area prefix (places have no sectors: department staff see
 * every place of their jurisdiction). Updates check the version read: a lost race changes nothing.
 */
@Repository
class PlaceRepository {

    static final ListOrder ORDER = ListOrder.of("name", "p.id", "name", "p.name", "type", "t.position", "area", "p.area_code",
            "updatedAt", "p.updated_at");

    private static final String SELECT = "SELECT p.* FROM place p JOIN place_type t ON t.code = p.type_code\n";

    private static final String WHERE = "WHERE p.area_code LIKE :scope\n";

    private static final String FILTER = """
              AND (CAST(:q AS text) IS NULL OR strpos(p.name, :q) > 0)
              AND (CAST(:area AS text) IS NULL OR p.area_code LIKE :area || '%')
              AND (CAST(:type AS text) IS NULL OR p.type_code = :type)
            """;

    /** The places of one area (a child of the area asked) by type. */
    record AreaTypeCount(String areaCode, String typeCode, long count) {
    }

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final NamedParameterJdbcTemplate batch;

    PlaceRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.batch = new NamedParameterJdbcTemplate(template);
        JdbcTemplate cursor = new JdbcTemplate(template.getDataSource());
        cursor.setFetchSize(1_000); // an export reads the rows a thousand at a time instead of all at once
        this.streaming = JdbcClient.create(cursor);
    }

    long insert(NewPlace p) {
        return jdbc.sql("""
                INSERT INTO place (type_code, name, address, area_code, lat, lng, responsible_unit, notes)
                VALUES (:type, :name, :address, :area, :lat, :lng, :unit, :notes)
                RETURNING id
                """).paramSource(params(p)).query(Long.class).single();
    }

    /** Inserts many places in one batch (an import, the demo's ledger); answers their ids in order. */
    List<Long> insertAll(List<NewPlace> all) {
        if (all.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("SELECT nextval('place_id_seq') FROM generate_series(1, :n)").param("n", all.size()).query(Long.class).list();
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            rows.add(params(all.get(i)).addValue("id", ids.get(i)));
        }
        batch.batchUpdate("""
                INSERT INTO place (id, type_code, name, address, area_code, lat, lng, responsible_unit, notes)
                VALUES (:id, :type, :name, :address, :area, :lat, :lng, :unit, :notes)
                """, rows.toArray(MapSqlParameterSource[]::new));
        return ids;
    }

    /** Overwrites the place if it still has {@code version}; answers false if someone changed it first. */
    boolean update(long id, int version, NewPlace p) {
        return jdbc.sql("""
                UPDATE place SET type_code = :type, name = :name, address = :address, area_code = :area, lat = :lat, lng = :lng,
                       responsible_unit = :unit, notes = :notes, version = version + 1, updated_at = now()
                WHERE id = :id AND version = :version
                """).paramSource(params(p).addValue("id", id).addValue("version", version)).update() == 1;
    }

    /** The place if it lies inside the scope. */
    Optional<PlaceRow> find(long id, Scope scope) {
        return jdbc.sql(SELECT + WHERE + " AND p.id = :id").param("scope", scope.likePattern()).param("id", id)
                .query(PlaceRepository::map).optional();
    }

    /** The places of these keys (type, name, grid), whoever may see them: an import's rows that name a place already registered. */
    List<PlaceRow> findByKeys(List<NewPlace> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT p.* FROM place p
                WHERE (p.type_code, p.name, p.area_code) IN (
                    SELECT * FROM unnest(CAST(:types AS text[]), CAST(:names AS text[]), CAST(:grids AS text[])))
                ORDER BY p.id
                """).param("types", keys.stream().map(NewPlace::typeCode).toArray(String[]::new))
                .param("names", keys.stream().map(NewPlace::name).toArray(String[]::new))
                .param("grids", keys.stream().map(NewPlace::gridCode).toArray(String[]::new))
                .query(PlaceRepository::map).list();
    }

    /** The places with these ids (an import's new rows, for their history). */
    List<PlaceRow> findByIds(List<Long> ids) {
        return jdbc.sql("SELECT p.* FROM place p WHERE p.id = ANY (CAST(:ids AS bigint[])) ORDER BY p.id").param("ids", ids.toArray(Long[]::new))
                .query(PlaceRepository::map).list();
    }

    List<PlaceRow> list(Scope scope, PlaceFilter filter, String orderBy, int offset, int limit) {
        return filtered(jdbc, SELECT + WHERE + FILTER + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset", scope, filter)
                .param("limit", limit).param("offset", offset).query(PlaceRepository::map).list();
    }

    long count(Scope scope, PlaceFilter filter) {
        return filtered(jdbc, "SELECT count(*) FROM place p " + WHERE + FILTER, scope, filter).query(Long.class).single();
    }

    /** Every matching row in order, read a thousand at a time; call inside a transaction (a cursor needs one). */
    void each(Scope scope, PlaceFilter filter, String orderBy, Consumer<PlaceRow> consumer) {
        try (Stream<PlaceRow> rows = filtered(streaming, SELECT + WHERE + FILTER + " ORDER BY " + orderBy, scope, filter)
                .query(PlaceRepository::map).stream()) {
            rows.forEach(consumer);
        }
    }

    /**
     * The places inside the area (and, with {@code zonePrefixes}, inside a development zone: grids under one of its
     * members) registered before {@code before}, within the scope: by type, and by the areas one level below {@code area}
     * ({@code childLength} digits of the grid's code) and type.
     */
    List<AreaTypeCount> counts(String area, String[] zonePrefixes, OffsetDateTime before, Scope scope, int childLength) {
        return jdbc.sql("""
                SELECT substr(p.area_code, 1, :childLength) AS child, p.type_code, count(*) AS n
                FROM place p
                WHERE p.area_code LIKE :scope AND p.area_code LIKE :area || '%' AND p.created_at < :before
                  AND (CAST(:zone AS text[]) IS NULL OR p.area_code LIKE ANY (CAST(:zone AS text[])))
                GROUP BY 1, 2 ORDER BY 1, 2
                """).param("childLength", childLength).param("scope", scope.likePattern()).param("area", area).param("before", before)
                .param("zone", zonePrefixes).query((rs, n) -> new AreaTypeCount(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    private static JdbcClient.StatementSpec filtered(JdbcClient client, String sql, Scope scope, PlaceFilter f) {
        return client.sql(sql).param("scope", scope.likePattern()).param("q", f.q()).param("area", f.area()).param("type", f.type());
    }

    private static MapSqlParameterSource params(NewPlace p) {
        return new MapSqlParameterSource()
                .addValue("type", p.typeCode()).addValue("name", p.name()).addValue("address", p.address())
                .addValue("area", p.gridCode()).addValue("lat", p.lat()).addValue("lng", p.lng())
                .addValue("unit", p.responsibleUnit()).addValue("notes", p.notes());
    }

    static PlaceRow map(ResultSet rs, int n) throws SQLException {
        return new PlaceRow(rs.getLong("id"), rs.getString("type_code"), rs.getString("name"), rs.getString("address"),
                rs.getString("area_code"), (Double) rs.getObject("lat"), (Double) rs.getObject("lng"), rs.getString("responsible_unit"),
                rs.getString("notes"), rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
