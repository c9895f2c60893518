package cn.taizhang.territory;

import cn.taizhang.platform.Scope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Scoped reads of the area tree. Every query takes the caller's {@link Scope} and restricts codes with
 * {@code code LIKE :prefix}, so nothing outside the jurisdiction can leave the database.
 */
@Repository
class AreaRepository {

    // childCount is scoped too, although every child of a visible area is visible: the rule stays local
    private static final String SELECT = """
            SELECT a.code, a.name, a.level, a.parent_code, a.lng, a.lat,
                   (SELECT count(*) FROM area c WHERE c.parent_code = a.code AND c.code LIKE :prefix) AS child_count
            FROM area a
            """;

    private final JdbcClient jdbc;

    AreaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Area> find(String code, Scope scope) {
        return jdbc.sql(SELECT + " WHERE a.code = :code AND a.code LIKE :prefix")
                .param("code", code).param("prefix", scope.likePattern())
                .query(AreaRepository::area).optional();
    }

    List<Area> children(String code, Scope scope, int page, int size) {
        return jdbc.sql(SELECT + " WHERE a.parent_code = :code AND a.code LIKE :prefix ORDER BY a.code LIMIT :size OFFSET :offset")
                .param("code", code).param("prefix", scope.likePattern())
                .param("size", size).param("offset", (long) page * size)
                .query(AreaRepository::area).list();
    }

    long countChildren(String code, Scope scope) {
        return jdbc.sql("SELECT count(*) FROM area WHERE parent_code = :code AND code LIKE :prefix")
                .param("code", code).param("prefix", scope.likePattern()).query(Long.class).single();
    }

    /** How many areas of each level lie strictly below {@code code}, inside the scope. */
    Map<AreaLevel, Long> census(String code, Scope scope) {
        Map<AreaLevel, Long> counts = new EnumMap<>(AreaLevel.class);
        jdbc.sql("SELECT level, count(*) AS n FROM area WHERE code LIKE :below AND code <> :code AND code LIKE :prefix GROUP BY level")
                .param("below", code + "%").param("code", code).param("prefix", scope.likePattern())
                .query((rs, n) -> counts.put(AreaLevel.fromId(rs.getString("level")).orElseThrow(), rs.getLong("n")))
                .list();
        return counts;
    }

    Map<String, String> names(Collection<String> codes, Scope scope) {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT code, name FROM area WHERE code = ANY(:codes) AND code LIKE :prefix")
                .param("codes", codes.toArray(String[]::new)).param("prefix", scope.likePattern())
                .query((rs, n) -> names.put(rs.getString("code"), rs.getString("name"))).list();
        return names;
    }

    private static final String MATCHES = " WHERE a.code LIKE :prefix AND (strpos(a.name, :q) > 0 OR starts_with(a.code, :q))";

    /** Areas whose name contains {@code q} or whose code starts with it; the higher levels first. */
    List<Area> search(String q, Scope scope, int page, int size) {
        return jdbc.sql(SELECT + MATCHES + " ORDER BY length(a.code), a.code LIMIT :size OFFSET :offset")
                .param("q", q).param("prefix", scope.likePattern())
                .param("size", size).param("offset", (long) page * size)
                .query(AreaRepository::area).list();
    }

    long countSearch(String q, Scope scope) {
        return jdbc.sql("SELECT count(*) FROM area a" + MATCHES)
                .param("q", q).param("prefix", scope.likePattern()).query(Long.class).single();
    }

    /** A grid's polygon as stored: GeoJSON geometry text. */
    record GridBoundary(String code, String name, String boundary) {
    }

    Map<String, String> gridNames(String code, Scope scope) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM area WHERE level = 'grid' AND starts_with(code, :code) AND code LIKE :prefix ORDER BY code")
                .param("code", code).param("prefix", scope.likePattern())
                .query(rs -> {
                    names.put(rs.getString("code"), rs.getString("name"));
                });
        return names;
    }

    List<GridBoundary> gridBoundaries(String code, Scope scope) {
        return jdbc.sql("""
                SELECT code, name, boundary FROM area
                WHERE level = 'grid' AND starts_with(code, :code) AND code LIKE :prefix AND boundary IS NOT NULL
                ORDER BY code
                """).param("code", code).param("prefix", scope.likePattern())
                .query(GridBoundary.class).list();
    }

    static Area area(ResultSet rs, int row) throws SQLException {
        String code = rs.getString("code");
        return new Area(code, rs.getString("name"), AreaLevel.fromId(rs.getString("level")).orElseThrow(),
                rs.getString("parent_code"), AreaCode.parse(code).kind(),
                rs.getObject("lng", Double.class), rs.getObject("lat", Double.class), rs.getLong("child_count"));
    }
}
