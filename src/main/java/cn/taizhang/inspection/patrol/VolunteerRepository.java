package cn.taizhang.inspection.patrol;

import cn.taizhang.platform.Scope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Volunteers. One is seen by those whose jurisdiction holds the area they serve, and by those inside that area (a grid
 * worker sees the 镇街's volunteers who serve their grid too).
 */
@Repository
class VolunteerRepository {

    /** A volunteer's row; the phone as masked. */
    record Row(long id, String name, String phoneMasked, String kind, String areaCode, boolean active, int version) {
    }

    static final String VISIBLE = "(v.area_code LIKE :scope OR :prefix LIKE v.area_code || '%')";

    private final JdbcClient jdbc;

    VolunteerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewVolunteer v, String phoneEncrypted, String phoneMasked) {
        return jdbc.sql("""
                INSERT INTO patrol_volunteer (name, phone_encrypted, phone_masked, kind, area_code, active)
                VALUES (:name, :encrypted, :masked, :kind, :area, :active) RETURNING id
                """).param("name", v.name()).param("encrypted", phoneEncrypted).param("masked", phoneMasked).param("kind", v.kind())
                .param("area", v.areaCode()).param("active", v.active()).query(Long.class).single();
    }

    /** False if the volunteer is not at {@code version} any more. A null phone keeps the stored one. */
    boolean update(long id, int version, NewVolunteer v, String phoneEncrypted, String phoneMasked) {
        return jdbc.sql("""
                UPDATE patrol_volunteer SET name = :name, kind = :kind, area_code = :area, active = :active,
                       phone_encrypted = coalesce(:encrypted, phone_encrypted), phone_masked = coalesce(:masked, phone_masked),
                       version = version + 1, updated_at = now()
                WHERE id = :id AND version = :version
                """).param("name", v.name()).param("kind", v.kind()).param("area", v.areaCode()).param("active", v.active())
                .param("encrypted", phoneEncrypted).param("masked", phoneMasked).param("id", id).param("version", version).update() == 1;
    }

    Optional<Row> find(long id, Scope scope) {
        return jdbc.sql("SELECT v.id, v.name, v.phone_masked, v.kind, v.area_code, v.active, v.version FROM patrol_volunteer v WHERE v.id = :id AND "
                + VISIBLE).param("id", id).params(scope(scope)).query(Row.class).optional();
    }

    /** Visible volunteers, narrowed to those serving inside or around {@code area} and of {@code kind} when given. */
    List<Row> list(Scope scope, String area, String kind, Boolean active, int offset, int limit) {
        return jdbc.sql("SELECT v.id, v.name, v.phone_masked, v.kind, v.area_code, v.active, v.version FROM patrol_volunteer v WHERE " + where()
                + " ORDER BY v.area_code, v.name, v.id OFFSET :offset LIMIT :limit").params(filter(scope, area, kind, active))
                .param("offset", offset).param("limit", limit).query(Row.class).list();
    }

    long count(Scope scope, String area, String kind, Boolean active) {
        return jdbc.sql("SELECT count(*) FROM patrol_volunteer v WHERE " + where()).params(filter(scope, area, kind, active)).query(Long.class)
                .single();
    }

    /** The active volunteers who serve {@code grid} (their area holds it). */
    List<Row> serving(String grid) {
        return jdbc.sql("""
                SELECT v.id, v.name, v.phone_masked, v.kind, v.area_code, v.active, v.version FROM patrol_volunteer v
                WHERE v.active AND :grid LIKE v.area_code || '%' ORDER BY v.name, v.id
                """).param("grid", grid).query(Row.class).list();
    }

    private static String where() {
        return VISIBLE + """
                 AND (CAST(:area AS text) IS NULL OR v.area_code LIKE :area || '%' OR :area LIKE v.area_code || '%')
                 AND (CAST(:kind AS text) IS NULL OR v.kind = :kind) AND (CAST(:active AS boolean) IS NULL OR v.active = :active)
                """;
    }

    private static Map<String, Object> scope(Scope scope) {
        Map<String, Object> p = new HashMap<>();
        p.put("scope", scope.likePattern());
        p.put("prefix", scope.areaPrefix());
        return p;
    }

    private static Map<String, Object> filter(Scope scope, String area, String kind, Boolean active) {
        Map<String, Object> p = scope(scope);
        p.put("area", area);
        p.put("kind", kind);
        p.put("active", active);
        return p;
    }
}
