package cn.taizhang.territory;

import cn.taizhang.platform.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Overlays and their members. An overlay is visible to a caller when at least one member lies inside the
 * caller's scope, and then only with those members: an overlay code is not an area code, so its members
 * carry the scoping.
 */
@Repository
class OverlayRepository {

    private static final String VISIBLE = """
            SELECT o.code, o.name, o.kind FROM overlay o
            WHERE EXISTS (SELECT 1 FROM overlay_member m WHERE m.overlay_code = o.code AND m.area_code LIKE :prefix)
            """;

    private record Header(String code, String name, String kind) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    OverlayRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    List<Overlay> findAll(Scope scope) {
        return withMembers(jdbc.sql(VISIBLE + " ORDER BY o.code")
                .param("prefix", scope.likePattern()).query(Header.class).list(), scope);
    }

    Optional<Overlay> find(String code, Scope scope) {
        return withMembers(jdbc.sql(VISIBLE + " AND o.code = :code")
                .param("prefix", scope.likePattern()).param("code", code).query(Header.class).list(), scope)
                .stream().findFirst();
    }

    private List<Overlay> withMembers(List<Header> headers, Scope scope) {
        if (headers.isEmpty()) {
            return List.of();
        }
        Map<String, List<Area>> members = new LinkedHashMap<>();
        headers.forEach(h -> members.put(h.code(), new ArrayList<>()));
        jdbc.sql("""
                SELECT m.overlay_code, a.code, a.name, a.level, a.parent_code, a.lng, a.lat,
                       (SELECT count(*) FROM area c WHERE c.parent_code = a.code AND c.code LIKE :prefix) AS child_count
                FROM overlay_member m JOIN area a ON a.code = m.area_code
                WHERE m.overlay_code IN (:codes) AND a.code LIKE :prefix
                ORDER BY a.code
                """).param("prefix", scope.likePattern()).param("codes", List.copyOf(members.keySet()))
                .query(rs -> {
                    members.get(rs.getString("overlay_code")).add(AreaRepository.area(rs, rs.getRow()));
                });
        return headers.stream()
                .map(h -> new Overlay(h.code(), h.name(), OverlayKind.fromId(h.kind()).orElseThrow(), members.get(h.code())))
                .toList();
    }

    /** Creates the overlay or redefines it: name, kind and the whole member list. */
    void define(String code, String name, OverlayKind kind, List<AreaCode> memberCodes) {
        jdbc.sql("""
                INSERT INTO overlay (code, name, kind) VALUES (:code, :name, :kind)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind
                """).param("code", code).param("name", name).param("kind", kind.id()).update();
        jdbc.sql("DELETE FROM overlay_member WHERE overlay_code = ?").param(code).update();
        template.batchUpdate("INSERT INTO overlay_member (overlay_code, area_code) VALUES (?, ?)",
                memberCodes.stream().map(m -> new Object[] {code, m.value()}).toList());
    }
}
